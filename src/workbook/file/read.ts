// readXlsx: bytes of an .xlsx → raw grids, or a clear reason why the file cannot be read.
// Never throws for bad input: a wrong file type, an encrypted or truncated file, a zip bomb.

import type { SheetGrid, WorkbookGrids } from '../../domain/grid';
import type { Text } from '../../domain/text';
import { parseCellFormats } from './styles';
import { parseSharedStrings, parseSheet, sheetSlices } from './sheet';
import { attr, dirOf, findTag, parseRels, relsPathOf, resolveTarget, rootPrefix, tags } from './xml';
import { findEntry, hasZipSignature, openZip, readEntry, ZipError, type InflateRaw, type ZipArchive } from './zip';

export type ReadOutcome = { ok: true; grids: WorkbookGrids; notes: Text[] } | { ok: false; reason: Text };

export interface ReadOptions {
  /** Raw-deflate inflater that throws (or returns more than maxOut bytes) past maxOut. Default: fflate. */
  readonly inflateRaw?: InflateRaw;
  /** Bytes of sheet XML read so far and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Limits (defaults: 400 MB per part, 1 GB in all, 5 million cells per sheet). */
  readonly maxPartBytes?: number;
  readonly maxTotalBytes?: number;
  readonly maxCellsPerSheet?: number;
}

export const LIMITS = { partBytes: 400 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, cellsPerSheet: 5_000_000 } as const;

const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

