// writeWorkbook: a fresh, valid .xlsx from a plain description (the demo workbook, the blank
// standard workbook). Shared strings, a small style table, widths, merges, frozen panes, list
// validations and print setup.

import type { CellValue } from '../../domain/grid';
import { columnLetters, isCellError } from '../../domain/grid';
import { escapeCellText, escapeXml } from './xml';
import { writeZip, type DeflateRaw, type OutEntry } from './zip';

export type NewCell =
  | CellValue
  | { v: CellValue; f?: string; fmt?: string; bold?: boolean; wrap?: boolean; align?: 'center' | 'left' | 'right'; border?: boolean };

export interface NewSheet {
  name: string;
  rows: NewCell[][];
  widths?: number[];
  merges?: string[] /* "A1:D1" */;
  freezeRows?: number;
  validations?: { range: string; list: string[] }[];
  hidden?: boolean;
  print?: { landscape?: boolean; fitToWidth?: boolean; repeatRows?: string /* "4:5" */ };
}

export interface NewWorkbook {
  sheets: NewSheet[];
}

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Built-in number format ids for the codes we use (others get custom ids from 164). */
const BUILTIN_IDS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 };

interface XfKey {
  fmt: string;
  bold: boolean;
  wrap: boolean;
  align: string;
  border: boolean;
}

/** Collects distinct cell styles; index 0 is the default. */
export class StyleTable {
  private readonly xfs: XfKey[] = [{ fmt: 'General', bold: false, wrap: false, align: '', border: false }];
  private readonly index = new Map<string, number>([['General|0|0||0', 0]]);
  private readonly customFmts = new Map<string, number>();

