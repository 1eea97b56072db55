/** The in-memory WorkbookPort the demo and the pane tests run on. */
import { MemoryWorkbook, WorkbookChangedError } from '../../src/workbook/memory/memoryPort';
import { sampleClubSheets, SAMPLE_MISTAKES, SAMPLE_SHEETS } from '../../src/workbook/memory/sample';

describe('MemoryWorkbook', () => {
  it('reads each sheet as its used range, with formats', async () => {
    const wb = new MemoryWorkbook('b.xlsx', [{ name: 'S', values: [[], [null, null], [null, 'x', 5]], formats: [[], [], [null, null, '0.00%']] }]);
    const grids = await wb.read();
    expect(grids.sheets[0]).toMatchObject({ name: 'S', top: 2, left: 1, values: [['x', 5]], formats: [[null, '0.00%']] });
  });

  it('reports a workbook edited during the read', async () => {
    const wb: MemoryWorkbook = new MemoryWorkbook('b.xlsx', [{ name: 'A', values: [['x']] }, { name: 'B', values: [['y']] }], { onRead: () => wb.setCell('B', 'A2', 'z') });
    await expect(wb.read()).rejects.toBeInstanceOf(WorkbookChangedError);
  });

  it('refuses marks on a protected sheet, replaces marks, and selects after activating the sheet', async () => {
    const wb = new MemoryWorkbook('b.xlsx', [{ name: 'A', values: [['x']] }, { name: 'P', values: [['y']], protected: true }]);
    await expect(wb.mark([{ sheet: 'P', marks: [{ r: 0, c: 0, level: 2, rules: ['x'] }] }])).rejects.toMatchObject({ code: 'AccessDenied' });
    await wb.mark([{ sheet: 'A', marks: [{ r: 0, c: 0, level: 1, rules: ['x'] }] }]);
    await wb.mark([{ sheet: 'A', marks: [{ r: 0, c: 0, level: 2, rules: ['y'] }] }]);
    expect(wb.marks).toEqual([{ sheet: 'A', marks: [{ r: 0, c: 0, level: 2, rules: ['y'] }] }]);
    await wb.select('P', ['A1']);
    expect(wb.activeSheet).toBe('P');
    await wb.clearMarks();
    expect(wb.marks).toEqual([]);
  });

  it('keeps the add-in state apart from the user data', async () => {
    const wb = new MemoryWorkbook('b.xlsx', sampleClubSheets());
    const before = wb.snapshot();
    await wb.saveState({ version: 1, profileId: 'bac-kan' });
    expect(await wb.loadState()).toEqual({ version: 1, profileId: 'bac-kan' });
    expect(wb.snapshot()).toEqual(before);
  });

  it('holds the sample mistakes where the trainer script says', () => {
    const wb = new MemoryWorkbook('b.xlsx', sampleClubSheets());
    expect(wb.getCell(SAMPLE_SHEETS.loans, SAMPLE_MISTAKES.rateTooHigh.cell)).toBe(1.2);
    expect(wb.getCell(SAMPLE_SHEETS.members, SAMPLE_MISTAKES.birthMissing.cell)).toBeNull();
    expect(wb.getCell(SAMPLE_SHEETS.loans, SAMPLE_MISTAKES.borrowerNotMember.cell)).toBe('Nguyen Thi Lan');
    expect(wb.getCell(SAMPLE_SHEETS.clubInfo, SAMPLE_MISTAKES.feeTooHigh.cell)).toBe(10000);
  });
});
