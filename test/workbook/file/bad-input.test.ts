import { createDeflateRaw } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { applyMarks, readXlsx, writeWorkbook } from '../../../src/workbook/file';
import { readXlsxBytes, readXlsxFile } from '../../../src/workbook/file/node';
import { buildZip } from './helpers';

const good = writeWorkbook({ sheets: [{ name: 'Danh sách', rows: [['Họ và tên', 'Năm sinh'], ['Nguyễn Thị Lan', 1958]] }] });
const enc = new TextEncoder();

/** Both inflaters must refuse the same way (a hang would fail by jest's time-out, not by a clock here). */
function refuse(bytes: Uint8Array, pattern: RegExp, opts: { maxPartBytes?: number } = {}): string {
  for (const read of [readXlsx, readXlsxBytes]) {
    const res = read(bytes, 'clb.xlsx', opts);
    expect(res.ok).toBe(false);
    if (res.ok) continue;
    expect(res.reason.en).toMatch(pattern);
    expect(res.reason.en).toContain('clb.xlsx');
    expect(res.reason.vi).toContain('clb.xlsx');
    expect(res.reason.vi).not.toBe(res.reason.en);
    expect(res.reason.en.split('\n')).toHaveLength(1);
  }
  const res = readXlsx(bytes, 'clb.xlsx', opts);
  return res.ok ? '' : res.reason.en;
}

/** An OLE2 compound file header and a directory sector holding these stream names. */
function cfb(names: string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  names.forEach((n, i) => {
    const at = 512 + i * 128;
    for (let k = 0; k < n.length; k++) b[at + 2 * k] = n.charCodeAt(k);
    b[at + 64] = (n.length + 1) * 2;
  });
  return b;
}