const msg = {
  empty: (f: string): Text => ({
    vi: `Tệp "${f}" trống (0 byte). Hãy chọn đúng tệp Excel (.xlsx) của CLB.`,
    en: `File "${f}" is empty (0 bytes). Choose the club's Excel file (.xlsx).`,
  }),
  encrypted: (f: string): Text => ({
    vi: `Tệp "${f}" được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.`,
    en: `File "${f}" is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and try again.`,
  }),
  xls: (f: string): Text => ({
    vi: `Tệp "${f}" là định dạng Excel cũ (.xls, Excel 97–2003). Hãy mở bằng Excel và "Lưu thành" Sổ làm việc Excel (.xlsx) rồi thử lại.`,
    en: `File "${f}" is in the old Excel format (.xls, Excel 97–2003). Open it in Excel and "Save As" Excel Workbook (.xlsx), then try again.`,
  }),
  html: (f: string): Text => ({
    vi: `Tệp "${f}" không phải tệp Excel thật mà là một trang web/bảng HTML được đặt tên .xlsx. Hãy mở bằng Excel và "Lưu thành" Sổ làm việc Excel (.xlsx) rồi thử lại.`,
    en: `File "${f}" is not a real Excel file but a web page / HTML table named .xlsx. Open it in Excel and "Save As" Excel Workbook (.xlsx), then try again.`,
  }),
  xml2003: (f: string): Text => ({
    vi: `Tệp "${f}" là tệp XML (Bảng tính XML 2003 hoặc XML khác), không phải .xlsx. Hãy mở bằng Excel và "Lưu thành" Sổ làm việc Excel (.xlsx) rồi thử lại.`,
    en: `File "${f}" is an XML file (XML Spreadsheet 2003 or other XML), not an .xlsx. Open it in Excel and "Save As" Excel Workbook (.xlsx), then try again.`,
  }),
  csv: (f: string): Text => ({
    vi: `Tệp "${f}" là tệp văn bản (CSV, phân cách bằng dấu phẩy/chấm phẩy) được đặt tên .xlsx. Hãy mở bằng Excel và "Lưu thành" Sổ làm việc Excel (.xlsx) rồi thử lại.`,
    en: `File "${f}" is a text (CSV, comma/semicolon separated) file named .xlsx. Open it in Excel and "Save As" Excel Workbook (.xlsx), then try again.`,
  }),
  unknown: (f: string): Text => ({
    vi: `Tệp "${f}" không phải tệp Excel (.xlsx) hoặc đã bị hỏng. Hãy kiểm tra lại tệp, mở bằng Excel và lưu thành .xlsx.`,
    en: `File "${f}" is not an Excel (.xlsx) file or is damaged. Check the file, open it in Excel and save it as .xlsx.`,
  }),
  ods: (f: string): Text => ({
    vi: `Tệp "${f}" là bảng tính OpenDocument (.ods). Hãy "Lưu thành" .xlsx (trong LibreOffice: Lưu thành > Excel 2007-365) rồi thử lại.`,
    en: `File "${f}" is an OpenDocument spreadsheet (.ods). Save it as .xlsx (in LibreOffice: Save As > Excel 2007-365) and try again.`,
  }),
  truncated: (f: string): Text => ({
    vi: `Tệp "${f}" bị hỏng hoặc chưa tải/sao chép hết (thiếu phần cuối của tệp nén). Hãy lấy lại bản đầy đủ của tệp rồi thử lại.`,
    en: `File "${f}" is damaged or incompletely downloaded/copied (the end of the zip package is missing). Get a complete copy of the file and try again.`,
  }),
  badPart: (f: string, part: string): Text => ({
    vi: `Tệp "${f}" bị hỏng: không giải nén được phần "${part}". Hãy mở bằng Excel (Excel có thể sửa tệp), lưu lại rồi thử lại, hoặc lấy lại bản đầy đủ.`,
    en: `File "${f}" is damaged: part "${part}" cannot be decompressed. Open it in Excel (it may repair the file), save, and try again, or get a complete copy.`,
  }),
  encryptedEntry: (f: string, part: string): Text => ({
    vi: `Tệp "${f}" có phần "${part}" bị mã hóa bằng mật khẩu của trình nén. Hãy lưu lại tệp bằng Excel không đặt mật khẩu rồi thử lại.`,
    en: `File "${f}" has part "${part}" encrypted by a zip password. Save the file again from Excel without a password and try again.`,
  }),
  method: (f: string, part: string): Text => ({
    vi: `Tệp "${f}" dùng kiểu nén không hỗ trợ ở phần "${part}". Hãy mở bằng Excel, lưu lại rồi thử lại.`,
    en: `File "${f}" uses an unsupported compression method in part "${part}". Open it in Excel, save, and try again.`,
  }),
  bomb: (f: string, part: string, limit: number): Text => ({
    vi: `Tệp "${f}" có phần "${part}" khi giải nén lớn hơn ${MB(limit)} — quá lớn để là sổ sách của CLB (có thể là tệp hỏng hoặc "bom nén"). Không đọc tệp này; hãy kiểm tra lại nguồn của tệp.`,
    en: `File "${f}" has part "${part}" that inflates beyond ${MB(limit)} — too large for club books (a damaged file or a "zip bomb"). The file was not read; check where it came from.`,
  }),
  total: (f: string, limit: number): Text => ({
    vi: `Tệp "${f}" khi giải nén lớn hơn ${MB(limit)} tổng cộng — quá lớn để đọc. Hãy tách thành nhiều tệp nhỏ hơn.`,
    en: `File "${f}" inflates beyond ${MB(limit)} in all — too large to read. Split it into smaller files.`,
  }),
  noWorkbook: (f: string): Text => ({
    vi: `Tệp "${f}" là tệp nén nhưng không có phần sổ làm việc (xl/workbook.xml) nên không phải tệp Excel hợp lệ. Hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.`,
    en: `File "${f}" is a zip package without a workbook part (xl/workbook.xml), so it is not a valid Excel file. Open it in Excel, save it as .xlsx, and try again.`,
  }),
  uncalculated: (f: string): Text => ({
    vi: `Tệp "${f}" do một chương trình khác lưu, chưa tính các công thức (Excel sẽ tính khi mở): các ô công thức ghi 0 hoặc trống được coi là chưa ghi. Mở tệp bằng Excel, lưu lại rồi kiểm tra để có kết quả đầy đủ.`,
    en: `File "${f}" was saved by another program with its formulas not worked out (Excel works them out on opening): formula cells holding 0 or nothing count as not written. Open it in Excel, save it, and check again for a full result.`,
  }),
  sheetTooBig: (sheet: string, limit: number): Text => ({
    vi: `Trang tính "${sheet}" có hơn ${limit.toLocaleString('vi-VN')} ô có dữ liệu nên đã bỏ qua, không kiểm tra. Hãy tách trang tính này thành nhiều trang nhỏ hơn.`,
    en: `Sheet "${sheet}" has more than ${limit.toLocaleString('en-US')} filled cells and was skipped, not checked. Split it into smaller sheets.`,
  }),
  sheetMissing: (sheet: string): Text => ({
    vi: `Không tìm thấy nội dung của trang tính "${sheet}" trong tệp; đã bỏ qua trang này.`,
    en: `The content of sheet "${sheet}" is missing from the file; the sheet was skipped.`,
  }),
  internal: (f: string, detail: string): Text => ({
    vi: `Không đọc được tệp "${f}" (${detail}). Hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.`,
    en: `Could not read file "${f}" (${detail}). Open it in Excel, save it as .xlsx, and try again.`,
  }),
};

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16Index(bytes: Uint8Array, word: string, limit: number): boolean {
  const n = Math.min(bytes.length, limit) - word.length * 2;
  const c0 = word.charCodeAt(0);
  outer: for (let i = 0; i <= n; i++) {
    if (bytes[i] !== c0 || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** What a file that is not a zip package is: the message to give. */
function sniffNonZip(bytes: Uint8Array, f: string): Text {
  if (bytes.length === 0) return msg.empty(f);
  if (CFB.every((b, i) => bytes[i] === b)) {
    // An OLE2 container: encrypted OOXML keeps EncryptionInfo + EncryptedPackage streams.
    const limit = 64 * 1024 * 1024;
    return utf16Index(bytes, 'EncryptionInfo', limit) || utf16Index(bytes, 'EncryptedPackage', limit) ? msg.encrypted(f) : msg.xls(f);
  }
  let head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) head = new TextDecoder('utf-16le').decode(bytes.subarray(0, 4096));
  head = head.replace(/^\ufeff/, '').trimStart();
  const lower = head.slice(0, 2048).toLowerCase();
  if (lower.startsWith('<')) {
    if (/<(!doctype\s+html|html|table|body|head|meta)\b/.test(lower)) return msg.html(f);
    return /<html|<table/.test(lower) ? msg.html(f) : msg.xml2003(f);
  }
  // Text: no NUL bytes and mostly printable.
  let control = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return msg.unknown(f);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control * 20 < n && /[,;\t]/.test(head)) return msg.csv(f);
  return msg.unknown(f);
}

const dec = new TextDecoder('utf-8');
function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return dec.decode(bytes);
}