  xf(fmt = 'General', bold = false, wrap = false, align = '', border = false): number {
    const key = `${fmt}|${+bold}|${+wrap}|${align}|${+border}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.xfs.length;
      this.xfs.push({ fmt, bold, wrap, align, border });
      this.index.set(key, i);
      if (!(fmt in BUILTIN_IDS) && !this.customFmts.has(fmt)) this.customFmts.set(fmt, 164 + this.customFmts.size);
    }
    return i;
  }

  xml(): string {
    const numFmts = [...this.customFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
    const xfs = this.xfs
      .map((x) => {
        const id = BUILTIN_IDS[x.fmt] ?? this.customFmts.get(x.fmt) ?? 0;
        const font = x.bold ? 1 : 0;
        const border = x.border ? 1 : 0;
        const al = x.wrap || x.align ? `<alignment${x.align ? ` horizontal="${x.align}"` : ''}${x.wrap ? ' vertical="top" wrapText="1"' : ''}/>` : '';
        return (
          `<xf numFmtId="${id}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"` +
          `${id ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${border ? ' applyBorder="1"' : ''}${al ? ' applyAlignment="1">' + al + '</xf>' : '/>'}`
        );
      })
      .join('');
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts ? `<numFmts count="${this.customFmts.size}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

/** A sheet name Excel accepts: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== 'history';
}

/** 'Danh sách'!$A$1 style quoting for formulas and defined names. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function numText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to a cell`);
  return Object.is(n, -0) ? '0' : String(n);
}

/** The `<c>` element for a value at ref with style s; strings go through `str` (shared or inline). */
export function cellXml(ref: string, v: CellValue, s: number, f: string | undefined, str: (t: string) => string): string {
  const sa = s ? ` s="${s}"` : '';
  const fx = f !== undefined ? `<f>${escapeXml(f.replace(/^=/, ''))}</f>` : '';
  if (v === null) return fx ? `<c r="${ref}"${sa}>${fx}</c>` : `<c r="${ref}"${sa}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${sa}>${fx}<v>${numText(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${sa} t="b">${fx}<v>${v ? 1 : 0}</v></c>`;
  if (isCellError(v)) return `<c r="${ref}"${sa} t="e">${fx}<v>${escapeXml(v.error)}</v></c>`;
  if (fx) return `<c r="${ref}"${sa} t="str">${fx}<v>${escapeCellText(v)}</v></c>`;
  return str(v).replace('<c>', `<c r="${ref}"${sa}`);
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly map = new Map<string, number>();
  add(s: string): number {
    let i = this.map.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.map.set(s, i);
    }
    return i;
  }
  xml(refs: number): string {
    const parts: string[] = [XML_HEAD, `<sst xmlns="${NS_MAIN}" count="${refs}" uniqueCount="${this.list.length}">`];
    for (const s of this.list) {
      const sp = /^[\s]|[\s]$/.test(s) ? ' xml:space="preserve"' : '';
      parts.push(`<si><t${sp}>${escapeCellText(s)}</t></si>`);
    }
    parts.push('</sst>');
    return parts.join('');
  }
}

function splitCell(cell: NewCell): { v: CellValue; f?: string; fmt?: string; bold?: boolean; wrap?: boolean; align?: string; border?: boolean } {
  if (cell !== null && typeof cell === 'object' && !('error' in cell)) return cell;
  return { v: cell as CellValue };
}

function sheetXml(sheet: NewSheet, index: number, selected: boolean, styles: StyleTable, sst: SharedStrings, counter: { refs: number }): string {
  const out: string[] = [XML_HEAD, `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`];
  const fit = sheet.print?.fitToWidth;
  if (fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  let maxCol = 0;
  for (const row of sheet.rows) maxCol = Math.max(maxCol, row.length);
  const rows = sheet.rows.length;
  out.push(`<dimension ref="${rows && maxCol ? `A1:${columnLetters(maxCol - 1)}${rows}` : 'A1'}"/>`);
  const fr = sheet.freezeRows ?? 0;
  const tab = selected ? ' tabSelected="1"' : '';
  if (fr > 0) {
    out.push(
      `<sheetViews><sheetView${tab} workbookViewId="0"><pane ySplit="${fr}" topLeftCell="A${fr + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${fr + 1}" sqref="A${fr + 1}"/></sheetView></sheetViews>`,
    );
  } else out.push(`<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths?.length) {
    out.push('<cols>');
    sheet.widths.forEach((w, i) => {
      if (w > 0) out.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w)}" customWidth="1"/>`);
    });
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const shared = (t: string): string => {
    counter.refs++;
    return `<c> t="s"><v>${sst.add(t)}</v></c>`;
  };
  sheet.rows.forEach((row, r) => {
    if (!row.length) return;
    const cells: string[] = [];
    row.forEach((cell, c) => {
      const d = splitCell(cell);
      const s = d.fmt || d.bold || d.wrap || d.align || d.border ? styles.xf(d.fmt ?? 'General', !!d.bold, !!d.wrap, d.align ?? '', !!d.border) : 0;
      if (d.v === null && d.f === undefined && s === 0) return;
      cells.push(cellXml(columnLetters(c) + (r + 1), d.v, s, d.f, shared));
    });
    if (cells.length) out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (sheet.merges?.length) out.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>`);
  if (sheet.validations?.length) {
    out.push(`<dataValidations count="${sheet.validations.length}">`);
    for (const dv of sheet.validations) {
      const list = '"' + dv.list.map((x) => x.replace(/"/g, '""')).join(',') + '"';
      out.push(`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXml(dv.range)}"><formula1>${escapeXml(list)}</formula1></dataValidation>`);
    }
    out.push('</dataValidations>');
  }
  out.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  const p = sheet.print;
  if (p && (p.landscape || p.fitToWidth)) {
    out.push(`<pageSetup paperSize="9"${p.landscape ? ' orientation="landscape"' : ' orientation="portrait"'}${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  }
  out.push('</worksheet>');
  void index;
  return out.join('');
}

const enc = new TextEncoder();

/** A fresh .xlsx. Throws (a bug, not user input) on an invalid or repeated sheet name. */
export function writeWorkbook(wb: NewWorkbook, opts: { deflateRaw?: DeflateRaw } = {}): Uint8Array {
  const seen = new Set<string>();
  for (const s of wb.sheets) {
    if (!validSheetName(s.name)) throw new Error(`invalid sheet name: ${s.name}`);
    if (seen.has(s.name.toLowerCase())) throw new Error(`repeated sheet name: ${s.name}`);
    seen.add(s.name.toLowerCase());
  }
  const sheets = wb.sheets.length ? wb.sheets : [{ name: 'Sheet1', rows: [] }];
  // Excel refuses a workbook whose sheets are all hidden.
  let active = sheets.findIndex((s) => !s.hidden);
  const hidden = sheets.map((s) => !!s.hidden);
  if (active < 0) {
    active = 0;
    hidden[0] = false;
  }
  const styles = new StyleTable();
  const sst = new SharedStrings();
  const counter = { refs: 0 };
  const sheetXmls = sheets.map((s, i) => sheetXml(s, i, i === active, styles, sst, counter));
  const defined: string[] = [];
  sheets.forEach((s, i) => {
    const rr = s.print?.repeatRows;
    if (rr) {
      const [a, b] = rr.split(':');
      defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoteSheet(s.name))}!$${a}:$${b ?? a}</definedName>`);
    }
  });
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    '<workbookPr defaultThemeVersion="124226"/>' +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="${active}"/></bookViews>` +
    '<sheets>' +
    sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${hidden[i] ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    (defined.length ? `<definedNames>${defined.join('')}</definedNames>` : '') +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>';
  const n = sheets.length;
  const wbRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_WORKSHEET}" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const contentTypes =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT_WORKSHEET}"/>`).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>';
  const rootRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '</Relationships>';
  const core =
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>ishc</dc:creator></cp:coreProperties>';
  const app =
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>';
  const entries: OutEntry[] = [
    { name: '[Content_Types].xml', data: enc.encode(contentTypes) },
    { name: '_rels/.rels', data: enc.encode(rootRels) },
    { name: 'docProps/core.xml', data: enc.encode(core) },
    { name: 'docProps/app.xml', data: enc.encode(app) },
    { name: 'xl/workbook.xml', data: enc.encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(wbRels) },
    { name: 'xl/styles.xml', data: enc.encode(styles.xml()) },
    { name: 'xl/sharedStrings.xml', data: enc.encode(sst.xml(counter.refs)) },
    ...sheetXmls.map((x, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc.encode(x) })),
  ];
  return writeZip(entries, opts.deflateRaw);
}
