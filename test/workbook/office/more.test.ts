// Standard books, hosts that cannot read conditional formats back, cancellation.

import { STANDARD_BOOKS } from '../../../src/domain/standardBooks';
import { AbortError, maskName } from '../../../src/workbook/office';
import { Workbook } from '../../office-host/workbook';
import { clubPlan, clubWorkbook, provinceWorkbook } from './fixtures';
import { withPort } from './harness';

describe.each(['1.7', '1.18'])('insertStandardBooks, ExcelApi %s', (api) => {
  it('adds the blank books beside the existing sheets, never touching them', async () => {
    const wb = new Workbook();
    wb.addSheet('Sổ cho vay', { values: [['Sổ cũ của CLB']] });
    const before = wb.snapshot().sheets[0];
    await withPort(wb, api, async (e) => {
      const result = await e.port.insertStandardBooks();
      expect(result.inserted.map((i) => i.name)).toEqual(['Thông tin CLB', 'Danh sách thành viên', 'Sổ cho vay (2)', 'Sổ quỹ']);
      expect(result.lists).toBe(api !== '1.7');
      expect(result.print).toBe(api !== '1.7');
      expect(e.env.host.stats.syncs).toBe(2);
      const snap = e.wb.snapshot();
      expect(snap.sheets[0]).toEqual(before);
      const members = snap.sheets.find((s) => s.name === 'Danh sách thành viên')!;
      const spec = STANDARD_BOOKS.find((b) => b.kind === 'members')!;
      expect(members.cells.A3.value).toBe('STT');
      expect(members.cells.B3).toMatchObject({ value: 'Họ và tên', style: { bold: true } });
      expect(members.cells.C4.numberFormat).toBe('0');
      expect(members.cells.K4.numberFormat).toBe('dd/mm/yyyy');
      expect(members.freeze).toEqual({ rows: spec.freezeRows, columns: 0 });
      expect(Object.keys(members.columnWidths)).toHaveLength(spec.columns.length);
      if (api === '1.7') expect(members.dataValidations).toEqual([]);
      else expect(members.dataValidations).toContainEqual({ range: `D4:D${3 + spec.blankRows}`, rule: { list: { inCellDropDown: true, source: 'Nam,Nữ' } } });
      // The title line is merged across the table and centred; print setup only where Excel has it.
      const last = String.fromCharCode(64 + spec.columns.length);
      expect(members.merges).toEqual([`A1:${last}1`]);
      expect(members.cells.A1).toMatchObject({ value: spec.title[0], style: { bold: true, horizontalAlignment: 'Center' } });
      if (api === '1.7') expect(members.pageLayout).toBeNull();
      else expect(members.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$3:$3' });
      const info = snap.sheets.find((s) => s.name === 'Thông tin CLB')!;
      expect(info.cells.A4.value).toBe('Tên CLB');
      // Reading the new books back gives their headers where the recognizer looks for them.
      const grids = await e.port.read();
      expect(grids.sheets.find((s) => s.name === 'Sổ quỹ')!.values[2].slice(0, 3)).toEqual(['Ngày', 'Số phiếu', 'Diễn giải']);
    });
  });
});

describe('a host that cannot read conditional formats back (#6827, #6835)', () => {
  it('still marks, replaces and clears without stacking or failing', async () => {
    const wb = clubWorkbook();
    await withPort(wb, '1.7', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan());
    });
    const marked = wb.snapshot();
    await withPort(
      wb,
      '1.7',
      async (e) => {
        await e.port.read();
        await e.port.mark(clubPlan());
        expect(e.port.lastMark!.complete).toBe(false);
        // Same rules, same masks: nothing stacked.
        expect(e.wb.snapshot()).toEqual(marked);
        await e.port.clearMarks();
        expect(e.port.lastClear!.complete).toBe(false);
        // The rules stay but every mask is empty: no cell shows a mark.
        const snap = e.wb.snapshot();
        const mask = snap.sheets.find((s) => s.name === maskName('Danh sách'))!;
        expect(mask.cells).toEqual({});
        expect(snap.sheets.find((s) => s.name === 'Danh sách')!.conditionalFormats).toHaveLength(2);
      },
      { quirks: { conditionalFormatReadThrows: true } },
    );
  });
});

describe('cancellation', () => {
  it('stops a province read between syncs with an AbortError', async () => {
    await withPort(provinceWorkbook(), '1.7', async (e) => {
      const controller = new AbortController();
      const err = await e.port
        .read({
          signal: controller.signal,
          onProgress: (p) => {
            if (p.done > 0) controller.abort();
          },
        })
        .catch((x: unknown) => x);
      expect(err).toBeInstanceOf(AbortError);
      expect(e.env.host.stats.syncs).toBe(2);
    });
  });
});

describe('formatted empty rows', () => {
  it('are not read: the used range is of values only', async () => {
    const wb = clubWorkbook();
    // The officer formatted the whole date column far down, as people do.
    wb.setBlock('Sổ quỹ', 'A82', [], Array.from({ length: 300_000 }, () => ['dd/mm/yyyy']));
    await withPort(wb, '1.7', async (e) => {
      const grids = await e.port.read();
      expect(grids.sheets.find((s) => s.name === 'Sổ quỹ')!.values).toHaveLength(81);
      expect(e.env.host.stats.syncs).toBe(2);
      expect(e.env.host.stats.maxResponseBytes).toBeLessThan(100_000);
    });
  });
});