class ReadFailure extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
  }
}

interface Budget {
  used: number;
}

function readPart(zip: ZipArchive, path: string, o: ReadOptions, budget: Budget, f: string, partLimit: number): string | undefined {
  const data = readPartBytes(zip, path, o, budget, f, partLimit);
  return data === undefined ? undefined : decode(data);
}

/** A part's text: a UTF-8 worksheet a row-aligned slice at a time (see sheetSlices), other encodings whole. */
function sheetText(data: Uint8Array): Iterable<string> {
  const utf16 = data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
  return utf16 ? [decode(data)] : sheetSlices(data, (bytes) => dec.decode(bytes));
}

function readPartBytes(zip: ZipArchive, path: string, o: ReadOptions, budget: Budget, f: string, partLimit: number): Uint8Array | undefined {
  const e = findEntry(zip, path);
  if (!e) return undefined;
  const total = o.maxTotalBytes ?? LIMITS.totalBytes;
  const max = Math.min(partLimit, total - budget.used);
  let data: Uint8Array;
  try {
    data = readEntry(zip, e, Math.max(0, max), o.inflateRaw);
  } catch (err) {
    if (err instanceof ZipError) {
      if (err.kind === 'too-large') throw new ReadFailure(max < partLimit ? msg.total(f, total) : msg.bomb(f, e.name, partLimit));
      if (err.kind === 'encrypted-entry') throw new ReadFailure(msg.encryptedEntry(f, e.name));
      if (err.kind === 'method') throw new ReadFailure(msg.method(f, e.name));
      if (err.kind === 'bad-entry') throw new ReadFailure(msg.truncated(f));
      throw new ReadFailure(msg.badPart(f, e.name));
    }
    throw err;
  }
  budget.used += data.length;
  return data;
}

