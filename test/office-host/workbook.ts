// An in-memory Excel workbook: what the emulated host (richapi.ts) reads and writes, and what a
// test compares before and after (snapshot()). It keeps what an .xlsx keeps: sheets in order with
// their visibility and protection, cells (value or formula, number format, fill, font, borders),
// column widths, freeze panes, conditional formats in priority order, data validation, defined
// names, custom XML parts, settings, the active sheet, each sheet's selection and its notes (ExcelApi
// 1.18: one note per cell, with its text and author).

import { type Bounds, boundsAddress, cellAddress, intersect, parseArea, quoteSheet, splitSheet } from './a1';

export interface ErrorValue {
  readonly error: string;
}
export type ModelValue = string | number | boolean | ErrorValue;

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export type BorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';

export interface Border {
  style: string;
  color?: string;
  weight?: string;
}

export interface CellStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  borders?: Partial<Record<BorderSide, Border>>;
}

export interface Cell {
  value?: ModelValue;
  /** A formula as written ("=SUM(B2:B9)"); its cached value is `value`. */
  formula?: string;
  /** Absent = "General". */
  numberFormat?: string;
  style?: CellStyle;
}

export interface CfFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: string;
  fontColor?: string;
  numberFormat?: string;
  borders?: Partial<Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', Border>>;
}

export interface ConditionalFormatModel {
  /** "Custom", "CellValue", "ColorScale", … (Excel.ConditionalFormatType). */
  type: string;
  /** A1 address of the cells it applies to, on its own sheet (no sheet name). */
  range: string;
  /** Custom rules: the formula, relative to the top-left cell of `range`. */
  formula?: string;
  /** Other types: their rule as the API shows it (e.g. { formula1, operator }). */
  rule?: Record<string, unknown>;
  format: CfFormat;
  stopIfTrue: boolean;
}

/** A cell's note (Excel's classic comment): one per cell at most. */
export interface NoteModel {
  /** 0-based cell. */
  readonly r: number;
  readonly c: number;
  content: string;
  /** Who wrote it: the Excel user's name for notes added through the API. */
  readonly author: string;
  /** Shown all the time rather than on hover; size in points. */
  visible: boolean;
  width: number;
  height: number;
}

/** The size Excel gives a new note, in points (the emulator's choice: the API does not document it). */
export const NOTE_DEFAULT_SIZE = { width: 144, height: 79.2 } as const;

export interface DataValidationModel {
  range: string;
  rule: Record<string, unknown>;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** rows[r][c]; missing = empty and unformatted. */
  rows: (Cell | undefined)[][];
  columnWidths: Map<number, number>;
  freeze?: { rows: number; columns: number };
  /** Print setup (Worksheet.pageLayout, ExcelApi 1.9): what a file keeps of it. */
  pageLayout?: PageLayoutModel;
  /** Priority order: index 0 is evaluated first. */
  conditionalFormats: ConditionalFormatModel[];
  dataValidations: DataValidationModel[];
  tabColor?: string;
  /** The sheet's selected cells (kept in the file per sheet). */
  selection: string;
  /** Merged areas ("B1:D1"). */
  merges?: string[];
  /** Notes by cell address ("B7"). */
  notes: Map<string, NoteModel>;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Rows printed on every page ("$4:$5"), or '' for none. */
  printTitleRows: string;
}

export interface NamedItemModel {
  name: string;
  /** "=Sheet1!$A$1:$B$4" or a constant "=3". */
  formula: string;
  visible: boolean;
  comment: string;
}

export interface CustomXmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SheetInit {
  visibility?: Visibility;
  protected?: boolean;
  /** Top-left of `values` (default A1). */
  at?: string;
  values?: (ModelValue | null | undefined)[][];
  numberFormats?: (string | null | undefined)[][];
}

export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Plain deep copy of a style (styles are small, shared nowhere). */
function copyStyle(s: CellStyle | undefined): CellStyle | undefined {
  if (!s) return undefined;
  const out: CellStyle = { ...s };
  if (s.borders) {
    out.borders = {};
    for (const [k, v] of Object.entries(s.borders)) if (v) out.borders[k as BorderSide] = { ...v };
  }
  return out;
}

