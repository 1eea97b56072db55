import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { zipSync, strToU8 } from 'fflate';
import type { SheetGrid } from '../../../src/domain/grid';
import { cellAt, formatAt } from '../../../src/domain/grid';
import { readXlsx, writeWorkbook } from '../../../src/workbook/file';
import { readXlsxBytes } from '../../../src/workbook/file/node';
import { parseSheet, sheetSlices } from '../../../src/workbook/file/sheet';
import { libreOfficeConvert } from './helpers';

function ok(bytes: Uint8Array, name = 'clb.xlsx') {
  const res = readXlsx(bytes, name);
  if (!res.ok) throw new Error(res.reason.en);
  return res;
}
const sheet = (grids: { sheets: readonly SheetGrid[] }, name: string): SheetGrid => {
  const s = grids.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe('readXlsx on workbooks written by writeWorkbook', () => {
  const bytes = writeWorkbook({
    sheets: [
      {
        name: 'Danh sách thành viên',
        rows: [
          [{ v: 'DANH SÁCH THÀNH VIÊN CLB XÃ AN BÌNH', bold: true }],
          [],
          ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày vào CLB', 'Phí (%)', 'Tổng'],
          [1, 'Nguyễn Thị Lan', '1958', 'Nữ', { v: 45731, fmt: 'dd/mm/yyyy' }, { v: 0.05, fmt: '0.00%' }, { v: 3, f: 'SUM(A4:A5)' }],
          [2, 'Trần Văn Hùng', 1950, 'Nam', { v: 45000, fmt: 'dd/mm/yyyy' }, { v: 0.1, fmt: '0%' }, { v: { error: '#N/A' }, f: 'VLOOKUP(1,A1:A2,2,0)' }],
          [3, '  khoảng trắng  ', true, false, { error: '#REF!' }, { v: 'văn bản', f: '"văn "&"bản"' }, null],
        ],
        merges: ['A1:G1'],
        freezeRows: 3,
      },
      { name: 'Ẩn', rows: [['bí mật']], hidden: true },
      { name: 'Trống', rows: [] },
    ],
  });
  const res = ok(bytes);

  it('keeps the sheet order, names and hidden state', () => {
    expect(res.grids.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['Danh sách thành viên', false],
      ['Ẩn', true],
      ['Trống', false],
    ]);
    expect(res.notes).toEqual([]);
  });

  it('reads numbers, text numbers, booleans, error cells and formulas as their cached values', () => {
    const s = sheet(res.grids, 'Danh sách thành viên');
    expect(cellAt(s, 3, 1)).toBe('Nguyễn Thị Lan');
    expect(cellAt(s, 3, 2)).toBe('1958');
    expect(cellAt(s, 4, 2)).toBe(1950);
    expect(cellAt(s, 3, 6)).toBe(3);
    expect(cellAt(s, 4, 6)).toEqual({ error: '#N/A' });
    expect(cellAt(s, 5, 1)).toBe('  khoảng trắng  ');
    expect(cellAt(s, 5, 2)).toBe(true);
    expect(cellAt(s, 5, 3)).toBe(false);
    expect(cellAt(s, 5, 4)).toEqual({ error: '#REF!' });
    expect(cellAt(s, 5, 5)).toBe('văn bản');
  });

  it('gives date and percent format codes, null for General', () => {
    const s = sheet(res.grids, 'Danh sách thành viên');
    expect(cellAt(s, 3, 4)).toBe(45731);
    expect(formatAt(s, 3, 4)).toBe('dd/mm/yyyy');
    expect(formatAt(s, 3, 5)).toBe('0.00%');
    expect(formatAt(s, 4, 5)).toBe('0%');
    expect(formatAt(s, 3, 0)).toBeNull();
    // one string instance shared by every cell with that format
    expect(s.formats?.[3][4]).toBe(s.formats?.[4][4]);
  });

  it('keeps merges and trims to the used range', () => {
    const s = sheet(res.grids, 'Danh sách thành viên');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(s.top).toBe(0);
    expect(s.left).toBe(0);
    expect(s.values.length).toBe(6);
    expect(s.values[1]).toEqual([]);
  });

  it('reads an empty sheet as an empty grid', () => {
    expect(sheet(res.grids, 'Trống').values).toEqual([]);
  });

  it('gives the same grids with Node zlib as with fflate', () => {
    const node = readXlsxBytes(bytes, 'clb.xlsx');
    expect(node).toEqual(res);
  });

  it('reports progress up to the total', () => {
    const calls: [number, number][] = [];
    readXlsx(bytes, 'clb.xlsx', { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(1);
    const [d, t] = calls[calls.length - 1];
    expect(d).toBe(t);
  });
});

describe('readXlsx on parts written by hand', () => {
  const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
  const WB = (sheets: string) =>
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`;
  const RELS = (n: number) =>
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    Array.from({ length: n }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    '</Relationships>';
  const pkg = (sheetXml: string, extra: Record<string, string> = {}, sheets = '<sheet name="S" sheetId="1" r:id="rId1"/>') =>
    zipSync({
      '[Content_Types].xml': strToU8(CT),
      'xl/workbook.xml': strToU8(WB(sheets)),
      'xl/_rels/workbook.xml.rels': strToU8(RELS(1)),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    });
  const ws = (data: string, after = '') => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>${data}</sheetData>${after}</worksheet>`;

  it('reads rich text runs, xml:space, entities and _xHHHH_ escapes in shared strings, skipping phonetic runs', () => {
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>Nguyễn &amp; &lt;Lan&gt; &#7843;</t></si>' +
      '<si><r><rPr><b/></rPr><t>Hộ </t></r><r><t xml:space="preserve">nghèo </t></r><rPh sb="0" eb="1"><t>ホ</t></rPh></si>' +
      '<si><t>dòng 1_x000D_\ndòng 2 _x005F_x0041_</t></si>' +
      '<si><t/></si></sst>';
    const res = ok(pkg(ws('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'), { 'xl/sharedStrings.xml': sst }));
    expect(res.grids.sheets[0].values[0]).toEqual(['Nguyễn & <Lan> ả', 'Hộ nghèo ', 'dòng 1\r\ndòng 2 _x0041_', '']);
  });

  it('reads inline strings, t="d" ISO dates, cells without r and rows without r', () => {
    const res = ok(
      pkg(
        ws(
          '<row><c t="inlineStr"><is><t>một</t></is></c><c t="inlineStr"><is><r><t>h</t></r><r><t>ai</t></r></is></c></row>' +
            '<row><c t="d"><v>2025-03-15T00:00:00</v></c><c t="d"><v>2025-03-15T12:00:00Z</v></c><c t="n"><v>1.5E3</v></c><c><v>-0.25</v></c><c t="str"><v xml:space="preserve"> a </v></c><c><v/></c><c t="e"><v>#NAME?</v></c></row>',
        ),
      ),
    );
    expect(res.grids.sheets[0].values).toEqual([
      ['một', 'hai'],
      [45731, 45731.5, 1500, -0.25, ' a ', null, { error: '#NAME?' }],
    ]);
  });

  it('places a row without r by its cells\' references, when blank rows were left out', () => {
    const res = ok(
      pkg(
        ws(
          '<row><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>' +
            '<row><c r="A3" t="inlineStr"><is><t>Lan</t></is></c><c r="B3"><v>1950</v></c></row>' +
            '<row><c t="inlineStr"><is><t>Ba</t></is></c></row>' +
            '<row><c r="B7"><v>1948</v></c></row>',
        ),
      ),
    );
    expect(res.grids.sheets[0].values).toEqual([['Họ và tên'], [], ['Lan', 1950], ['Ba'], [], [], [null, 1948]]);
  });

  it('never allocates from <dimension>, and offsets a grid that starts below and right of A1', () => {
    const res = ok(pkg(ws('<row r="5" spans="3:4"><c r="C5"><v>1</v></c><c r="E5" s="0"/></row><row r="7"><c r="D7" t="s"/></row><row r="9"><c r="D9"><v>2</v></c></row>')));
    const s = res.grids.sheets[0];
    expect([s.top, s.left]).toEqual([4, 2]);
    expect(s.values).toEqual([[1], [], [], [], [null, 2]]);
  });

  it('gives each row its own formats when rows share format rows, also for rows repeated out of order', () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs></styleSheet>';
    const rels = RELS(1).replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
    const data =
      '<row r="2"><c r="B2" s="1"><v>45000</v></c><c r="C2" s="2"><v>0.1</v></c></row>' +
      '<row r="3"><c r="B3" s="1"><v>45001</v></c><c r="C3" s="2"><v>0.2</v></c></row>' +
      '<row r="4"><c r="B4" s="1"><v>45002</v></c><c r="C4"><v>3</v></c></row>' +
      '<row r="3"><c r="D3" s="1"><v>45100</v></c></row>';
    const res = ok(pkg(ws(data), { 'xl/_rels/workbook.xml.rels': rels, 'xl/styles.xml': styles }));
    const f = res.grids.sheets[0].formats ?? [];
    expect(res.grids.sheets[0].left).toBe(1);
    expect(f[0]).toEqual(['dd/mm/yyyy', '0.00%']);
    expect(f[1]).toEqual(['dd/mm/yyyy', '0.00%', 'dd/mm/yyyy']);
    expect(f[2]).toEqual(['dd/mm/yyyy']);
  });

  it('reads a sheet of a million empty formatted rows almost for free', () => {
    const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>'];
    for (let r = 2; r <= 1_000_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
    const bytes = pkg(ws(rows.join('')));
    const res = readXlsxBytes(bytes, 'rows.xlsx');
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.grids.sheets[0].values).toEqual([['Họ và tên']]);
    // "Almost for free": no row array is made for an empty row, so the grid is one row long.
  });

  it('keeps a 1 MB string in a cell', () => {
    const big = 'Nguyễn '.repeat(150_000);
    const res = ok(pkg(ws(`<row r="1"><c r="A1" t="inlineStr"><is><t>${big}</t></is></c></row>`)));
    expect(res.grids.sheets[0].values[0][0]).toBe(big);
  });

  it('reads sheet protection, veryHidden sheets and skips chart sheets', () => {
    const wbRels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(WB('<sheet name="Khóa" sheetId="1" state="veryHidden" r:id="rId1"/><sheet name="Biểu đồ" sheetId="2" r:id="rId2"/>')),
      'xl/_rels/workbook.xml.rels': strToU8(wbRels),
      'xl/worksheets/sheet1.xml': strToU8(ws('<row r="1"><c r="A1"><v>1</v></c></row>', '<sheetProtection sheet="1" objects="1"/>')),
    });
    const res = ok(bytes);
    expect(res.grids.sheets.map((s) => [s.name, s.hidden, s.protected])).toEqual([['Khóa', 'very', true]]);
  });

  it('reads a namespace-prefixed package (x:worksheet) and built-in date formats', () => {
    const styles = '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="49"/></x:cellXfs></x:styleSheet>';
    const sheetXml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" s="1"><x:v>45000</x:v></x:c><x:c r="C2" s="2" t="str"><x:v>0123</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(WB('<sheet name="S" sheetId="1" r:id="rId1"/>')),
      'xl/_rels/workbook.xml.rels': strToU8(RELS(1).replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')),
      'xl/styles.xml': strToU8(styles),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    });
    const s = ok(bytes).grids.sheets[0];
    expect(s.values).toEqual([[45000, '0123']]);
    expect(formatAt(s, 1, 1)).toBe('dd/mm/yyyy');
    expect(formatAt(s, 1, 2)).toBe('@');
  });

  it('leaves empty the formulas a program cached as 0 for Excel to work out on opening (fullCalcOnLoad), and says so', () => {
    const wb = (calc: string) => WB('<sheet name="S" sheetId="1" r:id="rId1"/>').replace('</sheets>', `</sheets>${calc}`);
    const row = (d: string) => ws(`<row r="1"><c r="A1"><v>0</v></c>${d}</row>`);
    const formulas = '<c r="B1"><f>C1*2</f><v>0</v></c><c r="C1"><f>D1-1</f><v>0</v></c><c r="D1" t="str"><f>"x"&amp;""</f><v></v></c>';
    const read = (calc: string, cells: string) =>
      ok(zipSync({ 'xl/workbook.xml': strToU8(wb(calc)), 'xl/_rels/workbook.xml.rels': strToU8(RELS(1)), 'xl/worksheets/sheet1.xml': strToU8(row(cells)) }), 'xw.xlsx');
    const left = read('<calcPr fullCalcOnLoad="1"/>', formulas);
    // The typed 0 stays; the three formulas are no values.
    expect(left.grids.sheets[0].values[0]).toEqual([0, null, null, null]);
    expect(left.notes[0].en).toContain('File "xw.xlsx" was saved by another program with its formulas not worked out');
    // Without the flag, or with a formula that did cache a result, the cached values are the values.
    expect(read('', formulas).grids.sheets[0].values[0]).toEqual([0, 0, 0, '']);
    expect(read('<calcPr fullCalcOnLoad="1"/>', formulas + '<c r="E1"><f>A1+5</f><v>5</v></c>').grids.sheets[0].values[0]).toEqual([0, 0, 0, '', 5]);
  });

  it('places a cell or row whose reference is damaged beyond the last column or row after the one before it', () => {
    const res = ok(pkg(ws('<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZZZ1"><v>2</v></c><c r="[A1"><v>3</v></c></row><row r="999999999"><c r="A999999999"><v>4</v></c></row>')));
    expect(res.grids.sheets[0].values).toEqual([[1, 2, 3], [4]]);
  });

  it('shifts 1904-system dates to the 1900 system', () => {
    const styles = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(WB('<sheet name="S" sheetId="1" r:id="rId1"/>').replace('<sheets>', '<workbookPr date1904="1"/><sheets>')),
      'xl/_rels/workbook.xml.rels': strToU8(RELS(1)),
      'xl/styles.xml': strToU8(styles),
      'xl/worksheets/sheet1.xml': strToU8(ws('<row r="1"><c r="A1" s="1"><v>44269</v></c><c r="B1"><v>7</v></c><c r="C1" s="1"><v>1949</v></c></row>')),
    });
    // 1949 in a date cell is a year typed there (a birth year), not a 1905 date: it stays as typed.
    expect(ok(bytes).grids.sheets[0].values[0]).toEqual([45731, 7, 1949]);
  });

  it('skips a sheet over the cell limit with a note naming it', () => {
    const rows = Array.from({ length: 50 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`).join('');
    const res = readXlsx(pkg(ws(rows)), 'big.xlsx', { maxCellsPerSheet: 60 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.grids.sheets).toEqual([]);
    expect(res.notes[0].vi).toContain('"S"');
    expect(res.notes[0].en).toMatch(/Sheet "S" has more than 60/);
  });
});

describe('readXlsx on files from other software', () => {
  it('reads an ExcelJS workbook: shared strings, rich text, dates, formulas, merges, hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ cho vay');
    ws.getCell('A1').value = 'SỔ THEO DÕI CHO VAY';
    ws.mergeCells('A1:E1');
    ws.addRow([]);
    ws.addRow(['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất']);
    ws.addRow([1, 'Lê Thị Mai', new Date(Date.UTC(2025, 2, 15)), 5000000, 0.008]);
    ws.addRow([2, { richText: [{ text: 'Phạm ', font: { bold: true } }, { text: 'Văn Nam' }] }, new Date(Date.UTC(2024, 11, 1)), 3000000, 0.01]);
    ws.getCell('C4').numFmt = 'dd/mm/yyyy';
    ws.getCell('E4').numFmt = '0.0%';
    ws.getCell('D6').value = { formula: 'SUM(D4:D5)', result: 8000000 };
    ws.getCell('E6').value = { error: '#DIV/0!' };
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('B2').value = true;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = ok(bytes, 'exceljs.xlsx');
    const s = sheet(res.grids, 'Sổ cho vay');
    expect(cellAt(s, 0, 0)).toBe('SỔ THEO DÕI CHO VAY');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(s.values[3]).toEqual([1, 'Lê Thị Mai', 45731, 5000000, 0.008]);
    expect(cellAt(s, 4, 1)).toBe('Phạm Văn Nam');
    expect(formatAt(s, 3, 2)).toBe('dd/mm/yyyy');
    expect(formatAt(s, 3, 4)).toBe('0.0%');
    expect(cellAt(s, 5, 3)).toBe(8000000);
    expect(cellAt(s, 5, 4)).toEqual({ error: '#DIV/0!' });
    const h = sheet(res.grids, 'Ẩn');
    expect([h.hidden, h.top, h.left, h.values]).toEqual([true, 1, 1, [[true]]]);
  });

  it.each([true, false])('reads a SheetJS workbook (bookSST %s)', (bookSST) => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Ngày', 'Diễn giải', 'Thu', 'Chi'],
      [45731, 'Thu phí tháng 3 & 4', 250000, 0],
      [45732, 'Chi thăm hỏi <ốm>', 0, 500000],
      [null, true, 'x', 1.25],
    ]);
    ws['A2'].z = 'dd/mm/yyyy';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sổ quỹ');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST }));
    const s = ok(bytes, 'sheetjs.xlsx').grids.sheets[0];
    expect(s.name).toBe('Sổ quỹ');
    expect(s.values).toEqual([
      ['Ngày', 'Diễn giải', 'Thu', 'Chi'],
      [45731, 'Thu phí tháng 3 & 4', 250000, 0],
      [45732, 'Chi thăm hỏi <ốm>', 0, 500000],
      [null, true, 'x', 1.25],
    ]);
  });

  it('reads a workbook saved by LibreOffice', () => {
    const csv = 'STT,Họ và tên,Năm sinh,Giới tính\n1,Nguyễn Thị Lan,1958,Nữ\n2,Trần Văn Hùng,1950,Nam\n';
    const bytes = libreOfficeConvert(new TextEncoder().encode(csv), 'csv', 'xlsx', 'CSV:44,34,76');
    const s = ok(bytes, 'lo.xlsx').grids.sheets[0];
    expect(s.values).toEqual([
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 1958, 'Nữ'],
      [2, 'Trần Văn Hùng', 1950, 'Nam'],
    ]);
  });

  it('reads the same values as SheetJS on a bigger generated book', () => {
    const rows: (string | number)[][] = [['STT', 'Họ tên', 'Số tiền']];
    for (let i = 1; i <= 2000; i++) rows.push([i, `Thành viên ${i % 97}`, i * 1000 + 0.5]);
    const bytes = writeWorkbook({ sheets: [{ name: 'S', rows }] });
    const ours = ok(bytes).grids.sheets[0].values;
    const theirs = XLSX.utils.sheet_to_json<(string | number)[]>(XLSX.read(bytes).Sheets.S, { header: 1 });
    expect(ours).toEqual(theirs);
  });
});


describe('a worksheet read in slices', () => {
  // 40,000 inline-string cells: when each cell's text was searched to the end of the part, reading
  // this took minutes (jest's time-out stops it).
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  function bigSheet(prefix: string): string {
    const x = prefix;
    const rows: string[] = [];
    for (let r = 1; r <= 40_000; r++) {
      rows.push(
        `<${x}row r="${r}"><${x}c r="A${r}" t="inlineStr"><${x}is><${x}t>Nguyễn Thị Ánh ${r} row&gt; &lt;/row&gt;</${x}t></${x}is></${x}c>` +
          `<${x}c r="B${r}" s="1"><${x}v>${45000 + r}</${x}v></${x}c><${x}c r="C${r}"><${x}v>0.${r % 10}</${x}v></${x}c></${x}row>`,
      );
    }
    const ns = x ? ` xmlns:${x.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    return `<${x}worksheet${ns}><${x}sheetData>${rows.join('')}</${x}sheetData><${x}mergeCells><${x}mergeCell ref="D1:E2"/></${x}mergeCells><${x}sheetProtection sheet="1"/></${x}worksheet>`;
  }

  it.each(['', 'x:'])('reads the same rows as the whole text (prefix "%s"), each slice ending after a row', (prefix) => {
    const xml = bigSheet(prefix);
    const bytes = new TextEncoder().encode(xml);
    const slices = [...sheetSlices(bytes, decode)];
    expect(slices.length).toBeGreaterThan(3);
    expect(slices.join('')).toBe(xml);
    for (const s of slices.slice(0, -1)) expect(s.endsWith(`</${prefix}row>`)).toBe(true);
    const o = { sst: [], xfFormats: [null, 'dd/mm/yyyy'], maxCells: 5_000_000 };
    const whole = parseSheet(xml, o);
    const sliced = parseSheet(sheetSlices(bytes, decode), o);
    expect(sliced).toEqual(whole);
    expect(sliced.values.length).toBe(40_000);
    expect(sliced.merges).toEqual([{ top: 0, left: 3, bottom: 1, right: 4 }]);
    expect(sliced.protected).toBe(true);
  });
});