export interface WorkbookInfo {
  readonly path: string;
  readonly xml: string;
  readonly prefix: string;
  readonly rels: ReturnType<typeof parseRels>;
  readonly sheets: { name: string; state: string; rid: string; path: string | undefined; kind: string }[];
  readonly date1904: boolean;
  /** calcPr fullCalcOnLoad: the program that wrote the file left its formulas for Excel to work out on opening. */
  readonly uncalculated: boolean;
}

/** Locates and parses workbook.xml and its relationships. */
export function workbookInfo(zip: ZipArchive, read: (path: string) => string | undefined): WorkbookInfo | undefined {
  let path = 'xl/workbook.xml';
  const rootRels = read('_rels/.rels');
  if (rootRels) {
    for (const rel of parseRels(rootRels).values()) {
      if (rel.type.endsWith('/officeDocument') && !rel.external) {
        path = resolveTarget('', rel.target);
        break;
      }
    }
  }
  if (!findEntry(zip, path)) {
    if (findEntry(zip, 'xl/workbook.xml')) path = 'xl/workbook.xml';
    else return undefined;
  }
  const xml = read(path);
  if (xml === undefined) return undefined;
  const prefix = rootPrefix(xml, 'workbook');
  const relsXml = read(relsPathOf(path));
  const rels = relsXml ? parseRels(relsXml) : new Map<string, { target: string; type: string; external: boolean }>();
  const sheets: WorkbookInfo['sheets'] = [];
  const sheetsAt = findTag(xml, prefix + 'sheets');
  if (sheetsAt >= 0) {
    const end = xml.indexOf('</' + prefix + 'sheets>', sheetsAt);
    for (const t of tags(xml, prefix + 'sheet', sheetsAt, end < 0 ? xml.length : end)) {
      const name = attr(t, 'name') ?? '';
      const state = attr(t, 'state') ?? 'visible';
      const rid = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(t)?.[1] ?? '';
      const rel = rels.get(rid);
      const kind = rel ? (rel.type.slice(rel.type.lastIndexOf('/') + 1) as string) : 'worksheet';
      sheets.push({ name, state, rid, path: rel ? resolveTarget(dirOf(path), rel.target) : undefined, kind });
    }
  }
  const wbPr = tags(xml, prefix + 'workbookPr')[0];
  const d1904 = wbPr ? attr(wbPr, 'date1904') : undefined;
  const calcPr = tags(xml, prefix + 'calcPr')[0];
  const fullCalc = calcPr ? attr(calcPr, 'fullCalcOnLoad') : undefined;
  return { path, xml, prefix, rels, sheets, date1904: d1904 === '1' || d1904 === 'true', uncalculated: fullCalc === '1' || fullCalc === 'true' };
}

export function relTarget(info: WorkbookInfo, typeSuffix: string, fallback: string): string {
  for (const rel of info.rels.values()) {
    if (rel.type.endsWith(typeSuffix) && !rel.external) return resolveTarget(dirOf(info.path), rel.target);
  }
  return fallback;
}