function emptyStyle(s: CellStyle | undefined): boolean {
  if (!s) return true;
  return Object.entries(s).every(([k, v]) => v === undefined || (k === 'borders' && Object.keys(v as object).length === 0));
}

function isEmptyCell(c: Cell | undefined): boolean {
  return !c || (c.value === undefined && c.formula === undefined && c.numberFormat === undefined && emptyStyle(c.style));
}

export class Workbook {
  sheets: SheetModel[] = [];
  names: NamedItemModel[] = [];
  customXmlParts: CustomXmlPartModel[] = [];
  settings = new Map<string, unknown>();
  /** Id of the active sheet. */
  activeSheetId = '';
  /** The Excel user's name: the author of the notes the API adds. */
  userName = 'Cán bộ Hội NCT';
  /** Changes on saveAndReopen: the host drops its object references then. */
  epoch = 0;
  private nextId = 1;

  constructor(readonly fileName = 'Book1.xlsx') {}

  // ---------- building (tests) ----------

  addSheet(name: string, init: SheetInit = {}): SheetModel {
    this.checkNewName(name);
    const sheet: SheetModel = {
      id: this.newSheetId(),
      name,
      visibility: init.visibility ?? 'Visible',
      protected: init.protected ?? false,
      rows: [],
      columnWidths: new Map(),
      conditionalFormats: [],
      dataValidations: [],
      selection: 'A1',
      notes: new Map(),
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId && sheet.visibility === 'Visible') this.activeSheetId = sheet.id;
    if (init.values) this.setBlock(sheet, init.at ?? 'A1', init.values, init.numberFormats);
    return sheet;
  }

