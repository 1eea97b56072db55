import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Finding } from '../../../src/domain/findings';
import { planMarks, type MarkPlan } from '../../../src/domain/marks';
import { cellAt } from '../../../src/domain/grid';
import { applyMarks, markXlsx, readXlsx, writeWorkbook, type FindingRow } from '../../../src/workbook/file';
import { markXlsxNode } from '../../../src/workbook/file/node';
import { libreOfficeConvert, libreOfficeCsv, rawParts, sameBytes } from './helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function officerWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách thành viên');
  ws.getCell('A1').value = 'DANH SÁCH THÀNH VIÊN CLB XÃ AN BÌNH';
  ws.mergeCells('A1:E1');
  ws.getRow(3).values = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày vào CLB'];
  ws.getRow(3).font = { bold: true };
  ws.getRow(4).values = [1, 'Nguyễn Thị Lan', 1958, 'Nữ', new Date(Date.UTC(2024, 0, 15))];
  ws.getRow(6).values = [3, 'Lê Văn Tám', 1990, 'nam', new Date(Date.UTC(2024, 5, 1))];
  ws.getRow(7).values = [4, 'Phạm Thị Hoa', null, 'Nữ'];
  for (const r of [4, 6]) {
    ws.getCell(`E${r}`).numFmt = 'dd/mm/yyyy';
    ws.getCell(`E${r}`).font = { italic: true, color: { argb: 'FF0000FF' } };
    ws.getCell(`E${r}`).alignment = { horizontal: 'center' };
  }
  ws.getCell('C6').border = { left: { style: 'thin' } };
  ws.getCell('D4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Nam,Nữ"'] };
  ws.addConditionalFormatting({
    ref: 'C4:C7',
    rules: [{ type: 'cellIs', operator: 'lessThan', priority: 1, formulae: ['1900'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF9999' } } } }],
  });
  ws.getCell('B4').note = 'Chủ nhiệm CLB';
  const img = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(img, 'G2:H4');
  wb.definedNames.add("'Danh sách thành viên'!$B$4:$B$7", 'HoTen');
  const ws2 = wb.addWorksheet('Sổ cho vay');
  ws2.getRow(1).values = ['Họ tên người vay', 'Số tiền vay', 'Lãi suất'];
  ws2.getRow(2).values = ['Nguyễn Thị Lan', 5000000, 0.012];
  ws2.getCell('C2').numFmt = '0.0%';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const findings: Finding[] = [
  { rule: 'member.birth-missing', severity: 'error', sheet: 'Danh sách thành viên', cells: ['C7'], message: { vi: 'Thiếu năm sinh', en: 'Birth year missing' }, fix: { vi: 'Ghi năm sinh', en: 'Write the birth year' } } as unknown as Finding,
  { rule: 'member.sex-missing', severity: 'warning', sheet: 'Danh sách thành viên', cells: ['D6', 'E4', 'C6'], message: { vi: 'Giới tính viết thường', en: 'Sex in lower case' }, fix: { vi: 'Viết "Nam"', en: 'Write "Nam"' } } as unknown as Finding,
  { rule: 'member.name-missing', severity: 'error', sheet: 'Danh sách thành viên', cells: ['B5', 'B9', 'A2', 'K4'], message: { vi: 'Thiếu họ tên', en: 'Name missing' }, fix: { vi: 'Ghi họ tên', en: 'Write the name' } } as unknown as Finding,
  { rule: 'loan.rate-out-of-range', severity: 'error', sheet: 'Sổ cho vay', cells: ['C2'], message: { vi: 'Lãi suất 1,2%/tháng vượt trần 1%', en: 'Rate 1.2%/month above the 1% ceiling' }, fix: { vi: 'Sửa về tối đa 1%', en: 'Lower it to at most 1%' } } as unknown as Finding,
];
const plan: MarkPlan = planMarks(findings);
const rows: FindingRow[] = findings.map((f) => ({ sheet: f.sheet, cells: f.cells, rule: f.rule, severity: f.severity, message: f.message.vi, fix: f.fix.vi }));

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]);
const only = (xml: string, re: RegExp): string[] => xml.match(re) ?? [];

describe('markXlsx', () => {
  let orig: Uint8Array;
  let out: Uint8Array;
  beforeAll(async () => {
    orig = await officerWorkbook();
    out = markXlsx(orig, plan, rows);
  });

  it('copies every part it does not need to change byte for byte, compressed bytes included', () => {
    const a = rawParts(orig);
    const b = rawParts(out);
    const changed = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'];
    for (const [name, p] of a) {
      const q = b.get(name);
      expect(q).toBeDefined();
      if (changed.includes(name)) continue;
      expect({ name, same: sameBytes(p.raw, q!.raw) && p.crc === q!.crc }).toEqual({ name, same: true });
    }
    // comments, VML, drawings, media and their rels are among the copied parts
    const names = [...a.keys()].join(' ');
    expect(names).toMatch(/comments1\.xml/);
    expect(names).toMatch(/drawing1\.xml/);
    expect(names).toMatch(/media\/image/);
    // the findings sheet, and the notes of the loan sheet (the member sheet has notes of its own)
    expect([...b.keys()].filter((n) => !a.has(n)).sort()).toEqual(['xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet3.xml']);
  });

  it('changes only s attributes of marked cells, inserting missing cells and rows in order', () => {
    const before = part(orig, 'xl/worksheets/sheet1.xml');
    const after = part(out, 'xl/worksheets/sheet1.xml');
    for (const re of [/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g, /<dataValidations[\s\S]*?<\/dataValidations>/g, /<mergeCells[\s\S]*?<\/mergeCells>/g, /<drawing [^>]*>/g, /<legacyDrawing [^>]*>/g, /<cols>[\s\S]*?<\/cols>/g]) {
      expect(only(after, re)).toEqual(only(before, re));
    }
    const norm = (x: string) =>
      x
        .replace(/<c r="[A-Z]+\d+" s="\d+"\/>/g, '')
        .replace(/ s="\d+"/g, '')
        .replace(/ spans="[^"]*"/g, '')
        .replace(/<row r="\d+"><\/row>/g, '');
    expect(norm(after)).toEqual(norm(before));
    // rows and cells stay in order
    const refs = only(after, /<c r="[A-Z]+\d+"/g).map((m) => m.slice(6, -1));
    const key = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return Number(m[2]) * 100 + (m[1].length === 1 ? m[1].charCodeAt(0) - 64 : 99);
    };
    expect(refs.map(key)).toEqual([...refs.map(key)].sort((x, y) => x - y));
    expect(refs).toEqual(expect.arrayContaining(['A2', 'B5', 'B9', 'K4', 'C7']));
  });

  it('keeps defined names and every other workbook.xml element', () => {
    const before = part(orig, 'xl/workbook.xml');
    const after = part(out, 'xl/workbook.xml');
    expect(only(after, /<definedNames>[\s\S]*?<\/definedNames>/g)).toEqual(only(before, /<definedNames>[\s\S]*?<\/definedNames>/g));
    expect(after.replace(/<sheet name="Kết quả kiểm tra"[^>]*\/>/, '')).toBe(before);
  });

  it('styles marked cells by cloning their own style with a fill and a border', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Danh sách thành viên')!;
    const e4 = ws.getCell('E4');
    expect(e4.numFmt).toBe('dd/mm/yyyy');
    expect(e4.font?.italic).toBe(true);
    expect(e4.alignment?.horizontal).toBe('center');
    expect(e4.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(e4.border?.left?.style).toBe('dashed');
    const c7 = ws.getCell('C7');
    expect(c7.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(c7.border?.top?.style).toBe('medium');
    expect(ws.getCell('B9').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    // an unmarked cell keeps its style
    expect((ws.getCell('E6').fill as { fgColor?: unknown } | undefined)?.fgColor).toBeUndefined();
    expect(ws.getCell('B4').note).toBeDefined();
    const rate = wb.getWorksheet('Sổ cho vay')!.getCell('C2');
    expect(rate.numFmt).toBe('0.0%');
    expect(rate.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });

  it('keeps every value and adds the findings sheet with links to the first cell', () => {
    const a = readXlsx(orig, 'a.xlsx');
    const b = readXlsx(out, 'b.xlsx');
    if (!a.ok || !b.ok) throw new Error('unreadable');
    expect(b.grids.sheets.slice(0, 2).map((s) => s.values)).toEqual(a.grids.sheets.map((s) => s.values));
    const f = b.grids.sheets[2];
    expect(f.name).toBe('Kết quả kiểm tra');
    expect(f.values[0]).toEqual(['STT', 'Quy tắc / Rule', 'Mức độ / Severity', 'Trang tính / Sheet', 'Ô / Cells', 'Nội dung / Message', 'Cách sửa / Fix']);
    expect(f.values[4]).toEqual([4, 'loan.rate-out-of-range', 'Lỗi (error)', 'Sổ cho vay', 'C2', 'Lãi suất 1,2%/tháng vượt trần 1%', 'Sửa về tối đa 1%']);
    expect(cellAt(f, 2, 4)).toBe('D6, E4, C6');
    const xml = part(out, 'xl/worksheets/sheet3.xml');
    expect(xml).toContain('<hyperlink ref="E2" location="\'Danh sách thành viên\'!C7" display="C7"/>');
    expect(xml).toContain('location="\'Sổ cho vay\'!C2"');
  });

  it('is opened by LibreOffice, values and findings intact', () => {
    const csv = libreOfficeCsv(out, 'marked.xlsx');
    expect(Object.keys(csv).sort()).toEqual(['Danh sách thành viên', 'Kết quả kiểm tra', 'Sổ cho vay']);
    expect(csv['Danh sách thành viên']).toContain('Nguyễn Thị Lan,1958,Nữ');
    expect(csv['Kết quả kiểm tra']).toContain('member.birth-missing');
    expect(csv['Kết quả kiểm tra']).toContain('Lãi suất 1,2%/tháng vượt trần 1%');
  });

  it('gives the same package with Node zlib, and a second mark gets its own findings sheet', () => {
    const viaNode = markXlsxNode(orig, plan, rows);
    expect(readXlsx(viaNode, 'n.xlsx')).toEqual(readXlsx(out, 'n.xlsx'));
    const twice = markXlsx(out, plan, rows);
    const res = readXlsx(twice, 't.xlsx');
    expect(res.ok && res.grids.sheets.map((s) => s.name)).toEqual(['Danh sách thành viên', 'Sổ cho vay', 'Kết quả kiểm tra', 'Kết quả kiểm tra (2)']);
  });
});

describe('applyMarks on sheet XML', () => {
  const xf = (orig: number, level: number) => 100 + orig * 10 + level;
  const ws = (data: string, cols = '') => `<worksheet xmlns="m">${cols}<sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

  it('adds r to cells of a row that lacked them, and respects row and column styles', () => {
    const xml = ws('<row r="2" s="7" customFormat="1"><c><v>1</v></c><c s="3"><v>2</v></c></row><row r="4"/>', '<cols><col min="3" max="5" style="9" width="10"/></cols>');
    const out = applyMarks(xml, [
      { r: 1, c: 1, level: 2, rules: [] },
      { r: 1, c: 3, level: 1, rules: [] },
      { r: 3, c: 2, level: 2, rules: [] },
      { r: 5, c: 0, level: 1, rules: [] },
    ], xf);
    expect(out).toBe(
      ws(
        '<row r="2" s="7" customFormat="1"><c r="A2"><v>1</v></c><c s="132" r="B2"><v>2</v></c><c r="D2" s="171"/></row>' +
          '<row r="4"><c r="C4" s="192"/></row><row r="6"><c r="A6" s="101"/></row>',
        '<cols><col min="3" max="5" style="9" width="10"/></cols>',
      ),
    );
  });

  it('fills an empty sheetData', () => {
    const out = applyMarks('<worksheet><sheetData/></worksheet>', [{ r: 0, c: 0, level: 2, rules: [] }], xf);
    expect(out).toBe('<worksheet><sheetData><row r="1"><c r="A1" s="102"/></row></sheetData></worksheet>');
  });
});

describe('markXlsx on a workbook written by writeWorkbook', () => {
  it('marks cells and LibreOffice reads it', () => {
    const orig = writeWorkbook({ sheets: [{ name: 'Sổ quỹ', rows: [['Ngày', 'Thu', 'Chi'], [{ v: 45731, fmt: 'dd/mm/yyyy' }, 100000, 0]] }] });
    const out = markXlsx(orig, [{ sheet: 'Sổ quỹ', marks: [{ r: 1, c: 2, level: 2, rules: ['fund.overdrawn'] }] }], [
      { sheet: 'Sổ quỹ', cells: ['C2'], rule: 'fund.overdrawn', severity: 'error', message: 'Chi vượt tồn quỹ', fix: 'Kiểm tra phiếu chi' },
    ]);
    const csv = libreOfficeCsv(out, 'quy.xlsx');
    expect(csv['Sổ quỹ']).toContain('15/03/2025,100000,0');
    expect(csv['Kết quả kiểm tra']).toContain('fund.overdrawn');
  });
});

describe('markXlsx notes on marked cells', () => {
  let orig: Uint8Array;
  let out: Uint8Array;
  beforeAll(async () => {
    orig = await officerWorkbook();
    out = markXlsx(orig, plan, rows);
  });

  async function notesOf(bytes: Uint8Array): Promise<Record<string, Record<string, string>>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const out: Record<string, Record<string, string>> = {};
    wb.eachSheet((ws) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const note = cell.note as string | { texts?: { text: string }[] } | undefined;
          if (!note) return;
          (out[ws.name] ??= {})[cell.address] = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        }),
      );
    });
    return out;
  }

  it('gives each marked cell a note with every finding on it, message and fix', async () => {
    const notes = await notesOf(out);
    expect(notes['Sổ cho vay'].C2).toContain('✖ Lãi suất 1,2%/tháng vượt trần 1%');
    expect(notes['Sổ cho vay'].C2).toContain('→ Sửa về tối đa 1%');
    // a sheet with notes of its own keeps exactly those
    expect(notes['Danh sách thành viên']).toEqual({ B4: 'Chủ nhiệm CLB' });
  });

  it('puts two findings on one cell in one note, skips info findings, and writes none when asked not to', async () => {
    const two: FindingRow[] = [
      { sheet: 'Sổ cho vay', cells: ['B2'], rule: 'loan.amount-limit', severity: 'warning', message: 'Vượt mức vay', fix: 'Giảm số tiền' },
      { sheet: 'Sổ cho vay', cells: ['B2', 'A2'], rule: 'loan.fund-exceeded', severity: 'error', message: 'Vượt vốn quỹ', fix: 'Chờ thu nợ' },
      { sheet: 'Sổ cho vay', cells: ['C2'], rule: 'club.note', severity: 'info', message: 'Ghi chú', fix: '—' },
    ];
    const marked = markXlsx(orig, [{ sheet: 'Sổ cho vay', marks: [{ r: 1, c: 0, level: 2, rules: [] }, { r: 1, c: 1, level: 2, rules: [] }] }], two);
    const notes = (await notesOf(marked))['Sổ cho vay'];
    expect(Object.keys(notes).sort()).toEqual(['A2', 'B2']);
    expect(notes.B2).toMatch(/▲ Vượt mức vay\n→ Giảm số tiền\n\n✖ Vượt vốn quỹ\n→ Chờ thu nợ/);
    const none = markXlsx(orig, plan, rows, { notes: false });
    expect((await notesOf(none))['Sổ cho vay']).toBeUndefined();
  });

  it('notes that LibreOffice reads back', async () => {
    const converted = libreOfficeConvert(out, 'xlsx', 'xlsx:Calc MS Excel 2007 XML');
    const notes = await notesOf(converted);
    expect(notes['Sổ cho vay'].C2).toContain('Lãi suất 1,2%/tháng vượt trần 1%');
    expect(notes['Danh sách thành viên'].B4).toContain('Chủ nhiệm CLB');
  });
});
