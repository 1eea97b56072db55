// markXlsx: a copy of the package with the marked cells styled and a findings sheet added.
// Only the marked cells' `s` attribute changes (to new cellXfs that clone the cell's own xf with a
// fill and a border), plus styles.xml, workbook.xml, its rels and [Content_Types].xml for the new
// sheet. Every other part is copied as its original compressed bytes (DESIGN.md, invariant 1).

import type { MarkPlan, MarkLevel, CellMark } from '../../domain/marks';
import { columnLetters, parseA1 } from '../../domain/grid';
import { relTarget, workbookInfo } from './read';
import { CT_WORKSHEET, NS_MAIN, NS_R, REL_WORKSHEET, quoteSheet, validSheetName } from './write';
import { planNotes, type SheetNotes } from '../../domain/notes';
import { addLegacyDrawing, commentsXml, hasLegacyDrawing, relativeTarget, usedVmlBlocks, vmlXml } from './notes';
import { attr, dirOf, escapeCellText, escapeXml, findTag, parseRef, parseRels, relsPathOf, rootPrefix, tags } from './xml';
import { findEntry, openZip, rawEntryData, readEntry, writeZip, type DeflateRaw, type InflateRaw, type OutEntry, type ZipArchive } from './zip';

export interface FindingRow {
  readonly sheet: string;
  readonly cells: readonly string[];
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly fix: string;
}

export interface MarkOptions {
  readonly inflateRaw?: InflateRaw;
  readonly deflateRaw?: DeflateRaw;
  /** Name of the findings sheet (default "Kết quả kiểm tra"; a number is added if taken). */
  readonly sheetName?: string;
  /** Put each marked cell's findings in a note on the cell (default true). */
  readonly notes?: boolean;
}

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
/** Adds a relationship to a .rels part under an id it does not use yet; returns the part and the id. */
function appendRel(rels: string, type: string, target: string): { rels: string; id: string } {
  const ids = new Set(parseRels(rels).keys());
  let n = 1;
  while (ids.has(`rIdIshc${n}`)) n++;
  const id = `rIdIshc${n}`;
  const rp = rootPrefix(rels, 'Relationships');
  const rel = `<${rp}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const close = rels.lastIndexOf(`</${rp}Relationships>`);
  return { id, rels: close >= 0 ? rels.slice(0, close) + rel + rels.slice(close) : rels.replace(/\/>\s*$/, `>${rel}</${rp}Relationships>`) };
}

export const FINDINGS_SHEET = 'Kết quả kiểm tra';

/** Mark colours: error = light red fill + medium dark-red border; warning = light yellow + dashed orange. */
export const MARK_STYLE = {
  2: { fill: 'FFFFC7CE', border: 'medium', color: 'FF9C0006' },
  1: { fill: 'FFFFEB9C', border: 'dashed', color: 'FFED7D31' },
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EMPTY_RELS = XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const MAX_PART = 400 * 1024 * 1024;
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');

/** Sets (or adds) attribute name="value" in a start tag. */
function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(["'])[^"']*\\2`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return tag.slice(0, end) + ` ${name}="${value}"` + tag.slice(end);
}