  /** Writes a block of values (null/undefined = leave the cell alone) and optional formats. */
  setBlock(sheet: SheetModel | string, at: string, values: (ModelValue | null | undefined)[][], numberFormats?: (string | null | undefined)[][]): void {
    const s = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    const b = parseArea(at);
    if (!b) throw new WorkbookError('InvalidArgument', `bad address ${at}`);
    for (let i = 0; i < values.length; i++) {
      const row = values[i];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null || v === undefined) continue;
        const cell = this.cellForWrite(s, b.r0 + i, b.c0 + j);
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          cell.value = undefined;
        } else {
          cell.formula = undefined;
          cell.value = v === '' ? undefined : v;
        }
      }
    }
    if (numberFormats) {
      for (let i = 0; i < numberFormats.length; i++)
        for (let j = 0; j < numberFormats[i].length; j++) {
          const f = numberFormats[i][j];
          if (f === null || f === undefined) continue;
          this.cellForWrite(s, b.r0 + i, b.c0 + j).numberFormat = f === 'General' ? undefined : f;
        }
    }
    this.prune(s, b.r0, b.r0 + values.length - 1);
  }

  /** Applies a style to every cell of an area (merging with what is there). */
  style(sheet: string, area: string, style: CellStyle): void {
    const s = this.sheet(sheet);
    const b = this.area(area);
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) {
        const cell = this.cellForWrite(s, r, c);
        const next = { ...(copyStyle(cell.style) ?? {}), ...copyStyle(style) };
        if (style.borders) next.borders = { ...(cell.style?.borders ?? {}), ...copyStyle(style)!.borders };
        cell.style = next;
      }
  }

  addConditionalFormat(sheet: string, cf: ConditionalFormatModel, priority = 0): void {
    this.sheet(sheet).conditionalFormats.splice(priority, 0, structuredClone(cf));
  }

  /** Puts a note on a cell, as a user does (Review → New Note); a cell holds one note at most. */
  addNote(sheet: SheetModel | string, address: string, content: string, author = this.userName): NoteModel {
    const s = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    const b = this.area(address);
    if (b.r0 !== b.r1 || b.c0 !== b.c1) throw new WorkbookError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (a note goes on one cell, not ${address})`);
    const key = cellAddress(b.r0, b.c0);
    // Excel's error for a second note on a cell is not documented; InvalidArgument is this host's choice.
    if (s.notes.has(key)) throw new WorkbookError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (cell ${key} already has a note)`);
    const note: NoteModel = { r: b.r0, c: b.c0, content, author, visible: false, ...NOTE_DEFAULT_SIZE };
    s.notes.set(key, note);
    return note;
  }

  /** A sheet's notes in the order Excel lists them (row by row), or every sheet's in tab order. */
  notesOf(sheet?: SheetModel): { sheet: SheetModel; note: NoteModel }[] {
    const out: { sheet: SheetModel; note: NoteModel }[] = [];
    for (const s of sheet ? [sheet] : this.sheets) {
      const list = [...s.notes.values()].sort((a, b) => a.r - b.r || a.c - b.c);
      for (const note of list) out.push({ sheet: s, note });
    }
    return out;
  }

  addName(name: string, formula: string, comment = ''): void {
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new WorkbookError('InvalidArgument', `name ${name} exists`);
    this.names.push({ name, formula, visible: true, comment });
  }

  addCustomXmlPart(xml: string): CustomXmlPartModel {
    const m = /<(?:[\w.-]+:)?[\w.-]+[^>]*?\sxmlns="([^"]*)"/.exec(xml);
    const part = { id: `{${this.guid()}}`, namespaceUri: m ? m[1] : '', xml };
    this.customXmlParts.push(part);
    return part;
  }

  // ---------- lookups ----------

  sheet(nameOrId: string): SheetModel {
    const s = this.findSheet(nameOrId);
    if (!s) throw new WorkbookError('ItemNotFound', `The requested resource doesn't exist. (sheet ${nameOrId})`);
    return s;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId) ?? this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  position(sheet: SheetModel): number {
    return this.sheets.indexOf(sheet);
  }

  area(area: string): Bounds {
    const b = parseArea(splitSheet(area).area);
    if (!b) throw new WorkbookError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${area})`);
    return b;
  }

  getCell(sheet: SheetModel, r: number, c: number): Cell | undefined {
    return sheet.rows[r]?.[c];
  }

  cellForWrite(sheet: SheetModel, r: number, c: number): Cell {
    let row = sheet.rows[r];
    if (!row) sheet.rows[r] = row = [];
    let cell = row[c];
    if (!cell) row[c] = cell = {};
    return cell;
  }

  /** Drops cells that hold nothing (as a file would not store them). */
  prune(sheet: SheetModel, r0 = 0, r1 = sheet.rows.length - 1): void {
    for (let r = Math.max(0, r0); r <= r1 && r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      let any = false;
      row.forEach((cell, c) => {
        if (isEmptyCell(cell)) delete row[c];
        else any = true;
      });
      if (!any) delete sheet.rows[r];
    }
  }

  /**
   * Excel's used range: the bounding box of cells with a value or formula (valuesOnly), or of cells
   * with anything, formats included. Undefined for an empty sheet.
   */
  usedBounds(sheet: SheetModel, valuesOnly: boolean): Bounds | undefined {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        const has = valuesOnly ? cell.value !== undefined || cell.formula !== undefined : !isEmptyCell(cell);
        if (!has) return;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      });
    });
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  /** Removes the cells of an area that a predicate says to clear. */
  clearArea(sheet: SheetModel, b: Bounds, what: 'All' | 'Contents' | 'Formats'): void {
    for (let r = b.r0; r <= Math.min(b.r1, sheet.rows.length - 1); r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      row.forEach((cell, c) => {
        if (!cell || c < b.c0 || c > b.c1) return;
        if (what !== 'Formats') {
          cell.value = undefined;
          cell.formula = undefined;
        }
        if (what !== 'Contents') {
          cell.numberFormat = undefined;
          cell.style = undefined;
        }
      });
    }
    if (what !== 'Contents') {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !this.cfInside(cf, b));
    }
    this.prune(sheet, b.r0, b.r1);
  }

  private cfInside(cf: ConditionalFormatModel, b: Bounds): boolean {
    const cb = parseArea(cf.range);
    return !!cb && cb.r0 >= b.r0 && cb.r1 <= b.r1 && cb.c0 >= b.c0 && cb.c1 <= b.c1;
  }

  cfIntersects(cf: ConditionalFormatModel, b: Bounds): boolean {
    return cf.range.split(',').some((a) => {
      const cb = parseArea(a);
      return !!cb && !!intersect(cb, b);
    });
  }

  // ---------- structure ----------

  newSheetId(): string {
    return `{${this.guid()}}`;
  }

  guid(): string {
    const n = (this.nextId++).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${n}`.toUpperCase();
  }

  checkNewName(name: string, except?: SheetModel): void {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
      throw new WorkbookError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (sheet name ${JSON.stringify(name)})`);
    if (name.toLowerCase() === 'history') throw new WorkbookError('InvalidArgument', 'History is a reserved sheet name.');
    const clash = this.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new WorkbookError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
  }

  /** Name for a new sheet: "Sheet4" style, the first free number. */
  defaultSheetName(): string {
    for (let i = this.sheets.length + 1; ; i++) {
      const n = `Sheet${i}`;
      if (!this.findSheet(n)) return n;
    }
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === 'VeryHidden')
      throw new WorkbookError('InvalidOperation', "This operation is not permitted for the current object. (A very hidden sheet can't be deleted: make it hidden first.)");
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length === 1)
      throw new WorkbookError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? '';
    // Formulas of defined names and conditional formats that pointed at it now point nowhere.
    const ref = new RegExp(`(^|[^A-Za-z0-9_.'])${escapeRe(quoteSheet(sheet.name))}!\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?`, 'g');
    for (const s of this.sheets)
      for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = cf.formula.replace(ref, '$1#REF!');
    for (const n of this.names) n.formula = n.formula.replace(ref, '$1#REF!');
  }

  setVisibility(sheet: SheetModel, v: Visibility): void {
    if (v !== 'Visible' && sheet.visibility === 'Visible' && this.sheets.filter((s) => s.visibility === 'Visible').length === 1)
      throw new WorkbookError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    sheet.visibility = v;
    if (v !== 'Visible' && this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? '';
  }

  rename(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkNewName(name, sheet);
    const from = quoteSheet(sheet.name);
    const to = quoteSheet(name);
    for (const s of this.sheets) for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = cf.formula.split(`${from}!`).join(`${to}!`);
    for (const n of this.names) n.formula = n.formula.split(`${from}!`).join(`${to}!`);
    sheet.name = name;
  }

  // ---------- whole state ----------

  /** The whole state as plain data, sheets in tab order; equal snapshots = equal workbooks. */
  snapshot(): WorkbookSnapshot {
    return {
      fileName: this.fileName,
      activeSheet: this.sheets.find((s) => s.id === this.activeSheetId)?.name ?? null,
      sheets: this.sheets.map((s, position) => {
        const cells: Record<string, SnapshotCell> = {};
        s.rows.forEach((row, r) => {
          if (!row) return;
          row.forEach((cell, c) => {
            if (isEmptyCell(cell)) return;
            const out: SnapshotCell = {};
            if (cell!.value !== undefined) out.value = structuredClone(cell!.value);
            if (cell!.formula !== undefined) out.formula = cell!.formula;
            if (cell!.numberFormat !== undefined) out.numberFormat = cell!.numberFormat;
            if (!emptyStyle(cell!.style)) out.style = sortKeys(copyStyle(cell!.style)!) as CellStyle;
            cells[cellAddress(r, c)] = out;
          });
        });
        return {
          id: s.id,
          name: s.name,
          position,
          visibility: s.visibility,
          protected: s.protected,
          tabColor: s.tabColor ?? null,
          freeze: s.freeze ? { ...s.freeze } : null,
          pageLayout: s.pageLayout ? structuredClone(s.pageLayout) : null,
          selection: s.selection,
          merges: [...(s.merges ?? [])],
          columnWidths: Object.fromEntries([...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([c, w]) => [String(c), w])),
          cells,
          conditionalFormats: s.conditionalFormats.map((cf) => sortKeys(structuredClone(cf)) as ConditionalFormatModel),
          dataValidations: s.dataValidations.map((d) => structuredClone(d)),
          notes: Object.fromEntries(this.notesOf(s).map(({ note: n }) => [cellAddress(n.r, n.c), { content: n.content, author: n.author, visible: n.visible, width: n.width, height: n.height }])),
        };
      }),
      names: this.names.map((n) => ({ ...n })),
      customXmlParts: this.customXmlParts.map((p) => ({ ...p })),
      settings: Object.fromEntries([...this.settings.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, structuredClone(v)])),
    };
  }

  /**
   * Save and reopen: the state is written out as a file would hold it and read back. Transient
   * state goes (the host's object references, anything not in the file); empty cells are not stored.
   */
  saveAndReopen(): void {
    const file = this.snapshot();
    this.sheets = file.sheets.map((s) => {
      const sheet: SheetModel = {
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        rows: [],
        columnWidths: new Map(Object.entries(s.columnWidths).map(([c, w]) => [Number(c), w])),
        conditionalFormats: s.conditionalFormats,
        dataValidations: s.dataValidations,
        selection: s.selection,
        notes: new Map(
          Object.entries(s.notes).map(([addr, n]): [string, NoteModel] => {
            const b = parseArea(addr)!;
            return [addr, { r: b.r0, c: b.c0, ...n }];
          }),
        ),
      };
      if (s.merges.length) sheet.merges = [...s.merges];
      if (s.freeze) sheet.freeze = s.freeze;
      if (s.pageLayout) sheet.pageLayout = s.pageLayout;
      if (s.tabColor) sheet.tabColor = s.tabColor;
      for (const [addr, cell] of Object.entries(s.cells)) {
        const b = parseArea(addr)!;
        const c = this.cellForWrite(sheet, b.r0, b.c0);
        Object.assign(c, structuredClone(cell));
      }
      return sheet;
    });
    this.names = file.names;
    this.customXmlParts = file.customXmlParts;
    this.settings = new Map(Object.entries(file.settings));
    this.activeSheetId = this.sheets.find((s) => s.name === file.activeSheet)?.id ?? this.sheets[0]?.id ?? '';
    this.epoch++;
  }

  /** Reads a sheet's values as rows of plain values ('' for empty), for assertions. */
  valuesOf(sheet: string, area: string): (ModelValue | '')[][] {
    const s = this.sheet(sheet);
    const b = this.area(area);
    const out: (ModelValue | '')[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: (ModelValue | '')[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(s.rows[r]?.[c]?.value ?? '');
      out.push(row);
    }
    return out;
  }

  addressOf(sheet: SheetModel, b: Bounds): string {
    return `${quoteSheet(sheet.name)}!${boundsAddress(b)}`;
  }
}

export interface SnapshotCell {
  value?: ModelValue;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface SnapshotNote {
  content: string;
  author: string;
  visible: boolean;
  width: number;
  height: number;
}

export interface WorkbookSnapshot {
  fileName: string;
  activeSheet: string | null;
  sheets: {
    id: string;
    name: string;
    position: number;
    visibility: Visibility;
    protected: boolean;
    tabColor: string | null;
    freeze: { rows: number; columns: number } | null;
    pageLayout: PageLayoutModel | null;
    selection: string;
    merges: string[];
    columnWidths: Record<string, number>;
    cells: Record<string, SnapshotCell>;
    conditionalFormats: ConditionalFormatModel[];
    dataValidations: DataValidationModel[];
    /** Notes by cell address, row by row. */
    notes: Record<string, SnapshotNote>;
  }[];
  names: NamedItemModel[];
  customXmlParts: CustomXmlPartModel[];
  settings: Record<string, unknown>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sortKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(sortKeys) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out as T;
  }
  return v;
}