export function readXlsx(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): ReadOutcome {
  const f = fileName;
  try {
    if (!hasZipSignature(bytes)) {
      // A zip can begin with other data (self-extractors) but an .xlsx never does.
      return { ok: false, reason: sniffNonZip(bytes, f) };
    }
    let zip: ZipArchive;
    try {
      zip = openZip(bytes);
    } catch (err) {
      if (err instanceof ZipError) return { ok: false, reason: msg.truncated(f) };
      throw err;
    }
    const budget: Budget = { used: 0 };
    const partLimit = opts.maxPartBytes ?? LIMITS.partBytes;
    const small = Math.min(partLimit, 64 * 1024 * 1024);
    const readSmall = (path: string): string | undefined => readPart(zip, path, opts, budget, f, small);

    const info = workbookInfo(zip, readSmall);
    if (!info) {
      const mime = findEntry(zip, 'mimetype');
      if (mime && readSmall('mimetype')?.includes('opendocument.spreadsheet')) return { ok: false, reason: msg.ods(f) };
      return { ok: false, reason: msg.noWorkbook(f) };
    }
    const stylesXml = readSmall(relTarget(info, '/styles', 'xl/styles.xml'));
    const xfFormats = parseCellFormats(stylesXml);
    const sstPath = relTarget(info, '/sharedStrings', 'xl/sharedStrings.xml');
    const sstXml = readPart(zip, sstPath, opts, budget, f, partLimit);
    const sst = sstXml ? parseSharedStrings(sstXml, rootPrefix(sstXml, 'sst')) : [];

    const notes: Text[] = [];
    const uncalculatedNote = msg.uncalculated(f);
    const grids: SheetGrid[] = [];
    const maxCells = opts.maxCellsPerSheet ?? LIMITS.cellsPerSheet;
    const worksheets = info.sheets.filter((s) => s.kind === 'worksheet');
    let total = 0;
    for (const s of worksheets) {
      const e = s.path ? findEntry(zip, s.path) : undefined;
      if (e) total += Math.min(e.size, partLimit);
    }
    let done = 0;
    opts.onProgress?.(0, total);
    for (const s of worksheets) {
      const e = s.path ? findEntry(zip, s.path) : undefined;
      if (!e || !s.path) {
        notes.push(msg.sheetMissing(s.name));
        continue;
      }
      // A part that declares (or inflates to) more than the cap is refused, before inflating when declared.
      let data = readPartBytes(zip, s.path, opts, budget, f, partLimit);
      if (data === undefined) {
        notes.push(msg.sheetMissing(s.name));
        continue;
      }
      const base = done;
      const size = Math.min(e.size, partLimit);
      const parsed = parseSheet(sheetText(data), {
        sst,
        xfFormats,
        maxCells,
        date1904: info.date1904,
        uncalculated: info.uncalculated,
        length: data.length,
        onProgress: opts.onProgress ? (pos, len) => opts.onProgress?.(Math.min(total, base + Math.round((pos / len) * size)), total) : undefined,
      });
      // Let the bytes go before the next sheet inflates.
      data = undefined;
      done += size;
      opts.onProgress?.(Math.min(done, total), total);
      if (parsed.tooBig) {
        notes.push(msg.sheetTooBig(s.name, maxCells));
        continue;
      }
      if (parsed.uncalculated > 0 && !notes.includes(uncalculatedNote)) notes.push(uncalculatedNote);
      const grid: SheetGrid = {
        name: s.name,
        top: parsed.top,
        left: parsed.left,
        values: parsed.values,
        formats: parsed.formats,
        merges: parsed.merges,
        hidden: s.state === 'veryHidden' ? 'very' : s.state === 'hidden',
        protected: parsed.protected,
      };
      grids.push(grid);
    }
    return { ok: true, grids: { name: fileName, sheets: grids }, notes };
  } catch (err) {
    if (err instanceof ReadFailure) return { ok: false, reason: err.reason };
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: msg.internal(f, detail.slice(0, 200)) };
  }
}