function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(["'])[^"']*\\1`), '');
}

/** Children of a list element (`<fills>`, `<cellXfs>` …): their raw text, and where to append. */
interface ListInfo {
  items: string[];
  /** Index in the xml where new children go (before the closing tag), -1 if the list is missing. */
  insertAt: number;
  start: number;
  openTagEnd: number;
  selfClosing: boolean;
}

function listOf(xml: string, p: string, list: string, child: string): ListInfo {
  const start = findTag(xml, p + list);
  if (start < 0) return { items: [], insertAt: -1, start: -1, openTagEnd: -1, selfClosing: false };
  const gt = xml.indexOf('>', start);
  if (xml.charCodeAt(gt - 1) === 47) return { items: [], insertAt: gt - 1, start, openTagEnd: gt + 1, selfClosing: true };
  const close = xml.indexOf('</' + p + list + '>', gt);
  const items: string[] = [];
  let i = gt + 1;
  for (;;) {
    const k = findTag(xml, p + child, i);
    if (k < 0 || k > close) break;
    const tg = xml.indexOf('>', k);
    if (tg < 0) break;
    if (xml.charCodeAt(tg - 1) === 47) {
      items.push(xml.slice(k, tg + 1));
      i = tg + 1;
    } else {
      const ce = xml.indexOf('</' + p + child + '>', tg);
      const end = ce < 0 || ce > close ? close : ce + child.length + 3 + p.length;
      items.push(xml.slice(k, end));
      i = end;
    }
  }
  return { items, insertAt: close, start, openTagEnd: gt + 1, selfClosing: false };
}

const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Appends children to a list of styles.xml, creating the list if absent; returns the new xml and the first new index. */
function appendList(xml: string, p: string, list: string, child: string, add: string[]): { xml: string; first: number } {
  const info = listOf(xml, p, list, child);
  const first = info.items.length;
  const total = first + add.length;
  const body = add.join('');
  if (info.start < 0) {
    // insert before the first list that must come after this one
    const order = STYLE_ORDER.indexOf(list);
    let at = -1;
    for (const later of STYLE_ORDER.slice(order + 1)) {
      at = findTag(xml, p + later);
      if (at >= 0) break;
    }
    if (at < 0) at = xml.lastIndexOf('</' + p + 'styleSheet>');
    return { xml: xml.slice(0, at) + `<${p}${list} count="${total}">${body}</${p}${list}>` + xml.slice(at), first };
  }
  const openTag = setAttr(xml.slice(info.start, info.openTagEnd), 'count', String(total));
  if (info.selfClosing) {
    const t = openTag.replace(/\s*\/>$/, '>');
    return { xml: xml.slice(0, info.start) + t + body + `</${p}${list}>` + xml.slice(info.openTagEnd), first };
  }
  return { xml: xml.slice(0, info.start) + openTag + xml.slice(info.openTagEnd, info.insertAt) + body + xml.slice(info.insertAt), first };
}

const DEFAULT_STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** New cellXfs for marks and for the findings sheet, appended to styles.xml. */
class MarkStyles {
  private readonly p: string;
  private readonly xfs: string[];
  private readonly added: string[] = [];
  private readonly clones = new Map<string, number>();
  private readonly fillBase: number;
  private readonly borderBase: number;
  private readonly fontBase: number;
  private xml: string;
  readonly header: number;
  readonly link: number;
  readonly wrap: number;

  constructor(xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    const p = this.p;
    const fills = [2, 1].map((lv) => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${MARK_STYLE[lv as MarkLevel].fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    const borders = [2, 1].map((lv) => {
      const m = MARK_STYLE[lv as MarkLevel];
      const side = (s: string): string => `<${p}${s} style="${m.border}"><${p}color rgb="${m.color}"/></${p}${s}>`;
      return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
    });
    const fonts = [
      `<${p}font><${p}b/><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
      `<${p}font><${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
    ];
    let r = appendList(xml, p, 'fonts', 'font', fonts);
    this.fontBase = r.first;
    r = appendList(r.xml, p, 'fills', 'fill', fills);
    this.fillBase = r.first;
    r = appendList(r.xml, p, 'borders', 'border', borders);
    this.borderBase = r.first;
    this.xml = r.xml;
    this.xfs = listOf(this.xml, p, 'cellXfs', 'xf').items;
    if (this.xfs.length === 0) this.xfs.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    this.header = this.add(`<${p}xf numFmtId="0" fontId="${this.fontBase}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
    this.link = this.add(`<${p}xf numFmtId="0" fontId="${this.fontBase + 1}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
    this.wrap = this.add(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>`);
  }

  private add(raw: string): number {
    this.added.push(raw);
    return this.xfs.length + this.added.length - 1;
  }

  /** The xf that is `orig` plus the mark of this level. */
  mark(orig: number, level: MarkLevel): number {
    const key = `${orig}|${level}`;
    let i = this.clones.get(key);
    if (i !== undefined) return i;
    const raw = this.xfs[orig] ?? this.xfs[0];
    const gt = raw.indexOf('>');
    let tag = raw.slice(0, gt + 1);
    const k = level === 2 ? 0 : 1;
    tag = setAttr(tag, 'fillId', String(this.fillBase + k));
    tag = setAttr(tag, 'borderId', String(this.borderBase + k));
    tag = setAttr(tag, 'applyFill', '1');
    tag = setAttr(tag, 'applyBorder', '1');
    i = this.add(tag + raw.slice(gt + 1));
    this.clones.set(key, i);
    return i;
  }

  result(): string {
    return appendList(this.xml, this.p, 'cellXfs', 'xf', this.added).xml;
  }
}

interface ColStyle {
  min: number;
  max: number;
  style: number;
}

/** Rewrites sheetData so the marked cells get their mark styles; cells and rows are created when missing. */
export function applyMarks(xml: string, marks: readonly CellMark[], xfFor: (orig: number, level: MarkLevel) => number): string {
  if (!marks.length) return xml;
  const p = rootPrefix(xml, 'worksheet');
  const sorted = [...marks].sort((a, b) => a.r - b.r || a.c - b.c);
  const cols: ColStyle[] = [];
  const colsAt = findTag(xml, p + 'cols');
  if (colsAt >= 0) {
    const end = xml.indexOf('</' + p + 'cols>', colsAt);
    for (const t of tags(xml, p + 'col', colsAt, end < 0 ? colsAt : end)) {
      const s = attr(t, 'style');
      if (s) cols.push({ min: Number(attr(t, 'min')) - 1, max: Number(attr(t, 'max')) - 1, style: Number(s) });
    }
  }
  const colStyle = (c: number): number => cols.find((x) => c >= x.min && c <= x.max)?.style ?? 0;

  const sd = findTag(xml, p + 'sheetData');
  if (sd < 0) return xml;
  const sdTagEnd = xml.indexOf('>', sd) + 1;
  const selfClosing = xml.charCodeAt(sdTagEnd - 2) === 47;
  const sdEnd = selfClosing ? sdTagEnd : xml.indexOf('</' + p + 'sheetData>', sdTagEnd);
  const out: string[] = [];
  let cursor: number;
  if (selfClosing) {
    out.push(xml.slice(0, sd), `<${p}sheetData>`);
    cursor = sdTagEnd;
  } else {
    out.push(xml.slice(0, sdTagEnd));
    cursor = sdTagEnd;
  }

  const newCell = (m: CellMark, orig: number): string => `<${p}c r="${columnLetters(m.c)}${m.r + 1}" s="${xfFor(orig, m.level)}"/>`;
  const newRow = (group: CellMark[]): string => `<${p}row r="${group[0].r + 1}">${group.map((m) => newCell(m, colStyle(m.c))).join('')}</${p}row>`;

  let mi = 0;
  let pos = cursor;
  let prevRow = -1;
  const rowClose = '</' + p + 'row>';
  const cellClose = '</' + p + 'c>';
  while (mi < sorted.length) {
    const k = selfClosing ? -1 : findTag(xml, p + 'row', pos);
    if (k < 0 || k >= sdEnd) break;
    const gt = xml.indexOf('>', k);
    if (gt < 0 || gt > sdEnd) break;
    const rowSelf = xml.charCodeAt(gt - 1) === 47;
    const closeAt = rowSelf ? gt : xml.indexOf(rowClose, gt);
    if (closeAt < 0 || closeAt > sdEnd) break;
    const rowEnd = rowSelf ? gt + 1 : closeAt + rowClose.length;
    let rowTag = xml.slice(k, gt + 1);
    const ra = attr(rowTag, 'r');
    const r = ra ? Number(ra) - 1 : prevRow + 1;
    prevRow = r;
    // new rows before this one
    while (mi < sorted.length && sorted[mi].r < r) {
      const g: CellMark[] = [];
      const rr = sorted[mi].r;
      while (mi < sorted.length && sorted[mi].r === rr) g.push(sorted[mi++]);
      out.push(xml.slice(cursor, k), newRow(g));
      cursor = k;
    }
    if (mi < sorted.length && sorted[mi].r === r) {
      const g: CellMark[] = [];
      while (mi < sorted.length && sorted[mi].r === r) g.push(sorted[mi++]);
      const rowS = attr(rowTag, 'customFormat') === '1' || attr(rowTag, 'customFormat') === 'true' ? Number(attr(rowTag, 's') ?? 0) : -1;
      // cells of the row
      const content = rowSelf ? '' : xml.slice(gt + 1, rowEnd - rowClose.length);
      const cells: { c: number; text: string; hasRef: boolean }[] = [];
      const between: string[] = [];
      let i = 0;
      let col = -1;
      for (;;) {
        const ck = findTag(content, p + 'c', i);
        if (ck < 0) break;
        between.push(content.slice(i, ck));
        const cg = content.indexOf('>', ck);
        if (cg < 0) break;
        const cc = content.charCodeAt(cg - 1) === 47 ? cg + 1 : content.indexOf(cellClose, cg);
        if (cc < 0) break;
        const ce = content.charCodeAt(cg - 1) === 47 ? cc : cc + cellClose.length;
        const text = content.slice(ck, ce);
        const ref = attr(content.slice(ck, cg + 1), 'r');
        const at = ref ? parseRef(ref) : undefined;
        col = at ? at[1] : col + 1;
        cells.push({ c: col, text, hasRef: !!at });
        i = ce;
      }
      const tail = content.slice(i);
      let inserted = false;
      const allRefs = cells.every((c) => c.hasRef);
      const pieces: string[] = [];
      let gi = 0;
      for (let ci = 0; ci < cells.length; ci++) {
        const cell = cells[ci];
        pieces.push(between[ci]);
        while (gi < g.length && g[gi].c < cell.c) {
          pieces.push(newCell(g[gi], rowS >= 0 ? rowS : colStyle(g[gi].c)));
          gi++;
          inserted = true;
        }
        let text = cell.text;
        if (!allRefs && !cell.hasRef) {
          const tg = text.indexOf('>');
          text = setAttr(text.slice(0, tg + 1), 'r', columnLetters(cell.c) + (r + 1)) + text.slice(tg + 1);
        }
        if (gi < g.length && g[gi].c === cell.c) {
          const tg = text.indexOf('>');
          const tag = text.slice(0, tg + 1);
          const orig = Number(attr(tag, 's') ?? 0) || 0;
          text = setAttr(tag, 's', String(xfFor(orig, g[gi].level))) + text.slice(tg + 1);
          gi++;
        }
        pieces.push(text);
      }
      while (gi < g.length) {
        pieces.push(newCell(g[gi], rowS >= 0 ? rowS : colStyle(g[gi].c)));
        gi++;
        inserted = true;
      }
      pieces.push(tail);
      if (inserted) rowTag = removeAttr(rowTag, 'spans');
      if (rowSelf) rowTag = rowTag.replace(/\s*\/>$/, '>');
      out.push(xml.slice(cursor, k), rowTag, pieces.join(''), rowClose);
      cursor = rowEnd;
    }
    pos = rowEnd;
  }
  // rows after the last existing row
  if (mi < sorted.length) {
    out.push(xml.slice(cursor, sdEnd));
    cursor = sdEnd;
    while (mi < sorted.length) {
      const g: CellMark[] = [];
      const rr = sorted[mi].r;
      while (mi < sorted.length && sorted[mi].r === rr) g.push(sorted[mi++]);
      out.push(newRow(g));
    }
  }
  if (selfClosing) {
    out.push(`</${p}sheetData>`);
    out.push(xml.slice(cursor));
  } else out.push(xml.slice(cursor));
  return out.join('');
}

const SEVERITY: Record<string, string> = { error: 'Lỗi (error)', warning: 'Cảnh báo (warning)', info: 'Thông tin (info)' };

function inline(ref: string, s: number, text: string): string {
  const sp = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t${sp}>${escapeCellText(text.slice(0, 32767))}</t></is></c>`;
}

function findingsSheetXml(findings: readonly FindingRow[], st: MarkStyles, sheetExists: (name: string) => boolean): string {
  const headers = ['STT', 'Quy tắc / Rule', 'Mức độ / Severity', 'Trang tính / Sheet', 'Ô / Cells', 'Nội dung / Message', 'Cách sửa / Fix'];
  const rows: string[] = [];
  rows.push(`<row r="1">${headers.map((h, c) => inline(columnLetters(c) + 1, st.header, h)).join('')}</row>`);
  const links: string[] = [];
  findings.forEach((f, i) => {
    const r = i + 2;
    const cellsText = f.cells.join(', ');
    const first = f.cells[0]?.split(':')[0];
    const linkable = first && parseA1(first) && f.sheet && sheetExists(f.sheet);
    rows.push(
      `<row r="${r}">` +
        `<c r="A${r}"><v>${i + 1}</v></c>` +
        inline(`B${r}`, 0, f.rule) +
        inline(`C${r}`, 0, SEVERITY[f.severity] ?? f.severity) +
        inline(`D${r}`, 0, f.sheet) +
        inline(`E${r}`, linkable ? st.link : 0, cellsText.length > 1000 ? cellsText.slice(0, 997) + '…' : cellsText) +
        inline(`F${r}`, st.wrap, f.message) +
        inline(`G${r}`, st.wrap, f.fix) +
        '</row>',
    );
    if (linkable) links.push(`<hyperlink ref="E${r}" location="${escapeXml(`${quoteSheet(f.sheet)}!${first.replace(/\$/g, '')}`)}" display="${escapeXml(first)}"/>`);
  });
  const widths = [6, 28, 18, 24, 18, 60, 50];
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<dimension ref="A1:G${findings.length + 1}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:G${findings.length + 1}"/>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

function readText(zip: ZipArchive, path: string, inflateRaw?: InflateRaw): string | undefined {
  const e = findEntry(zip, path);
  return e ? dec.decode(readEntry(zip, e, MAX_PART, inflateRaw)) : undefined;
}

/**
 * A copy of the .xlsx with marks and a findings sheet. Throws on a package it cannot read: call it
 * only on a file that readXlsx accepted.
 */
export function markXlsx(original: Uint8Array, plan: MarkPlan, findings: readonly FindingRow[], opts: MarkOptions = {}): Uint8Array {
  const zip = openZip(original);
  const read = (path: string): string | undefined => readText(zip, path, opts.inflateRaw);
  const info = workbookInfo(zip, read);
  if (!info) throw new Error('not an xlsx package: no workbook part');
  const wbDir = dirOf(info.path);
  const changed = new Map<string, string>(); // lower-case part name → new text
  const added: OutEntry[] = [];
  const contentTypesEntry = findEntry(zip, '[Content_Types].xml');
  let contentTypes = contentTypesEntry ? read(contentTypesEntry.name) ?? '' : '';

  // styles
  let stylesPath = relTarget(info, '/styles', '');
  let stylesXml = stylesPath ? read(stylesPath) : undefined;
  let wbRels = read(relsPathOf(info.path)) ?? EMPTY_RELS;
  const addRel = (type: string, target: string): string => {
    const added = appendRel(wbRels, type, target);
    wbRels = added.rels;
    return added.id;
  };
  const addDefault = (extension: string, type: string): void => {
    const tp = rootPrefix(contentTypes, 'Types');
    if (new RegExp(`<${tp}Default\\s[^>]*Extension\\s*=\\s*["']${extension}["']`, 'i').test(contentTypes)) return;
    const close = contentTypes.lastIndexOf(`</${tp}Types>`);
    if (close >= 0) contentTypes = contentTypes.slice(0, close) + `<${tp}Default Extension="${extension}" ContentType="${type}"/>` + contentTypes.slice(close);
  };
  const addOverride = (part: string, type: string): void => {
    const tp = rootPrefix(contentTypes, 'Types');
    const close = contentTypes.lastIndexOf(`</${tp}Types>`);
    if (close >= 0) contentTypes = contentTypes.slice(0, close) + `<${tp}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>` + contentTypes.slice(close);
  };
  if (!stylesXml) {
    stylesPath = stylesPath || wbDir + 'styles.xml';
    let k = 1;
    while (findEntry(zip, stylesPath)) stylesPath = `${wbDir}styles${k++}.xml`;
    stylesXml = DEFAULT_STYLES;
    addRel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', stylesPath.slice(wbDir.length));
    addOverride(stylesPath, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    added.push({ name: stylesPath, data: new Uint8Array(0) }); // replaced below
  }
  const styles = new MarkStyles(stylesXml);

  // marks, sheet by sheet, each marked cell with a note saying why
  const byName = new Map(info.sheets.map((s) => [s.name, s]));
  const byLower = new Map(info.sheets.map((s) => [s.name.toLowerCase(), s]));
  const notes = opts.notes === false ? new Map<string, SheetNotes>() : planNotes(findings);
  const newParts: OutEntry[] = [];
  const taken = (path: string) => !!findEntry(zip, path) || newParts.some((e) => e.name.toLowerCase() === path.toLowerCase());
  const freeName = (make: (n: number) => string) => {
    let n = 1;
    while (taken(make(n))) n++;
    return make(n);
  };
  let vmlBlock = Math.max(0, ...zip.entries.filter((e) => /\.vml$/i.test(e.name)).flatMap((e) => usedVmlBlocks(read(e.name) ?? ''))) + 1;
  for (const sm of plan) {
    if (!sm.marks.length) continue;
    const s = byName.get(sm.sheet) ?? byLower.get(sm.sheet.toLowerCase());
    if (!s || !s.path || s.kind !== 'worksheet') continue;
    const key = s.path.toLowerCase();
    const xml = changed.get(key) ?? read(s.path);
    if (xml === undefined) continue;
    let marked = applyMarks(xml, sm.marks, (orig, level) => styles.mark(orig, level));
    const sheetNotes = notes.get(sm.sheet);
    const p = rootPrefix(marked, 'worksheet');
    // A sheet with notes or form controls of its own keeps them untouched, and gets no notes of ours.
    if (sheetNotes && sheetNotes.size > 0 && !hasLegacyDrawing(marked, p)) {
      const relsPath = relsPathOf(s.path);
      const existed = !!findEntry(zip, relsPath);
      let rels = changed.get(relsPath.toLowerCase()) ?? (existed ? read(relsPath) : undefined) ?? EMPTY_RELS;
      const commentsPath = freeName((n) => `${wbDir}comments${n}.xml`);
      const vmlPath = freeName((n) => `${wbDir}drawings/vmlDrawing${n}.vml`);
      const c = appendRel(rels, REL_COMMENTS, relativeTarget(dirOf(s.path), commentsPath));
      const v = appendRel(c.rels, REL_VML, relativeTarget(dirOf(s.path), vmlPath));
      rels = v.rels;
      marked = addLegacyDrawing(marked, p, v.id, NS_R);
      newParts.push({ name: commentsPath, data: enc.encode(commentsXml(sheetNotes, NS_MAIN)) }, { name: vmlPath, data: enc.encode(vmlXml(sheetNotes, vmlBlock++)) });
      if (existed) changed.set(relsPath.toLowerCase(), rels);
      else newParts.push({ name: relsPath, data: enc.encode(rels) });
      addOverride(commentsPath, CT_COMMENTS);
      addDefault('vml', CT_VML);
    }
    changed.set(key, marked);
  }

  // the findings sheet
  const names = new Set(info.sheets.map((s) => s.name.toLowerCase()));
  let name = opts.sheetName && validSheetName(opts.sheetName) ? opts.sheetName : FINDINGS_SHEET;
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `${(opts.sheetName ?? FINDINGS_SHEET).slice(0, 25)} (${n})`;
  let n = 1;
  while (findEntry(zip, `${wbDir}worksheets/sheet${n}.xml`)) n++;
  const sheetPath = `${wbDir}worksheets/sheet${n}.xml`;
  const sheetXml = findingsSheetXml(findings, styles, (sn) => byName.has(sn) || byLower.has(sn.toLowerCase()));
  const rid = addRel(REL_WORKSHEET, `worksheets/sheet${n}.xml`);
  addOverride(sheetPath, CT_WORKSHEET);

  let wb = info.xml;
  const wp = info.prefix;
  const maxId = Math.max(0, ...tags(wb, wp + 'sheet').map((t) => Number(attr(t, 'sheetId') ?? 0) || 0));
  const nsDecl = /xmlns:([\w.-]+)\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(wb);
  const rAttr = nsDecl ? `${nsDecl[1]}:id="${rid}"` : `xmlns:ishcr="${NS_R}" ishcr:id="${rid}"`;
  const sheetTag = `<${wp}sheet name="${escapeXml(name)}" sheetId="${maxId + 1}" ${rAttr}/>`;
  const sheetsClose = wb.indexOf(`</${wp}sheets>`);
  if (sheetsClose >= 0) wb = wb.slice(0, sheetsClose) + sheetTag + wb.slice(sheetsClose);
  else {
    const selfSheets = findTag(wb, wp + 'sheets');
    const gt = wb.indexOf('>', selfSheets);
    wb = wb.slice(0, selfSheets) + `<${wp}sheets>${sheetTag}</${wp}sheets>` + wb.slice(gt + 1);
  }

  changed.set(info.path.toLowerCase(), wb);
  changed.set(relsPathOf(info.path).toLowerCase(), wbRels);
  if (contentTypesEntry) changed.set(contentTypesEntry.name.toLowerCase(), contentTypes);
  const stylesOut = styles.result();
  const stylesKey = stylesPath.toLowerCase();

  const out: OutEntry[] = [];
  const written = new Set<string>();
  for (const e of zip.entries) {
    const key = e.name.toLowerCase();
    if (written.has(key)) continue;
    written.add(key);
    const text = key === stylesKey ? stylesOut : changed.get(key);
    if (text !== undefined) out.push({ name: e.name, data: enc.encode(text) });
    else out.push({ name: e.name, raw: rawEntryData(zip, e), method: e.method, crc: e.crc, size: e.size, time: e.time, date: e.date });
  }
  if (!findEntry(zip, relsPathOf(info.path))) out.push({ name: relsPathOf(info.path), data: enc.encode(wbRels) });
  for (const a of added) if (a.name.toLowerCase() === stylesKey) out.push({ name: a.name, data: enc.encode(stylesOut) });
  out.push({ name: sheetPath, data: enc.encode(sheetXml) }, ...newParts);
  return writeZip(out, opts.deflateRaw);
}
