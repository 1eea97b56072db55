import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue } from '../../../src/domain/grid';
import { STANDARD_BOOKS } from '../../../src/domain/standardBooks';
import { readXlsx, standardWorkbook, standardWorkbookFile, writeWorkbook, type NewWorkbook } from '../../../src/workbook/file';
import { libreOfficeCsv } from './helpers';

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]);

describe('writeWorkbook', () => {
  const demo: NewWorkbook = {
    sheets: [
      {
        name: 'Danh sách thành viên',
        rows: [
          [{ v: 'DANH SÁCH THÀNH VIÊN', bold: true, align: 'center' }],
          [],
          [{ v: 'STT', bold: true, border: true }, { v: 'Họ và tên', bold: true, border: true }, { v: 'Năm sinh', bold: true, border: true }, { v: 'Ngày vào CLB', bold: true, border: true }, { v: 'Lãi suất', bold: true, border: true }],
          [1, 'Nguyễn Thị Lan', 1958, { v: 45731, fmt: 'dd/mm/yyyy' }, { v: 0.008, fmt: '0.0%' }],
          [2, 'Trần Văn "Hùng" & <con>', { v: '1950', fmt: '@' }, { v: 45000, fmt: 'dd/mm/yyyy' }, { v: 0.01, fmt: '0%' }],
          [{ v: 'Tổng', bold: true }, null, { v: 2, f: 'COUNT(C4:C5)' }, { v: 'ghi chú\ndòng hai', wrap: true }],
        ],
        widths: [6, 28, 10, 14, 10],
        merges: ['A1:E1'],
        freezeRows: 3,
        validations: [{ range: 'E4:E70', list: ['Nam', 'Nữ'] }],
        print: { landscape: true, fitToWidth: true, repeatRows: '3:3' },
      },
      { name: 'Cài đặt', rows: [['khóa', 'giá trị']], hidden: true },
    ],
  };
  const bytes = writeWorkbook(demo);

  it('writes widths, merges, frozen panes, validations, print setup and print titles', () => {
    const s = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(s).toContain('<col min="2" max="2" width="28" customWidth="1"/>');
    expect(s).toContain('<mergeCell ref="A1:E1"/>');
    expect(s).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(s).toContain('<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="E4:E70"><formula1>&quot;Nam,Nữ&quot;</formula1></dataValidation>');
    expect(s).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(s).toContain('<pageSetUpPr fitToPage="1"/>');
    const wb = part(bytes, 'xl/workbook.xml');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Danh sách thành viên'!$3:$3</definedName>`);
    expect(wb).toContain('<sheet name="Cài đặt" sheetId="2" state="hidden" r:id="rId2"/>');
  });

  it('is read back by ExcelJS with its styles', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Danh sách thành viên')!;
    expect(ws.getCell('B3').font?.bold).toBe(true);
    expect(ws.getCell('B3').border?.top?.style).toBe('thin');
    expect(ws.getCell('D4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('E4').numFmt).toBe('0.0%');
    expect(ws.getCell('C5').numFmt).toBe('@');
    expect(ws.getCell('C6').formula).toBe('COUNT(C4:C5)');
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(ws.getColumn(2).width).toBe(28);
    expect(wb.getWorksheet('Cài đặt')!.state).toBe('hidden');
  });

  it('is opened by LibreOffice with values shown in their formats', () => {
    const csv = libreOfficeCsv(bytes, 'demo.xlsx');
    expect(Object.keys(csv).sort()).toEqual(['Cài đặt', 'Danh sách thành viên']);
    const lines = csv['Danh sách thành viên'].split('\n');
    expect(lines[3]).toBe('1,Nguyễn Thị Lan,1958,15/03/2025,0.8%');
    expect(lines[4]).toBe('2,"Trần Văn ""Hùng"" & <con>",1950,15/03/2023,1%');
    expect(lines[5]).toMatch(/^Tổng,,2,"ghi chú/);
  });

  it('writes the blank standard workbook from STANDARD_BOOKS, opened by LibreOffice', () => {
    const file = standardWorkbookFile();
    const res = readXlsx(file, 'chuẩn.xlsx');
    if (!res.ok) throw new Error(res.reason.en);
    expect(res.grids.sheets.map((s) => s.name)).toEqual(STANDARD_BOOKS.map((b) => b.name));
    for (const book of STANDARD_BOOKS) {
      const grid = res.grids.sheets.find((s) => s.name === book.name)!;
      expect(grid.values[book.headerRow - grid.top]).toEqual(book.columns.map((c) => c.header));
    }
    const members = part(file, 'xl/worksheets/sheet2.xml');
    expect(members).toContain('sqref="D4:D73"><formula1>&quot;Nam,Nữ&quot;</formula1>');
    expect(members).toContain('sqref="L4:L73"><formula1>&quot;Đang sinh hoạt,Đã rời,Chuyển đi,Đã mất&quot;</formula1>');
    expect(standardWorkbook().sheets[2].rows.length).toBe(3 + 100);
    const csv = libreOfficeCsv(file, 'chuan.xlsx');
    expect(csv['Sổ quỹ'].split('\n')[2]).toBe('Ngày,Số phiếu,Diễn giải,Quỹ,Thu,Chi,Tồn quỹ');
    expect(csv['Thông tin CLB']).toContain('Lãi suất cho vay (%/tháng),');
  });

  it('refuses invalid sheet names (a bug, not user input)', () => {
    expect(() => writeWorkbook({ sheets: [{ name: 'Sổ [1]', rows: [] }] })).toThrow(/invalid sheet name/);
    expect(() => writeWorkbook({ sheets: [{ name: 'A', rows: [] }, { name: 'a', rows: [] }] })).toThrow(/repeated/);
  });
});

describe('writeWorkbook → readXlsx keeps every value (property)', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('Nguyễn Thị Lan', '  Hộ nghèo ', '5.000.000', '15/3/2025', '_x0041_', 'a\r\nb', '\u0001ctl', '<&>"\'', '0123', 'TRUE', '#N/A'),
  );
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)) },
    { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
    { weight: 3, arbitrary: text.filter((s) => s.length > 0) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!').map((e) => ({ error: e })) },
    { weight: 3, arbitrary: fc.constant(null) },
  );
  const grid = fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 12 });

  it('for random grids of every kind of value', () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (rows, asFormula) => {
        const bytes = writeWorkbook({ sheets: [{ name: 'S', rows: asFormula ? rows.map((r) => r.map((v) => (v === null ? null : { v, f: 'A1' }))) : rows }] });
        const res = readXlsx(bytes, 'p.xlsx');
        if (!res.ok) return false;
        const s = res.grids.sheets[0];
        // compare position by position through the grid's offsets
        const height = Math.max(rows.length, s.top + s.values.length);
        for (let r = 0; r < height; r++) {
          const width = Math.max(rows[r]?.length ?? 0, 20);
          for (let c = 0; c < width; c++) {
            const want = rows[r]?.[c] ?? null;
            const got = s.values[r - s.top]?.[c - s.left] ?? null;
            expect(got).toEqual(want);
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