describe('readXlsx refuses bad input with a clear message', () => {
  it('a password-protected workbook (encrypted OLE2 package)', () => {
    const m = refuse(cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), /password-protected/);
    expect(m).toMatch(/remove the password/);
  });

  it('an old .xls file', () => {
    refuse(cfb(['Root Entry', 'Workbook', '\u0005SummaryInformation']), /old Excel format \(\.xls/);
  });

  it.each([
    ['a CSV file', 'STT,Họ và tên,Năm sinh\n1,Nguyễn Thị Lan,1958\n', /CSV/],
    ['a semicolon CSV with a BOM', '\ufeffSTT;Họ và tên;Năm sinh\r\n1;Lan;1958\r\n', /CSV/],
    ['an HTML table', '<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>', /HTML/],
    ['a bare HTML table', '  <table border=1><tr><td>1</td></tr></table>', /HTML/],
    ['an XML Spreadsheet 2003', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>', /XML Spreadsheet 2003/],
  ])('%s renamed .xlsx', (_what, text, pattern) => {
    refuse(enc.encode(text), pattern);
  });

  it('an empty file and random bytes', () => {
    refuse(new Uint8Array(0), /empty/);
    refuse(Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256), /not an Excel/);
  });

  it('a truncated file (no end of central directory)', () => {
    refuse(good.subarray(0, Math.floor(good.length / 2)), /incompletely downloaded/);
    refuse(good.subarray(0, good.length - 10), /incompletely downloaded/);
  });

  it('a bad local header and a damaged deflate stream', () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: enc.encode('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>') },
      { name: 'xl/_rels/workbook.xml.rels', data: enc.encode('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
      { name: 'xl/worksheets/sheet1.xml', data: enc.encode('<worksheet><sheetData>' + '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(200) + '</sheetData></worksheet>') },
    ]);
    // damage the compressed bytes of the sheet (the last local entry)
    const broken = zip.slice();
    const at = Buffer.from(broken).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    for (let i = at + 2; i < at + 40; i++) broken[i] = 0xff;
    refuse(broken, /cannot be decompressed|damaged/);
    const badHeader = zip.slice();
    const local = Buffer.from(badHeader).indexOf(Buffer.from([0x50, 0x4b, 3, 4]), 10);
    badHeader[local] = 0;
    refuse(badHeader, /damaged/);
  });

  it('a zip bomb declared in the central directory (5 GB sheet) is refused before inflating', () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: enc.encode('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>') },
      { name: 'xl/_rels/workbook.xml.rels', data: enc.encode('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
      { name: 'xl/worksheets/sheet1.xml', data: enc.encode('<worksheet><sheetData/></worksheet>'), declaredSize: 5 * 1024 ** 3 },
    ]);
    const m = refuse(zip, /xl\/worksheets\/sheet1\.xml.*inflates beyond 400 MB/);
    expect(m).toMatch(/zip bomb/);
  });

  it('a zip bomb whose declared size lies is stopped while inflating', () => {
    const sheet = new Uint8Array(20 * 1024 * 1024).fill(32);
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: enc.encode('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>') },
      { name: 'xl/_rels/workbook.xml.rels', data: enc.encode('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 1000 },
    ]);
    refuse(zip, /inflates beyond 8 MB/, { maxPartBytes: 8 * 1024 * 1024 });
  });

  it('a real 600 MB bomb under the default limits', async () => {
    const deflater = createDeflateRaw({ level: 9 });
    const chunks: Buffer[] = [];
    deflater.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => deflater.on('end', r));
    const zeros = Buffer.alloc(1 << 20, 0x20);
    for (let i = 0; i < 600; i++) deflater.write(zeros);
    deflater.end();
    await done;
    const raw = Buffer.concat(chunks);
    // the stream goes into a stored-by-hand entry whose method says deflate and size says 1 KB
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: enc.encode('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>') },
      { name: 'xl/_rels/workbook.xml.rels', data: enc.encode('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
      { name: 'xl/worksheets/sheet1.xml', data: raw, store: true, declaredSize: 1024 },
    ]);
    // switch the entry's method to deflate (local header and central directory)
    const b = Buffer.from(zip);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let at = b.indexOf(name);
    b.writeUInt16LE(8, at - 30 + 8);
    at = b.indexOf(name, at + 1);
    b.writeUInt16LE(8, at - 46 + 10);
    const res = readXlsxBytes(new Uint8Array(b), 'clb.xlsx');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason.en).toMatch(/inflates beyond 400 MB/);
  });

  it('an .xlsx without workbook.xml', () => {
    const zip = buildZip([{ name: '[Content_Types].xml', data: enc.encode('<Types/>') }, { name: 'docProps/app.xml', data: enc.encode('<Properties/>') }]);
    refuse(zip, /without a workbook part/);
  });

  it('an OpenDocument spreadsheet renamed .xlsx', () => {
    const zip = buildZip([{ name: 'mimetype', data: enc.encode('application/vnd.oasis.opendocument.spreadsheet'), store: true }, { name: 'content.xml', data: enc.encode('<office:document-content/>') }]);
    refuse(zip, /OpenDocument/);
  });

  it('a file that does not exist', () => {
    const res = readXlsxFile('/nonexistent/clb.xlsx');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason.en).toMatch(/Cannot open file.*ENOENT/);
  });

  it('an empty workbook is read, with no grids to check', () => {
    const res = readXlsx(writeWorkbook({ sheets: [] }), 'trống.xlsx');
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.grids.sheets.every((s) => s.values.length === 0)).toBe(true);
  });
});

describe('damaged packages never throw or hang', () => {
  const rows: (string | number | null)[][] = [['STT', 'Họ và tên', 'Năm sinh']];
  for (let i = 1; i <= 30; i++) rows.push([i, `Nguyễn Thị ${i} & <con>`, 1940 + i]);
  const base = writeWorkbook({ sheets: [{ name: 'DS', rows, merges: ['A1:C1'] }] });
  const sheetXml = new TextDecoder().decode(unzipSync(base)['xl/worksheets/sheet1.xml']);

  it('random byte damage anywhere in the file', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), (hits) => {
        const b = base.slice();
        for (const [at, v] of hits) b[at] = v;
        const res = readXlsx(b, 'hỏng.xlsx');
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('sheet XML cut short or with characters dropped', () => {
    fc.assert(
      fc.property(fc.nat(sheetXml.length), fc.array(fc.nat(sheetXml.length - 1), { maxLength: 6 }), (cut, drops) => {
        let xml = sheetXml.slice(0, cut);
        for (const d of drops) xml = xml.slice(0, d) + xml.slice(d + 1);
        const files = unzipSync(base);
        files['xl/worksheets/sheet1.xml'] = enc.encode(xml);
        const res = readXlsx(zipSync(files), 'hỏng.xlsx');
        expect(typeof res.ok).toBe('boolean');
        applyMarks(xml, [{ r: 3, c: 1, level: 2, rules: [] }, { r: 50, c: 0, level: 1, rules: [] }], (o, l) => o + l);
      }),
      { numRuns: 400 },
    );
  });
});
