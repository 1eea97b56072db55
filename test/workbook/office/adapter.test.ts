// The Office adapter against the real Office.js library and the emulated Excel host.

import { MARK_STYLE, WorkbookChangedError, maskName } from '../../../src/workbook/office';
import { clubPlan, clubWorkbook } from './fixtures';
import { type PortEnv, plain, syncs, withPort } from './harness';

const APIS = ['1.7', '1.18'];

describe.each(APIS)('Office adapter, ExcelApi %s', (api) => {
  it('reads a club workbook into grids: values, formats, errors, offsets', async () => {
    await withPort(clubWorkbook(), api, async (e) => {
      const progress: number[] = [];
      const grids = await e.port.read({ onProgress: (p) => progress.push(p.done / p.total) });
      expect(grids.name).toBe('CLB LTHTGN Ấp Tân Hòa.xlsx');
      expect(grids.sheets.map((s) => s.name)).toEqual(['Thông tin CLB', 'Danh sách', 'Sổ cho vay', 'Sổ quỹ']);
      const members = grids.sheets[1];
      expect([members.top, members.left]).toEqual([2, 1]);
      expect(members.values[0][0]).toBe('DANH SÁCH THÀNH VIÊN CLB');
      expect(members.values[1]).toEqual([null, null, null, null, null, null, null, null]);
      expect(members.values[2].slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Năm sinh']);
      expect(members.values[3].slice(0, 3)).toEqual([1, 'Nguyễn Thị Lan', 1940]);
      // Member 6 (k = 5) has #N/A as birth year: an error value, not text.
      expect(plain(members.values[8][2])).toEqual({ error: '#N/A' });
      expect(members.formats![3][7]).toBe('dd/mm/yyyy');
      expect(members.formats![3][0]).toBeNull();
      expect(members.values.length).toBe(63);
      const info = grids.sheets[0];
      expect(info.formats![4][1]).toBe('dd/mm/yyyy');
      expect(info.values[4][1]).toBe(44197);
      if (api === '1.18') expect(plain(members.merges)).toEqual([{ top: 2, left: 1, bottom: 2, right: 8 }]);
      else expect(members.merges).toBeUndefined();
      expect(progress.at(-1)).toBe(1);
    });
  });

  it('reads and marks a club workbook in at most 4 syncs', async () => {
    await withPort(clubWorkbook(), api, async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan());
      expect(syncs(e)).toBeLessThanOrEqual(4);
      // No notes were asked for: where Excel has notes, none are written (and none of ours was there).
      const notes = api === '1.18' ? { notes: { noted: 0, userNotes: 0 } } : {};
      expect(e.port.lastMark).toEqual({ marked: ['Danh sách', 'Sổ cho vay', 'Sổ quỹ'], skipped: [], complete: true, ...notes });
      const snap = e.wb.snapshot();
      const mask = snap.sheets.find((s) => s.name === maskName('Danh sách'))!;
      expect(mask.visibility).toBe('VeryHidden');
      expect(mask.cells.D6).toEqual({ value: 2 });
      expect(mask.cells.E11).toEqual({ value: 1 });
      const cfs = snap.sheets.find((s) => s.name === 'Danh sách')!.conditionalFormats;
      expect(cfs).toHaveLength(2);
      expect(cfs[0]).toMatchObject({ type: 'Custom', range: 'C6:F64', formula: `='${maskName('Danh sách')}'!C6=2`, stopIfTrue: true });
      expect(cfs[0].format).toMatchObject({ fill: MARK_STYLE.error.fill, bold: true, borders: { EdgeTop: { style: 'Continuous' } } });
      expect(cfs[1]).toMatchObject({ formula: `='${maskName('Danh sách')}'!C6=1`, format: { italic: true, borders: { EdgeLeft: { style: 'Dash' } } } });
      // The user's own rule stays, below ours.
      const loanCfs = snap.sheets.find((s) => s.name === 'Sổ cho vay')!.conditionalFormats;
      expect(loanCfs.map((c) => c.type)).toEqual(['Custom', 'Custom', 'CellValue']);
      // Nothing else changed: the active sheet, selection, user cells.
      expect(snap.activeSheet).toBe('Thông tin CLB');
      expect(snap.sheets[1].selection).toBe('C6');
    });
  });

  it('marking twice replaces the marks, never stacks them', async () => {
    await withPort(clubWorkbook(), api, async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan());
      const once = e.wb.snapshot();
      await e.port.mark(clubPlan());
      expect(e.wb.snapshot()).toEqual(once);
      // A smaller plan: the loan book loses its marks and its mask sheet.
      await e.port.mark(clubPlan().filter((p) => p.sheet === 'Danh sách'));
      const after = e.wb.snapshot();
      expect(after.sheets.find((s) => s.name === 'Sổ cho vay')!.conditionalFormats.map((c) => c.type)).toEqual(['CellValue']);
      expect(after.sheets.some((s) => s.name === maskName('Sổ cho vay'))).toBe(false);
      expect(after.sheets.find((s) => s.name === 'Danh sách')!.conditionalFormats).toHaveLength(2);
    });
  });

  it('clearing restores the workbook exactly, also after save and reopen', async () => {
    await withPort(clubWorkbook(), api, async (e) => {
      const before = e.wb.snapshot();
      await e.port.read();
      await e.port.mark(clubPlan());
      e.wb.saveAndReopen();
      await e.port.mark(clubPlan());
      await e.port.clearMarks();
      expect(e.wb.snapshot()).toEqual(before);
      e.wb.saveAndReopen();
      expect(e.wb.snapshot()).toEqual(before);
    });
    // A fresh session on the reopened file (no read() first) clears as well.
    const wb = clubWorkbook();
    const before = wb.snapshot();
    await withPort(wb, api, async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan());
    });
    wb.saveAndReopen();
    await withPort(wb, api, async (e) => {
      await e.port.clearMarks();
      expect(e.port.lastClear).toEqual({ cleared: ['Danh sách', 'Sổ cho vay', 'Sổ quỹ'], skipped: [], complete: true, ...(api === '1.18' ? { notesRemoved: 0 } : {}) });
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it('skips a protected sheet and names it, marking the others', async () => {
    const wb = clubWorkbook();
    wb.sheet('Sổ quỹ').protected = true;
    await withPort(wb, api, async (e) => {
      const grids = await e.port.read();
      expect(grids.sheets.find((s) => s.name === 'Sổ quỹ')!.protected).toBe(true);
      await e.port.mark(clubPlan());
      expect(e.port.lastMark!.skipped).toEqual([{ sheet: 'Sổ quỹ', reason: 'protected' }]);
      expect(e.port.lastMark!.marked).toEqual(['Danh sách', 'Sổ cho vay']);
      const snap = e.wb.snapshot();
      expect(snap.sheets.find((s) => s.name === 'Sổ quỹ')!.conditionalFormats).toHaveLength(1);
      expect(snap.sheets.some((s) => s.name === maskName('Sổ quỹ'))).toBe(false);
    });
  });

  it('a sheet protected after it was marked keeps emptied marks; clearing names it', async () => {
    const wb = clubWorkbook();
    const before = wb.snapshot();
    await withPort(wb, api, async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan());
      e.wb.sheet('Sổ quỹ').protected = true;
      await e.port.clearMarks();
      expect(e.port.lastClear!.skipped).toEqual([{ sheet: 'Sổ quỹ', reason: 'protected' }]);
      const mask = e.wb.snapshot().sheets.find((s) => s.name === maskName('Sổ quỹ'))!;
      expect(mask.cells).toEqual({});
      e.wb.sheet('Sổ quỹ').protected = false;
      await e.port.clearMarks();
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it('says the workbook changed when a sheet grew between read and mark', async () => {
    await withPort(clubWorkbook(), api, async (e) => {
      await e.port.read();
      e.wb.setBlock('Sổ cho vay', 'A42', [[41, 'V0041', 'Lê Văn Tám']]);
      const err = await e.port.mark(clubPlan()).catch((x: unknown) => x);
      expect(err).toBeInstanceOf(WorkbookChangedError);
      expect((err as WorkbookChangedError).code).toBe('WorkbookChanged');
      expect((err as WorkbookChangedError).sheets).toEqual(['Sổ cho vay']);
    });
  });

  it('selects cells after activating their sheet', async () => {
    await withPort(clubWorkbook(), api, async (e: PortEnv) => {
      await e.port.select('Sổ cho vay', ['F2', 'F13']);
      const snap = e.wb.snapshot();
      expect(snap.activeSheet).toBe('Sổ cho vay');
      const multi = api === '1.18' && typeof (e.env.window.Excel.RangeAreas.prototype as { select?: unknown }).select === 'function';
      expect(snap.sheets[2].selection).toBe(multi ? 'F2,F13' : 'F2');
      const many = Array.from({ length: 2000 }, (_, i) => `B${i + 2}`);
      await e.port.select('Danh sách', many);
      expect(e.wb.snapshot().sheets[1].selection).toBe('B2');
    });
  });

  it('stores its state in a custom XML part and ignores foreign or damaged data', async () => {
    await withPort(clubWorkbook(), api, async (e) => {
      expect(await e.port.loadState()).toBeUndefined();
      const state = { version: 1 as const, profileId: 'vinh-long-2024', asOf: '2025-06-30', acknowledged: { 'loan.rate|Sổ cho vay|F13': { reason: 'Hội đồng duyệt <1,2%> & ghi biên bản', at: '2025-07-01' } } };
      await e.port.saveState(state);
      await e.port.saveState(state);
      expect(e.wb.customXmlParts).toHaveLength(1);
      e.wb.saveAndReopen();
      expect(plain(await e.port.loadState())).toEqual(state);
      e.wb.customXmlParts[0].xml = '<ishcState xmlns="urn:ishc-addin:state:1">{"version":2}</ishcState>';
      expect(await e.port.loadState()).toBeUndefined();
      e.wb.customXmlParts[0].xml = '<ishcState xmlns="urn:ishc-addin:state:1">not json</ishcState>';
      expect(await e.port.loadState()).toBeUndefined();
    });
  });
});
