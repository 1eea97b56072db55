// The emulated Excel host: answers the RichApi requests the real Office.js library sends on each
// context.sync() (see /work/shared/OFFICE-HOST.md for the wire format), over a Workbook model.
//
// It enforces what Excel enforces and the add-in must respect: 5 MB request and response bodies
// (measured on the wire JSON text, UTF-8), 5,000,000 cells per read, 8,192-character addresses,
// AccessDenied on protected sheets, and a requirement matrix (a member whose [Api set] tag is above
// it fails with ApiNotFound). Members Excel does not have fail with InvalidArgument; members Excel
// has but this host does not emulate fail with ApiNotFound and say so, so nothing passes silently.

import { type Bounds, MAX_COLS, MAX_ROWS, boundsAddress, cellAddress, cellCount, intersect, parseArea, quoteSheet, splitSheet } from './a1';
import { compareVersions, memberSet } from './apisets';
import {
  type Border,
  type BorderSide,
  type Cell,
  type CellStyle,
  type CfFormat,
  type ConditionalFormatModel,
  type CustomXmlPartModel,
  type NamedItemModel,
  type NoteModel,
  type PageLayoutModel,
  type SheetModel,
  type Visibility,
  Workbook,
  WorkbookError,
} from './workbook';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
export const ADDRESS_LIMIT = 8192;

/** Status codes of the host transport (OSF RichApi) for the payload limits. */
export const OOE_REQUEST_TOO_LARGE = 5103;
export const OOE_RESPONSE_TOO_LARGE = 5104;

export interface HostOptions {
  /** Highest ExcelApi set supported: '1.7' (Office 2019), '1.18', '1.20' (Microsoft 365). Default '1.7'. */
  api?: string;
  /** Other sets to report from GetSupportedMatrix. */
  extraSets?: Record<string, string>;
  /** Request / response limit in bytes (default 5 MB, as Excel on the web). */
  payloadLimit?: number;
  /** Reproduce known host bugs. */
  quirks?: {
    /** Reading any conditional format's rule or format fails (OfficeDev/office-js #6827, #6835). */
    conditionalFormatReadThrows?: boolean;
    /**
     * Excel on the web: a note's visible, width and height are not supported, so loading a note
     * without naming its properties (notes.load('items')) fails (OfficeDev/office-js #6198).
     */
    notesOnTheWeb?: boolean;
  };
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly writes: boolean;
  /** A request the library makes on its own (`_RemoveReference` clean-up, telemetry probe). */
  readonly cleanup: boolean;
  readonly error?: string;
}

export interface HostStats {
  /** Every request received. */
  requests: number;
  /** The add-in's syncs: requests other than the library's own (reference clean-up, telemetry probe). */
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  log: SyncRecord[];
  /**
   * Excel members the requests touched ("Worksheet.notes", "NoteCollection.add", …), refused ones
   * included; a property set is recorded with a trailing "=" ("Note.content=").
   */
  members: Set<string>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** A live object of the emulated host. */
interface HostObj {
  readonly cls: string;
  readonly sheet?: SheetModel;
  readonly b?: Bounds;
  readonly cf?: ConditionalFormatModel;
  readonly side?: string;
  readonly part?: CustomXmlPartModel;
  readonly ns?: string;
  readonly name?: NamedItemModel;
  readonly key?: string;
  /** RangeAreas: the areas. */
  readonly areas?: Bounds[];
}

class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location = '',
    readonly status = 400,
  ) {
    super(message);
  }
}

const fail = (code: string, message: string, location = ''): never => {
  throw new HostError(code, message, location, code === 'ItemNotFound' ? 404 : code === 'AccessDenied' ? 403 : 400);
};

const invalidArg = (what: string, location = ''): never =>
  fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`, location);

function camel(n: string): string {
  return n.charAt(0).toLowerCase() + n.slice(1);
}
function pascal(n: string): string {
  return n.charAt(0).toUpperCase() + n.slice(1);
}

type Getter = (o: HostObj, h: RichApiHost) => unknown;
type Setter = (o: HostObj, v: unknown, h: RichApiHost) => void;
/** `refs[i]` is the host object passed as argument i (a Range proxy), when one was. */
type Method = (o: HostObj, args: unknown[], h: RichApiHost, refs: readonly (HostObj | null | undefined)[]) => unknown;

interface ClassSpec {
  props?: Record<string, { get?: Getter; set?: Setter }>;
  navs?: Record<string, (o: HostObj, h: RichApiHost) => HostObj | null>;
  /** Methods that return an object (ObjectPathType 3) or a value / nothing (ActionType 3). */
  methods?: Record<string, Method>;
  /** Methods that change the sheet (refused on a protected sheet). */
  writes?: readonly string[];
  indexer?: (o: HostObj, key: unknown, h: RichApiHost) => HostObj;
  items?: (o: HostObj, h: RichApiHost) => HostObj[];
  /** The Id the library uses to re-address the object (indexer on its collection). */
  id?: (o: HostObj, h: RichApiHost) => string;
  /** The sheet whose protection guards writes to this object. */
  guard?: (o: HostObj) => SheetModel | undefined;
}

const SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const CF_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const ERROR_STRINGS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

function normColor(v: unknown): string {
  if (typeof v !== 'string') return invalidArg('color');
  const named: Record<string, string> = { red: '#FF0000', yellow: '#FFFF00', white: '#FFFFFF', black: '#000000', green: '#008000', blue: '#0000FF', orange: '#FFA500' };
  const n = named[v.toLowerCase()];
  if (n) return n;
  if (!/^#[0-9A-Fa-f]{6}$/.test(v)) return invalidArg(`color ${v}`);
  return v.toUpperCase();
}

/** One value over every cell of a range, or null when they differ (as Excel reports mixed formats). */
function uniform<T>(h: RichApiHost, o: HostObj, pick: (c: Cell | undefined) => T): T | null {
  const b = o.b!;
  let first = true;
  let out: T | null = null;
  const n = cellCount(b);
  if (n > 1_000_000) return null;
  for (let r = b.r0; r <= b.r1; r++)
    for (let c = b.c0; c <= b.c1; c++) {
      const v = pick(h.workbook.getCell(o.sheet!, r, c));
      if (first) {
        out = v;
        first = false;
      } else if (v !== out) return null;
    }
  return out;
}

function eachCell(h: RichApiHost, o: HostObj, f: (c: Cell) => void): void {
  const b = o.b!;
  if (cellCount(b) > 2_000_000) fail('InvalidOperation', 'This operation is not permitted on a range this large (emulated host).');
  for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) f(h.workbook.cellForWrite(o.sheet!, r, c));
  h.workbook.prune(o.sheet!, b.r0, b.r1);
}

function styleOf(c: Cell): CellStyle {
  if (!c.style) c.style = {};
  return c.style;
}

function rowsOf(h: RichApiHost, o: HostObj, pick: (c: Cell | undefined) => Json): Json[][] {
  const b = o.b!;
  if (cellCount(b) > CELL_READ_LIMIT) fail('InvalidOperation', `The range has more than ${CELL_READ_LIMIT} cells; read it in blocks.`);
  const out: Json[][] = [];
  for (let r = b.r0; r <= b.r1; r++) {
    const src = o.sheet!.rows[r];
    const row: Json[] = new Array(b.c1 - b.c0 + 1);
    for (let c = b.c0; c <= b.c1; c++) row[c - b.c0] = pick(src?.[c]);
    out.push(row);
  }
  return out;
}

function wireValue(c: Cell | undefined): Json {
  const v = c?.value;
  if (v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function valueType(c: Cell | undefined): Json {
  const v = c?.value;
  if (v === undefined) return 'Empty';
  if (typeof v === 'object') return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** Applies a 2-D (or scalar) argument to each cell of a range, as Excel's setters do. */
function writeGrid(h: RichApiHost, o: HostObj, v: unknown, what: string, apply: (c: Cell, x: unknown) => void): void {
  const b = o.b!;
  const rows = b.r1 - b.r0 + 1;
  const cols = b.c1 - b.c0 + 1;
  if (!Array.isArray(v)) {
    eachCell(h, o, (c) => apply(c, v));
    return;
  }
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
    invalidArg(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  for (let i = 0; i < rows; i++) {
    const row = v[i] as unknown[];
    for (let j = 0; j < cols; j++) {
      const x = row[j];
      if (x === null || x === undefined) continue;
      apply(h.workbook.cellForWrite(o.sheet!, b.r0 + i, b.c0 + j), x);
    }
  }
  h.workbook.prune(o.sheet!, b.r0, b.r1);
}

function setCellValue(c: Cell, x: unknown): void {
  if (typeof x === 'string') {
    if (x.startsWith('=') && x.length > 1) {
      c.formula = x;
      c.value = undefined;
      return;
    }
    c.formula = undefined;
    if (x === '') c.value = undefined;
    else if (ERROR_STRINGS.includes(x)) c.value = { error: x };
    else c.value = x;
    return;
  }
  if (typeof x === 'number' || typeof x === 'boolean') {
    c.formula = undefined;
    c.value = x;
    return;
  }
  invalidArg('values');
}

function layoutOf(sheet: SheetModel): PageLayoutModel {
  return (sheet.pageLayout ??= { orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: '' });
}

function rangeOf(sheet: SheetModel, b: Bounds): HostObj {
  return { cls: 'Range', sheet, b };
}

function usedOr(h: RichApiHost, sheet: SheetModel, valuesOnly: unknown, within?: Bounds): Bounds | undefined {
  const u = h.workbook.usedBounds(sheet, valuesOnly === true);
  if (!u) return undefined;
  return within ? intersect(u, within) : u;
}

function parseRangeArg(h: RichApiHost, sheet: SheetModel, addr: unknown, location: string): Bounds {
  if (addr === undefined || addr === null || addr === '') return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
  if (typeof addr !== 'string') return invalidArg('address', location);
  if (addr.length > ADDRESS_LIMIT) return invalidArg(`address longer than ${ADDRESS_LIMIT} characters`, location);
  const { sheet: qual, area } = splitSheet(addr);
  if (qual !== undefined && qual.toLowerCase() !== sheet.name.toLowerCase()) return invalidArg(`address ${addr} is on another sheet`, location);
  if (area.includes(',')) return invalidArg(`a range is one rectangular area; ${addr} has several (use getRanges, ExcelApi 1.9)`, location);
  const b = parseArea(area);
  if (!b) {
    const named = h.workbook.names.find((n) => n.name.toLowerCase() === area.toLowerCase());
    if (named) {
      const t = splitSheet(named.formula.replace(/^=/, ''));
      const nb = parseArea(t.area.replace(/\$/g, ''));
      if (nb) return nb;
    }
    return invalidArg(`address ${addr}`, location);
  }
  return b;
}

function cfRangeBounds(cf: ConditionalFormatModel): Bounds | undefined {
  return parseArea(cf.range.split(',')[0]);
}

function cfOf(o: HostObj): ConditionalFormatModel {
  return o.cf!;
}

function cfFormat(o: HostObj): CfFormat {
  return o.cf!.format;
}

function cfReadGuard(h: RichApiHost, what: string): void {
  if (h.options.quirks?.conditionalFormatReadThrows) fail('GeneralException', `An internal error has occurred. (reading ${what}; OfficeDev/office-js #6827)`);
}

function requireType(o: HostObj, type: string, what: string): void {
  if (o.cf!.type !== type) fail('InvalidOperation', `This operation is not permitted for the current object. (${what} of a ${o.cf!.type} conditional format)`);
}

function borderOf(c: Cell, side: string): Border {
  const s = styleOf(c);
  if (!s.borders) s.borders = {};
  let b = s.borders[side as BorderSide];
  if (!b) s.borders[side as BorderSide] = b = { style: 'None' };
  return b;
}

function cleanBorder(c: Cell, side: string): void {
  const b = c.style?.borders?.[side as BorderSide];
  if (b && b.style === 'None' && !b.color) delete c.style!.borders![side as BorderSide];
}

const WORKSHEET_VIS: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

function partsIn(h: RichApiHost, ns?: string): CustomXmlPartModel[] {
  return h.workbook.customXmlParts.filter((p) => ns === undefined || p.namespaceUri === ns);
}

function checkXml(xml: unknown): string {
  if (typeof xml !== 'string' || !/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_][\w.:-]*[\s\S]*>\s*$/.test(xml)) return invalidArg('xml');
  return xml;
}

function nsOf(xml: string): string {
  const m = /<(?:[\w.-]+:)?[\w.-]+[^>]*?\sxmlns="([^"]*)"/.exec(xml);
  return m ? m[1] : '';
}

function noteObj(sheet: SheetModel, note: NoteModel): HostObj {
  return { cls: 'Note', sheet, key: cellAddress(note.r, note.c) };
}

/** The note a Note object stands for; it fails once the note is deleted, as Excel's objects do. */
function noteOf(h: RichApiHost, o: HostObj): NoteModel {
  const n = o.sheet!.notes.get(o.key!);
  return n ?? fail('ItemNotFound', "The requested resource doesn't exist.", 'Note');
}

/** A note by its cell address ("B7"; "'Sổ quỹ'!B7" in the workbook's collection). */
function findNote(h: RichApiHost, o: HostObj, key: unknown): { sheet: SheetModel; note: NoteModel } | undefined {
  if (typeof key !== 'string') return invalidArg('note key', 'NoteCollection.getItem');
  const { sheet: qual, area } = splitSheet(key);
  const sheet = qual === undefined ? (o.sheet ?? h.workbook.sheet(h.workbook.activeSheetId)) : h.workbook.findSheet(qual);
  if (!sheet || (o.sheet && sheet !== o.sheet)) return undefined;
  const b = parseArea(area.replace(/\$/g, ''));
  if (!b) return invalidArg(`note key ${key}`, 'NoteCollection.getItem');
  const note = sheet.notes.get(cellAddress(b.r0, b.c0));
  return note ? { sheet, note } : undefined;
}

/**
 * Where NoteCollection.add puts a note: one cell, given as text or as a Range. A worksheet's
 * collection takes cells of its own sheet only; the workbook's takes any sheet (the active one when
 * the address names none). Several cells or a bad address: InvalidArgument (the documented code).
 */
function noteTarget(h: RichApiHost, o: HostObj, arg: unknown, ref: HostObj | null | undefined): { sheet: SheetModel; b: Bounds } {
  let sheet: SheetModel | undefined;
  let b: Bounds | undefined;
  if (ref?.cls === 'Range') {
    sheet = ref.sheet;
    b = ref.b;
  } else if (typeof arg === 'string') {
    const { sheet: qual, area } = splitSheet(arg);
    sheet = qual === undefined ? (o.sheet ?? h.workbook.sheet(h.workbook.activeSheetId)) : h.workbook.findSheet(qual);
    b = parseArea(area.replace(/\$/g, ''));
  }
  if (!sheet || !b || (o.sheet && sheet !== o.sheet)) return invalidArg(`cellAddress ${String(arg)}`, 'NoteCollection.add');
  if (b.r0 !== b.r1 || b.c0 !== b.c1) return invalidArg(`a note goes on one cell, not ${boundsAddress(b)}`, 'NoteCollection.add');
  return { sheet, b };
}

/** Note.visible / width / height: not supported by Excel on the web (#6198). */
function webNoteProperty<T>(h: RichApiHost, name: string, f: () => T): T {
  if (h.options.quirks?.notesOnTheWeb) fail('NotImplemented', `The requested operation is not implemented. (Note.${name} in Excel on the web; OfficeDev/office-js #6198)`, `Note.${name}`);
  return f();
}

function notePoints(v: unknown, what: string): number {
  return typeof v === 'number' && v > 0 ? v : invalidArg(what, `Note.${what}`);
}

const CLASSES: Record<string, ClassSpec> = {
  Workbook: {
    props: { name: { get: (_o, h) => h.workbook.fileName } },
    navs: {
      Worksheets: () => ({ cls: 'WorksheetCollection' }),
      Names: () => ({ cls: 'NamedItemCollection' }),
      CustomXmlParts: () => ({ cls: 'CustomXmlPartCollection' }),
      Application: () => ({ cls: 'Application' }),
      Settings: () => ({ cls: 'SettingCollection' }),
      Notes: () => ({ cls: 'NoteCollection' }),
    },
    methods: {
      GetSelectedRange: (_o, _a, h) => {
        const s = h.workbook.sheet(h.workbook.activeSheetId);
        return rangeOf(s, h.workbook.area(s.selection.split(',')[0]));
      },
      GetActiveCell: (_o, _a, h) => {
        const s = h.workbook.sheet(h.workbook.activeSheetId);
        const b = h.workbook.area(s.selection.split(',')[0]);
        return rangeOf(s, { r0: b.r0, c0: b.c0, r1: b.r0, c1: b.c0 });
      },
      _RemoveReference: (_o, a, h) => {
        h.refs.delete(String(a[0]));
      },
    },
  },
  Application: {
    props: { calculationMode: { get: () => 'Automatic' } },
    methods: {
      SuspendApiCalculationUntilNextSync: () => undefined,
      Calculate: () => undefined,
    },
  },
  WorksheetCollection: {
    items: (_o, h) => h.workbook.sheets.map((sheet) => ({ cls: 'Worksheet', sheet })),
    indexer: (_o, key, h) => {
      const s = typeof key === 'string' ? h.workbook.findSheet(key) : undefined;
      if (!s) return fail('ItemNotFound', "The requested resource doesn't exist.", 'WorksheetCollection.getItem');
      return { cls: 'Worksheet', sheet: s };
    },
    methods: {
      GetItemOrNullObject: (_o, a, h) => {
        const s = typeof a[0] === 'string' ? h.workbook.findSheet(a[0]) : undefined;
        return s ? { cls: 'Worksheet', sheet: s } : null;
      },
      Add: (_o, a, h) => {
        const name = a[0] === undefined || a[0] === null || a[0] === '' ? h.workbook.defaultSheetName() : String(a[0]);
        return { cls: 'Worksheet', sheet: h.wrap(() => h.workbook.addSheet(name)) };
      },
      GetActiveWorksheet: (_o, _a, h) => ({ cls: 'Worksheet', sheet: h.workbook.sheet(h.workbook.activeSheetId) }),
      GetCount: (_o, a, h) => h.workbook.sheets.filter((s) => a[0] !== true || s.visibility === 'Visible').length,
      GetFirst: (_o, a, h) => ({ cls: 'Worksheet', sheet: h.workbook.sheets.filter((s) => a[0] !== true || s.visibility === 'Visible')[0] ?? fail('ItemNotFound', 'No sheet.') }),
      GetLast: (_o, a, h) => ({ cls: 'Worksheet', sheet: h.workbook.sheets.filter((s) => a[0] !== true || s.visibility === 'Visible').at(-1) ?? fail('ItemNotFound', 'No sheet.') }),
    },
  },
  Worksheet: {
    id: (o) => o.sheet!.id,
    props: {
      name: { get: (o) => o.sheet!.name, set: (o, v, h) => h.wrap(() => h.workbook.rename(o.sheet!, String(v))) },
      id: { get: (o) => o.sheet!.id },
      position: {
        get: (o, h) => h.workbook.position(o.sheet!),
        set: (o, v, h) => {
          const to = Number(v);
          if (!Number.isInteger(to) || to < 0 || to >= h.workbook.sheets.length) invalidArg('position');
          h.workbook.sheets.splice(h.workbook.sheets.indexOf(o.sheet!), 1);
          h.workbook.sheets.splice(to, 0, o.sheet!);
        },
      },
      visibility: {
        get: (o) => o.sheet!.visibility,
        set: (o, v, h) => {
          if (!WORKSHEET_VIS.includes(v as Visibility)) invalidArg(`visibility ${String(v)}`);
          h.wrap(() => h.workbook.setVisibility(o.sheet!, v as Visibility));
        },
      },
      tabColor: {
        get: (o) => o.sheet!.tabColor ?? '',
        set: (o, v) => {
          o.sheet!.tabColor = v === '' ? undefined : normColor(v);
        },
      },
      standardWidth: { get: () => 8.43 },
    },
    navs: {
      Protection: (o) => ({ cls: 'WorksheetProtection', sheet: o.sheet }),
      FreezePanes: (o) => ({ cls: 'WorksheetFreezePanes', sheet: o.sheet }),
      PageLayout: (o) => ({ cls: 'PageLayout', sheet: o.sheet }),
      Notes: (o) => ({ cls: 'NoteCollection', sheet: o.sheet }),
    },
    methods: {
      GetRange: (o, a, h) => rangeOf(o.sheet!, parseRangeArg(h, o.sheet!, a[0], 'Worksheet.getRange')),
      GetRangeByIndexes: (o, a) => {
        const [r, c, rows, cols] = a.map(Number);
        if (![r, c, rows, cols].every(Number.isInteger) || r < 0 || c < 0 || rows < 1 || cols < 1 || r + rows > MAX_ROWS || c + cols > MAX_COLS)
          invalidArg('getRangeByIndexes', 'Worksheet.getRangeByIndexes');
        return rangeOf(o.sheet!, { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 });
      },
      GetCell: (o, a) => {
        const [r, c] = a.map(Number);
        return rangeOf(o.sheet!, { r0: r, c0: c, r1: r, c1: c });
      },
      GetRanges: (o, a, h) => {
        const text = typeof a[0] === 'string' ? a[0] : invalidArg('address', 'Worksheet.getRanges');
        if (text.length > ADDRESS_LIMIT) invalidArg(`address longer than ${ADDRESS_LIMIT} characters`, 'Worksheet.getRanges');
        return { cls: 'RangeAreas', sheet: o.sheet, areas: text.split(',').map((p) => parseRangeArg(h, o.sheet!, p.trim(), 'Worksheet.getRanges')) };
      },
      GetUsedRange: (o, a, h) => rangeOf(o.sheet!, usedOr(h, o.sheet!, a[0]) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }),
      GetUsedRangeOrNullObject: (o, a, h) => {
        const u = usedOr(h, o.sheet!, a[0]);
        return u ? rangeOf(o.sheet!, u) : null;
      },
      Activate: (o, _a, h) => {
        if (o.sheet!.visibility !== 'Visible') fail('InvalidOperation', 'This operation is not permitted for the current object. (activating a hidden sheet)');
        h.workbook.activeSheetId = o.sheet!.id;
      },
      Delete: (o, _a, h) => h.wrap(() => h.workbook.deleteSheet(o.sheet!)),
    },
  },
  WorksheetProtection: {
    props: {
      protected: { get: (o) => o.sheet!.protected },
      options: { get: () => ({}) },
    },
    methods: {
      Protect: (o) => {
        if (o.sheet!.protected) fail('InvalidOperation', 'The sheet is already protected.');
        o.sheet!.protected = true;
      },
      Unprotect: (o) => {
        o.sheet!.protected = false;
      },
    },
  },
  WorksheetFreezePanes: {
    guard: (o) => o.sheet,
    methods: {
      FreezeRows: (o, a) => {
        o.sheet!.freeze = { rows: Number(a[0] ?? 1), columns: 0 };
      },
      FreezeColumns: (o, a) => {
        o.sheet!.freeze = { rows: 0, columns: Number(a[0] ?? 1) };
      },
      FreezeAt: (o, a, h) => {
        const b = typeof a[0] === 'string' ? parseRangeArg(h, o.sheet!, a[0], 'WorksheetFreezePanes.freezeAt') : invalidArg('freezeAt');
        o.sheet!.freeze = { rows: b.r1 + 1, columns: b.c1 + 1 };
      },
      Unfreeze: (o) => {
        o.sheet!.freeze = undefined;
      },
      GetLocationOrNullObject: (o) => {
        const f = o.sheet!.freeze;
        if (!f || (f.rows === 0 && f.columns === 0)) return null;
        return rangeOf(o.sheet!, { r0: 0, c0: 0, r1: Math.max(0, f.rows - 1), c1: Math.max(0, f.columns - 1) });
      },
    },
    writes: ['FreezeRows', 'FreezeColumns', 'FreezeAt', 'Unfreeze'],
  },
  PageLayout: {
    guard: (o) => o.sheet,
    props: {
      orientation: {
        get: (o) => o.sheet!.pageLayout?.orientation ?? 'Portrait',
        set: (o, v) => {
          if (v !== 'Portrait' && v !== 'Landscape') return invalidArg('orientation');
          layoutOf(o.sheet!).orientation = v;
        },
      },
      zoom: {
        get: (o) => o.sheet!.pageLayout?.zoom ?? { scale: 100 },
        set: (o, v) => {
          if (!v || typeof v !== 'object') invalidArg('zoom');
          layoutOf(o.sheet!).zoom = structuredClone(v as PageLayoutModel['zoom']);
        },
      },
    },
    methods: {
      SetPrintTitleRows: (o, a, h) => {
        const text = typeof a[0] === 'string' ? a[0] : invalidArg('printTitleRows');
        parseRangeArg(h, o.sheet!, text.replace(/\$/g, ''), 'PageLayout.setPrintTitleRows');
        layoutOf(o.sheet!).printTitleRows = text;
      },
    },
    writes: ['SetPrintTitleRows'],
  },
  Range: {
    guard: (o) => o.sheet,
    props: {
      address: { get: (o) => `${quoteSheet(o.sheet!.name)}!${boundsAddress(o.b!)}` },
      addressLocal: { get: (o) => `${quoteSheet(o.sheet!.name)}!${boundsAddress(o.b!)}` },
      rowIndex: { get: (o) => o.b!.r0 },
      columnIndex: { get: (o) => o.b!.c0 },
      rowCount: { get: (o) => o.b!.r1 - o.b!.r0 + 1 },
      columnCount: { get: (o) => o.b!.c1 - o.b!.c0 + 1 },
      cellCount: { get: (o) => cellCount(o.b!) },
      values: {
        get: (o, h) => rowsOf(h, o, wireValue),
        set: (o, v, h) => writeGrid(h, o, v, 'values', setCellValue),
      },
      formulas: {
        get: (o, h) => rowsOf(h, o, (c) => c?.formula ?? wireValue(c)),
        set: (o, v, h) => writeGrid(h, o, v, 'formulas', setCellValue),
      },
      numberFormat: {
        get: (o, h) => rowsOf(h, o, (c) => c?.numberFormat ?? 'General'),
        set: (o, v, h) =>
          writeGrid(h, o, v, 'numberFormat', (c, x) => {
            if (typeof x !== 'string') invalidArg('numberFormat');
            c.numberFormat = x === 'General' ? undefined : (x as string);
          }),
      },
      valueTypes: { get: (o, h) => rowsOf(h, o, valueType) },
      text: { get: (o, h) => rowsOf(h, o, (c) => (c?.value === undefined ? '' : typeof c.value === 'object' ? c.value.error : String(c.value))) },
      isEntireColumn: { get: (o) => o.b!.r0 === 0 && o.b!.r1 === MAX_ROWS - 1 },
      isEntireRow: { get: (o) => o.b!.c0 === 0 && o.b!.c1 === MAX_COLS - 1 },
    },
    navs: {
      Format: (o) => ({ cls: 'RangeFormat', sheet: o.sheet, b: o.b }),
      ConditionalFormats: (o) => ({ cls: 'ConditionalFormatCollection', sheet: o.sheet, b: o.b }),
      Worksheet: (o) => ({ cls: 'Worksheet', sheet: o.sheet }),
      DataValidation: (o) => ({ cls: 'DataValidation', sheet: o.sheet, b: o.b }),
    },
    methods: {
      GetCell: (o, a) => {
        const [r, c] = a.map(Number);
        return rangeOf(o.sheet!, { r0: o.b!.r0 + r, c0: o.b!.c0 + c, r1: o.b!.r0 + r, c1: o.b!.c0 + c });
      },
      GetRow: (o, a) => rangeOf(o.sheet!, { ...o.b!, r0: o.b!.r0 + Number(a[0]), r1: o.b!.r0 + Number(a[0]) }),
      GetColumn: (o, a) => rangeOf(o.sheet!, { ...o.b!, c0: o.b!.c0 + Number(a[0]), c1: o.b!.c0 + Number(a[0]) }),
      GetEntireColumn: (o) => rangeOf(o.sheet!, { ...o.b!, r0: 0, r1: MAX_ROWS - 1 }),
      GetEntireRow: (o) => rangeOf(o.sheet!, { ...o.b!, c0: 0, c1: MAX_COLS - 1 }),
      GetOffsetRange: (o, a) => {
        const [dr, dc] = a.map(Number);
        const b = { r0: o.b!.r0 + dr, c0: o.b!.c0 + dc, r1: o.b!.r1 + dr, c1: o.b!.c1 + dc };
        if (b.r0 < 0 || b.c0 < 0 || b.r1 >= MAX_ROWS || b.c1 >= MAX_COLS) invalidArg('offset');
        return rangeOf(o.sheet!, b);
      },
      GetResizedRange: (o, a) => {
        const [dr, dc] = a.map(Number);
        return rangeOf(o.sheet!, { ...o.b!, r1: o.b!.r1 + dr, c1: o.b!.c1 + dc });
      },
      GetBoundingRect: (o, a, h) => {
        const other = h.rangeArg(o.sheet!, a[0]);
        const b = o.b!;
        return rangeOf(o.sheet!, { r0: Math.min(b.r0, other.r0), c0: Math.min(b.c0, other.c0), r1: Math.max(b.r1, other.r1), c1: Math.max(b.c1, other.c1) });
      },
      GetIntersection: (o, a, h) => {
        const other = h.rangeArg(o.sheet!, a[0]);
        const b = intersect(o.b!, other);
        return b ? rangeOf(o.sheet!, b) : invalidArg('no intersection');
      },
      GetIntersectionOrNullObject: (o, a, h) => {
        const b = intersect(o.b!, h.rangeArg(o.sheet!, a[0]));
        return b ? rangeOf(o.sheet!, b) : null;
      },
      GetUsedRange: (o, a, h) => rangeOf(o.sheet!, usedOr(h, o.sheet!, a[0], o.b) ?? { r0: o.b!.r0, c0: o.b!.c0, r1: o.b!.r0, c1: o.b!.c0 }),
      GetUsedRangeOrNullObject: (o, a, h) => {
        const u = usedOr(h, o.sheet!, a[0], o.b);
        return u ? rangeOf(o.sheet!, u) : null;
      },
      Select: (o, _a, h) => {
        if (o.sheet!.id !== h.workbook.activeSheetId) {
          // Excel activates the sheet; on some builds it selects on the wrong sheet (#5118).
          if (o.sheet!.visibility !== 'Visible') fail('InvalidOperation', 'Cannot select a range on a hidden sheet.');
          h.workbook.activeSheetId = o.sheet!.id;
        }
        o.sheet!.selection = boundsAddress(o.b!);
      },
      Clear: (o, a, h) => h.workbook.clearArea(o.sheet!, o.b!, (a[0] as 'All' | 'Contents' | 'Formats' | undefined) ?? 'All'),
      // The library checks the shape of a large write before splitting it into row blocks.
      _ValidateArraySize: (o, a) => {
        if (Number(a[0]) !== o.b!.r1 - o.b!.r0 + 1 || Number(a[1]) !== o.b!.c1 - o.b!.c0 + 1)
          invalidArg("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      },
      Merge: (o, a) => {
        const across = a[0] === true;
        const b = o.b!;
        const areas = across ? Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => ({ r0: b.r0 + i, c0: b.c0, r1: b.r0 + i, c1: b.c1 })) : [b];
        const sheet = o.sheet!;
        sheet.merges = [...(sheet.merges ?? []).filter((m) => !intersect(parseArea(m)!, b)), ...areas.map(boundsAddress)];
      },
      GetMergedAreasOrNullObject: (o) => {
        const areas = (o.sheet!.merges ?? []).map((m) => parseArea(m)!).filter((m) => intersect(m, o.b!));
        return areas.length ? { cls: 'RangeAreas', sheet: o.sheet, areas } : null;
      },
    },
    writes: ['Clear', 'Merge'],
  },
  RangeAreas: {
    guard: (o) => o.sheet,
    props: {
      address: { get: (o) => o.areas!.map((b) => `${quoteSheet(o.sheet!.name)}!${boundsAddress(b)}`).join(',') },
      areaCount: { get: (o) => o.areas!.length },
    },
    methods: {
      Select: (o, _a, h) => {
        if (o.sheet!.visibility !== 'Visible') fail('InvalidOperation', 'Cannot select a range on a hidden sheet.');
        h.workbook.activeSheetId = o.sheet!.id;
        o.sheet!.selection = o.areas!.map(boundsAddress).join(',');
      },
    },
  },
  RangeFormat: {
    guard: (o) => o.sheet,
    props: {
      columnWidth: {
        get: (o) => o.sheet!.columnWidths.get(o.b!.c0) ?? 64,
        set: (o, v) => {
          if (typeof v !== 'number' || v < 0) invalidArg('columnWidth');
          for (let c = o.b!.c0; c <= Math.min(o.b!.c1, o.b!.c0 + 16384); c++) o.sheet!.columnWidths.set(c, v as number);
        },
      },
      wrapText: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.wrapText ?? false),
        set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).wrapText = v === true ? true : undefined)),
      },
      horizontalAlignment: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.horizontalAlignment ?? 'General'),
        set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).horizontalAlignment = v === 'General' ? undefined : String(v))),
      },
    },
    navs: {
      Fill: (o) => ({ ...o, cls: 'RangeFill' }),
      Font: (o) => ({ ...o, cls: 'RangeFont' }),
      Borders: (o) => ({ ...o, cls: 'RangeBorderCollection' }),
    },
    methods: {
      AutofitColumns: () => undefined,
      AutofitRows: () => undefined,
    },
  },
  RangeFill: {
    guard: (o) => o.sheet,
    props: {
      // "No fill" reads back as white (#6218).
      color: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.fill ?? '#FFFFFF'),
        set: (o, v, h) => {
          const col = normColor(v);
          eachCell(h, o, (c) => (styleOf(c).fill = col));
        },
      },
    },
    methods: { Clear: (o, _a, h) => eachCell(h, o, (c) => c.style && (c.style.fill = undefined)) },
    writes: ['Clear'],
  },
  RangeFont: {
    guard: (o) => o.sheet,
    props: {
      bold: { get: (o, h) => uniform(h, o, (c) => c?.style?.bold ?? false), set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).bold = v === true ? true : undefined)) },
      italic: { get: (o, h) => uniform(h, o, (c) => c?.style?.italic ?? false), set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).italic = v === true ? true : undefined)) },
      color: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.fontColor ?? '#000000'),
        set: (o, v, h) => {
          const col = normColor(v);
          eachCell(h, o, (c) => (styleOf(c).fontColor = col === '#000000' ? undefined : col));
        },
      },
      name: { get: (o, h) => uniform(h, o, (c) => c?.style?.fontName ?? 'Calibri'), set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).fontName = String(v))) },
      size: { get: (o, h) => uniform(h, o, (c) => c?.style?.fontSize ?? 11), set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).fontSize = Number(v))) },
      underline: { get: (o, h) => uniform(h, o, (c) => c?.style?.underline ?? 'None'), set: (o, v, h) => eachCell(h, o, (c) => (styleOf(c).underline = v === 'None' ? undefined : String(v))) },
    },
  },
  RangeBorderCollection: {
    items: (o) => SIDES.slice(0, 6).map((side) => ({ ...o, cls: 'RangeBorder', side })),
    indexer: (o, key) => (SIDES.includes(String(key)) ? { ...o, cls: 'RangeBorder', side: String(key) } : invalidArg(`border index ${String(key)}`)),
    props: { count: { get: () => 6 } },
  },
  RangeBorder: {
    guard: (o) => o.sheet,
    id: (o) => o.side!,
    props: {
      sideIndex: { get: (o) => o.side },
      style: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.borders?.[o.side as BorderSide]?.style ?? 'None'),
        set: (o, v, h) =>
          eachCell(h, o, (c) => {
            borderOf(c, o.side!).style = String(v);
            cleanBorder(c, o.side!);
          }),
      },
      color: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.borders?.[o.side as BorderSide]?.color ?? '#000000'),
        set: (o, v, h) => {
          const col = normColor(v);
          eachCell(h, o, (c) => (borderOf(c, o.side!).color = col));
        },
      },
      weight: {
        get: (o, h) => uniform(h, o, (c) => c?.style?.borders?.[o.side as BorderSide]?.weight ?? 'Thin'),
        set: (o, v, h) => eachCell(h, o, (c) => (borderOf(c, o.side!).weight = String(v))),
      },
    },
  },
  DataValidation: {
    guard: (o) => o.sheet,
    props: {
      rule: {
        get: (o) => o.sheet!.dataValidations.find((d) => d.range === boundsAddress(o.b!))?.rule ?? {},
        set: (o, v) => {
          if (!v || typeof v !== 'object') invalidArg('rule');
          const range = boundsAddress(o.b!);
          o.sheet!.dataValidations = o.sheet!.dataValidations.filter((d) => d.range !== range);
          o.sheet!.dataValidations.push({ range, rule: structuredClone(v as Record<string, unknown>) });
        },
      },
      type: { get: (o) => Object.keys(o.sheet!.dataValidations.find((d) => d.range === boundsAddress(o.b!))?.rule ?? {})[0] ?? 'None' },
      ignoreBlanks: { get: () => true, set: () => undefined },
    },
    methods: {
      Clear: (o) => {
        const range = boundsAddress(o.b!);
        o.sheet!.dataValidations = o.sheet!.dataValidations.filter((d) => d.range !== range);
      },
    },
    writes: ['Clear'],
  },
  ConditionalFormatCollection: {
    guard: (o) => o.sheet,
    items: (o, h) => o.sheet!.conditionalFormats.filter((cf) => h.workbook.cfIntersects(cf, o.b!)).map((cf) => ({ cls: 'ConditionalFormat', sheet: o.sheet, cf })),
    indexer: (o, key) => {
      const cf = o.sheet!.conditionalFormats[Number(key)];
      if (!cf || String(Number(key)) !== String(key)) return fail('ItemNotFound', "The requested resource doesn't exist.", 'ConditionalFormatCollection.getItem');
      return { cls: 'ConditionalFormat', sheet: o.sheet, cf };
    },
    methods: {
      Add: (o, a) => {
        const type = String(a[0]);
        if (!CF_TYPES.includes(type)) invalidArg(`conditional format type ${type}`);
        const cf: ConditionalFormatModel = { type, range: boundsAddress(o.b!), format: {}, stopIfTrue: false };
        if (type === 'Custom') cf.formula = '';
        o.sheet!.conditionalFormats.unshift(cf);
        return { cls: 'ConditionalFormat', sheet: o.sheet, cf };
      },
      GetCount: (o, _a, h) => o.sheet!.conditionalFormats.filter((cf) => h.workbook.cfIntersects(cf, o.b!)).length,
      GetItemAt: (o, a, h) => {
        const list = o.sheet!.conditionalFormats.filter((cf) => h.workbook.cfIntersects(cf, o.b!));
        const cf = list[Number(a[0])];
        return cf ? { cls: 'ConditionalFormat', sheet: o.sheet, cf } : fail('ItemNotFound', "The requested resource doesn't exist.", 'ConditionalFormatCollection.getItemAt');
      },
      ClearAll: (o, _a, h) => {
        o.sheet!.conditionalFormats = o.sheet!.conditionalFormats.filter((cf) => !h.workbook.cfIntersects(cf, o.b!));
      },
    },
    writes: ['Add', 'ClearAll'],
  },
  ConditionalFormat: {
    guard: (o) => o.sheet,
    // A conditional format's id is its priority (OFFICE-JS.md): it changes when others are added.
    id: (o) => String(o.sheet!.conditionalFormats.indexOf(o.cf!)),
    props: {
      id: { get: (o) => String(o.sheet!.conditionalFormats.indexOf(o.cf!)) },
      type: { get: (o) => o.cf!.type },
      priority: {
        get: (o) => o.sheet!.conditionalFormats.indexOf(o.cf!),
        set: (o, v) => {
          const list = o.sheet!.conditionalFormats;
          list.splice(list.indexOf(o.cf!), 1);
          list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, o.cf!);
        },
      },
      stopIfTrue: {
        get: (o) => o.cf!.stopIfTrue,
        set: (o, v) => {
          if (o.cf!.type === 'DataBar' || o.cf!.type === 'ColorScale' || o.cf!.type === 'IconSet') fail('InvalidOperation', 'stopIfTrue is not supported for this type.');
          o.cf!.stopIfTrue = v === true;
        },
      },
    },
    navs: {
      Custom: (o, h) => {
        cfReadGuard(h, 'custom');
        requireType(o, 'Custom', 'custom');
        return { ...o, cls: 'CustomConditionalFormat' };
      },
      CustomOrNullObject: (o, h) => {
        cfReadGuard(h, 'customOrNullObject');
        return o.cf!.type === 'Custom' ? { ...o, cls: 'CustomConditionalFormat' } : null;
      },
      CellValue: (o, h) => {
        cfReadGuard(h, 'cellValue');
        requireType(o, 'CellValue', 'cellValue');
        return { ...o, cls: 'CellValueConditionalFormat' };
      },
      CellValueOrNullObject: (o, h) => {
        cfReadGuard(h, 'cellValueOrNullObject');
        return o.cf!.type === 'CellValue' ? { ...o, cls: 'CellValueConditionalFormat' } : null;
      },
    },
    methods: {
      Delete: (o) => {
        const list = o.sheet!.conditionalFormats;
        const i = list.indexOf(o.cf!);
        if (i < 0) fail('ItemNotFound', "The requested resource doesn't exist.", 'ConditionalFormat.delete');
        list.splice(i, 1);
      },
      GetRange: (o) => rangeOf(o.sheet!, cfRangeBounds(o.cf!) ?? fail('InvalidOperation', 'multi-area conditional format')),
      GetRangeOrNullObject: (o) => {
        const b = cfRangeBounds(o.cf!);
        return b ? rangeOf(o.sheet!, b) : null;
      },
    },
    writes: ['Delete'],
  },
  CustomConditionalFormat: {
    guard: (o) => o.sheet,
    navs: {
      Rule: (o) => ({ ...o, cls: 'ConditionalFormatRule' }),
      Format: (o) => ({ ...o, cls: 'ConditionalRangeFormat' }),
    },
  },
  CellValueConditionalFormat: {
    guard: (o) => o.sheet,
    props: {
      rule: {
        get: (o) => (o.cf!.rule as Json) ?? {},
        set: (o, v) => {
          o.cf!.rule = structuredClone(v as Record<string, unknown>);
        },
      },
    },
    navs: { Format: (o) => ({ ...o, cls: 'ConditionalRangeFormat' }) },
  },
  ConditionalFormatRule: {
    guard: (o) => o.sheet,
    props: {
      formula: {
        get: (o, h) => {
          cfReadGuard(h, 'rule.formula');
          return cfOf(o).formula ?? '';
        },
        set: (o, v) => {
          if (typeof v !== 'string' || v.length === 0) invalidArg('formula');
          if (/\b(OFFSET|INDIRECT|NOW|TODAY|RAND)\(/i.test(v as string)) {
            // Allowed by Excel; recorded so a test can assert the add-in never uses volatile rules.
          }
          cfOf(o).formula = (v as string).startsWith('=') ? (v as string) : `=${v as string}`;
        },
      },
      formulaLocal: { get: (o) => cfOf(o).formula ?? '' },
    },
  },
  ConditionalRangeFormat: {
    guard: (o) => o.sheet,
    props: {
      numberFormat: {
        get: (o) => cfFormat(o).numberFormat ?? null,
        set: (o, v) => {
          cfFormat(o).numberFormat = String(v);
        },
      },
    },
    navs: {
      Fill: (o) => ({ ...o, cls: 'ConditionalRangeFill' }),
      Font: (o) => ({ ...o, cls: 'ConditionalRangeFont' }),
      Borders: (o) => ({ ...o, cls: 'ConditionalRangeBorderCollection' }),
    },
  },
  ConditionalRangeFill: {
    guard: (o) => o.sheet,
    props: {
      color: {
        get: (o, h) => {
          cfReadGuard(h, 'format.fill.color');
          return cfFormat(o).fill ?? null;
        },
        set: (o, v) => {
          cfFormat(o).fill = normColor(v);
        },
      },
    },
    methods: {
      Clear: (o) => {
        cfFormat(o).fill = undefined;
      },
    },
  },
  ConditionalRangeFont: {
    guard: (o) => o.sheet,
    props: {
      bold: { get: (o) => cfFormat(o).bold ?? null, set: (o, v) => (cfFormat(o).bold = v === true) },
      italic: { get: (o) => cfFormat(o).italic ?? null, set: (o, v) => (cfFormat(o).italic = v === true) },
      strikethrough: { get: (o) => cfFormat(o).strikethrough ?? null, set: (o, v) => (cfFormat(o).strikethrough = v === true) },
      underline: { get: (o) => cfFormat(o).underline ?? null, set: (o, v) => (cfFormat(o).underline = String(v)) },
      color: { get: (o) => cfFormat(o).fontColor ?? null, set: (o, v) => (cfFormat(o).fontColor = normColor(v)) },
    },
    methods: {
      Clear: (o) => {
        const f = cfFormat(o);
        f.bold = f.italic = f.strikethrough = undefined;
        f.underline = f.fontColor = undefined;
      },
    },
  },
  ConditionalRangeBorderCollection: {
    guard: (o) => o.sheet,
    items: (o) => CF_SIDES.map((side) => ({ ...o, cls: 'ConditionalRangeBorder', side })),
    indexer: (o, key) => (CF_SIDES.includes(String(key)) ? { ...o, cls: 'ConditionalRangeBorder', side: String(key) } : invalidArg(`border index ${String(key)}`)),
    props: { count: { get: () => 4 } },
    navs: {
      Top: (o) => ({ ...o, cls: 'ConditionalRangeBorder', side: 'EdgeTop' }),
      Bottom: (o) => ({ ...o, cls: 'ConditionalRangeBorder', side: 'EdgeBottom' }),
      Left: (o) => ({ ...o, cls: 'ConditionalRangeBorder', side: 'EdgeLeft' }),
      Right: (o) => ({ ...o, cls: 'ConditionalRangeBorder', side: 'EdgeRight' }),
    },
  },
  ConditionalRangeBorder: {
    guard: (o) => o.sheet,
    id: (o) => o.side!,
    props: {
      sideIndex: { get: (o) => o.side },
      style: {
        get: (o) => cfFormat(o).borders?.[o.side as 'EdgeTop']?.style ?? 'None',
        set: (o, v) => {
          if (!['Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'None'].includes(String(v))) invalidArg(`border style ${String(v)}`);
          const f = cfFormat(o);
          if (!f.borders) f.borders = {};
          f.borders[o.side as 'EdgeTop'] = { ...(f.borders[o.side as 'EdgeTop'] ?? {}), style: String(v) };
        },
      },
      color: {
        get: (o) => cfFormat(o).borders?.[o.side as 'EdgeTop']?.color ?? null,
        set: (o, v) => {
          const f = cfFormat(o);
          if (!f.borders) f.borders = {};
          f.borders[o.side as 'EdgeTop'] = { style: 'Continuous', ...(f.borders[o.side as 'EdgeTop'] ?? {}), color: normColor(v) };
        },
      },
    },
  },
  // Notes (ExcelApi 1.18). A collection is a sheet's (worksheet.notes) or the workbook's (no sheet).
  NoteCollection: {
    guard: (o) => o.sheet,
    items: (o, h) => h.workbook.notesOf(o.sheet).map(({ sheet, note }) => noteObj(sheet, note)),
    indexer: (o, key, h) => {
      const found = findNote(h, o, key);
      return found ? noteObj(found.sheet, found.note) : fail('ItemNotFound', "The requested resource doesn't exist.", 'NoteCollection.getItem');
    },
    methods: {
      Add: (o, a, h, refs) => {
        const { sheet, b } = noteTarget(h, o, a[0], refs[0]);
        if (sheet.protected) fail('AccessDenied', "The cell or chart that you're trying to change is on a protected sheet. To make a change, unprotect the sheet.", 'NoteCollection.add');
        if (typeof a[1] !== 'string') invalidArg('content', 'NoteCollection.add');
        const note = h.wrap(() => h.workbook.addNote(sheet, cellAddress(b.r0, b.c0), a[1] as string));
        return noteObj(sheet, note);
      },
      GetCount: (o, _a, h) => h.workbook.notesOf(o.sheet).length,
      GetItemOrNullObject: (o, a, h) => {
        const found = findNote(h, o, a[0]);
        return found ? noteObj(found.sheet, found.note) : null;
      },
    },
    writes: ['Add'],
  },
  Note: {
    guard: (o) => o.sheet,
    props: {
      content: {
        get: (o, h) => noteOf(h, o).content,
        set: (o, v, h) => {
          if (typeof v !== 'string') invalidArg('content', 'Note.content');
          noteOf(h, o).content = v as string;
        },
      },
      authorName: { get: (o, h) => noteOf(h, o).author },
      visible: {
        get: (o, h) => webNoteProperty(h, 'visible', () => noteOf(h, o).visible),
        set: (o, v, h) => webNoteProperty(h, 'visible', () => (noteOf(h, o).visible = v === true)),
      },
      width: {
        get: (o, h) => webNoteProperty(h, 'width', () => noteOf(h, o).width),
        set: (o, v, h) => webNoteProperty(h, 'width', () => (noteOf(h, o).width = notePoints(v, 'width'))),
      },
      height: {
        get: (o, h) => webNoteProperty(h, 'height', () => noteOf(h, o).height),
        set: (o, v, h) => webNoteProperty(h, 'height', () => (noteOf(h, o).height = notePoints(v, 'height'))),
      },
    },
    methods: {
      Delete: (o, _a, h) => {
        noteOf(h, o);
        o.sheet!.notes.delete(o.key!);
      },
      GetLocation: (o, _a, h) => {
        const n = noteOf(h, o);
        return rangeOf(o.sheet!, { r0: n.r, c0: n.c, r1: n.r, c1: n.c });
      },
    },
    writes: ['Delete'],
  },
  NamedItemCollection: {
    items: (_o, h) => h.workbook.names.map((name) => ({ cls: 'NamedItem', name })),
    indexer: (_o, key, h) => {
      const n = h.workbook.names.find((x) => x.name.toLowerCase() === String(key).toLowerCase());
      return n ? { cls: 'NamedItem', name: n } : fail('ItemNotFound', "The requested resource doesn't exist.", 'NamedItemCollection.getItem');
    },
    methods: {
      GetItemOrNullObject: (_o, a, h) => {
        const n = h.workbook.names.find((x) => x.name.toLowerCase() === String(a[0]).toLowerCase());
        return n ? { cls: 'NamedItem', name: n } : null;
      },
      Add: (_o, a, h) => {
        const ref = a[1];
        const formula = typeof ref === 'string' ? (ref.startsWith('=') ? ref : `=${ref}`) : invalidArg('reference (ranges are passed as address text here)');
        h.wrap(() => h.workbook.addName(String(a[0]), formula, String(a[2] ?? '')));
        return { cls: 'NamedItem', name: h.workbook.names.at(-1) };
      },
      GetCount: (_o, _a, h) => h.workbook.names.length,
    },
  },
  NamedItem: {
    id: (o) => o.name!.name,
    props: {
      name: { get: (o) => o.name!.name },
      formula: { get: (o) => o.name!.formula, set: (o, v) => (o.name!.formula = String(v)) },
      value: { get: (o) => o.name!.formula.replace(/^=/, '') },
      visible: { get: (o) => o.name!.visible, set: (o, v) => (o.name!.visible = v === true) },
      comment: { get: (o) => o.name!.comment, set: (o, v) => (o.name!.comment = String(v)) },
      type: { get: (o) => (/!/.test(o.name!.formula) ? 'Range' : 'String') },
    },
    methods: {
      Delete: (o, _a, h) => {
        h.workbook.names = h.workbook.names.filter((n) => n !== o.name);
      },
    },
  },
  CustomXmlPartCollection: {
    items: (_o, h) => partsIn(h).map((part) => ({ cls: 'CustomXmlPart', part })),
    indexer: (_o, key, h) => {
      const p = h.workbook.customXmlParts.find((x) => x.id === key);
      return p ? { cls: 'CustomXmlPart', part: p } : fail('ItemNotFound', "The requested resource doesn't exist.", 'CustomXmlPartCollection.getItem');
    },
    methods: {
      Add: (_o, a, h) => {
        const xml = checkXml(a[0]);
        const part = { id: `{${h.workbook.guid()}}`, namespaceUri: nsOf(xml), xml };
        h.workbook.customXmlParts.push(part);
        return { cls: 'CustomXmlPart', part };
      },
      GetByNamespace: (_o, a) => ({ cls: 'CustomXmlPartScopedCollection', ns: String(a[0]) }),
      GetCount: (_o, _a, h) => h.workbook.customXmlParts.length,
      GetItemOrNullObject: (_o, a, h) => {
        const p = h.workbook.customXmlParts.find((x) => x.id === a[0]);
        return p ? { cls: 'CustomXmlPart', part: p } : null;
      },
    },
  },
  CustomXmlPartScopedCollection: {
    items: (o, h) => partsIn(h, o.ns).map((part) => ({ cls: 'CustomXmlPart', part })),
    indexer: (o, key, h) => {
      const p = partsIn(h, o.ns).find((x) => x.id === key);
      return p ? { cls: 'CustomXmlPart', part: p } : fail('ItemNotFound', "The requested resource doesn't exist.", 'CustomXmlPartScopedCollection.getItem');
    },
    methods: {
      GetCount: (o, _a, h) => partsIn(h, o.ns).length,
      GetItemOrNullObject: (o, a, h) => {
        const p = partsIn(h, o.ns).find((x) => x.id === a[0]);
        return p ? { cls: 'CustomXmlPart', part: p } : null;
      },
      GetOnlyItem: (o, _a, h) => {
        const ps = partsIn(h, o.ns);
        if (ps.length !== 1) fail(ps.length ? 'InvalidOperation' : 'ItemNotFound', `There are ${ps.length} parts in this namespace, not one.`, 'CustomXmlPartScopedCollection.getOnlyItem');
        return { cls: 'CustomXmlPart', part: ps[0] };
      },
      GetOnlyItemOrNullObject: (o, _a, h) => {
        const ps = partsIn(h, o.ns);
        if (ps.length > 1) fail('InvalidOperation', `There are ${ps.length} parts in this namespace, not one.`, 'CustomXmlPartScopedCollection.getOnlyItemOrNullObject');
        return ps.length ? { cls: 'CustomXmlPart', part: ps[0] } : null;
      },
    },
  },
  CustomXmlPart: {
    id: (o) => o.part!.id,
    props: {
      id: { get: (o) => o.part!.id },
      namespaceUri: { get: (o) => o.part!.namespaceUri },
    },
    methods: {
      GetXml: (o) => o.part!.xml,
      SetXml: (o, a) => {
        const xml = checkXml(a[0]);
        o.part!.xml = xml;
        o.part!.namespaceUri = nsOf(xml);
      },
      Delete: (o, _a, h) => {
        h.workbook.customXmlParts = h.workbook.customXmlParts.filter((p) => p !== o.part);
      },
    },
  },
  SettingCollection: {
    items: (_o, h) => [...h.workbook.settings.keys()].map((key) => ({ cls: 'Setting', key })),
    indexer: (_o, key, h) => (h.workbook.settings.has(String(key)) ? { cls: 'Setting', key: String(key) } : fail('ItemNotFound', "The requested resource doesn't exist.", 'SettingCollection.getItem')),
    methods: {
      Add: (_o, a, h) => {
        h.workbook.settings.set(String(a[0]), structuredClone(a[1]));
        return { cls: 'Setting', key: String(a[0]) };
      },
      GetItemOrNullObject: (_o, a, h) => (h.workbook.settings.has(String(a[0])) ? { cls: 'Setting', key: String(a[0]) } : null),
      GetCount: (_o, _a, h) => h.workbook.settings.size,
    },
  },
  Setting: {
    id: (o) => o.key!,
    props: {
      key: { get: (o) => o.key },
      value: { get: (o, h) => h.workbook.settings.get(o.key!) ?? null, set: (o, v, h) => h.workbook.settings.set(o.key!, structuredClone(v)) },
    },
    methods: {
      Delete: (o, _a, h) => {
        h.workbook.settings.delete(o.key!);
      },
    },
  },
  AddinInternalService: {
    methods: { NotifyActionHandlerReady: () => undefined },
  },
  // The library asks the host whether it takes telemetry; the host keeps it (nothing leaves the page).
  TelemetryService: {
    methods: { SendTelemetryEvent: () => undefined },
  },
};

/** Classes that the library addresses as new objects (ObjectPathType 2). */
const NEW_OBJECTS: Record<string, string> = {
  'Microsoft.InternalService.AddinInternalService': 'AddinInternalService',
  'Microsoft.Telemetry.TelemetryService': 'TelemetryService',
};

const LIBRARY_METHODS = new Set(['_RemoveReference', 'SendTelemetryEvent', 'NotifyActionHandlerReady']);

export class RichApiHost {
  readonly options: HostOptions;
  readonly api: string;
  refs = new Map<string, HostObj>();
  stats: HostStats = RichApiHost.emptyStats();
  private nextRef = 1;
  private epoch: number;

  constructor(
    readonly workbook: Workbook,
    options: HostOptions = {},
  ) {
    this.options = options;
    this.api = options.api ?? '1.7';
    this.epoch = workbook.epoch;
  }

  static emptyStats(): HostStats {
    return { requests: 0, syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, totalResponseBytes: 0, log: [], members: new Set() };
  }

  resetStats(): void {
    this.stats = RichApiHost.emptyStats();
  }

  /** What the host reports through GetSupportedMatrix (isSetSupported answers from it). */
  supportedMatrix(): Record<string, string> {
    return { ExcelApi: this.api, RichApiRuntime: '1.1', ...(this.options.extraSets ?? {}) };
  }

  supports(version: string): boolean {
    return compareVersions(version, this.api) <= 0;
  }

  get payloadLimit(): number {
    return this.options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  /**
   * One request as it arrives from the library (the body text of dispId 93). Returns the transport
   * status (0, or OOE_REQUEST_TOO_LARGE / OOE_RESPONSE_TOO_LARGE) and the response body text.
   */
  executeWire(requestText: string): { status: number; body: string } {
    if (this.workbook.epoch !== this.epoch) {
      this.refs.clear();
      this.epoch = this.workbook.epoch;
    }
    const requestBytes = Buffer.byteLength(requestText, 'utf8');
    const body = JSON.parse(requestText) as RequestBody;
    // Requests the library makes on its own: reference clean-up after Excel.run, its telemetry
    // probe to the host, NotifyActionHandlerReady. Counted as requests, not as the add-in's syncs.
    const cleanup = body.Actions.every((a) => a.ActionType === 1 || (a.ActionType === 3 && LIBRARY_METHODS.has(a.Name)));
    const writes = body.Actions.some((a) => a.ActionType === 4 || (a.ActionType === 3 && !a.Name.startsWith('_') && !/^Get/.test(a.Name)));
    const record = (responseBytes: number, error?: string) => {
      this.stats.requests++;
      if (!cleanup) this.stats.syncs++;
      this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, responseBytes);
      this.stats.totalRequestBytes += requestBytes;
      this.stats.totalResponseBytes += responseBytes;
      this.stats.log.push({ requestBytes, responseBytes, actions: body.Actions.length, writes, cleanup, ...(error ? { error } : {}) });
    };
    if (requestBytes > this.payloadLimit) {
      record(0, 'RequestPayloadSizeLimitExceeded');
      return { status: OOE_REQUEST_TOO_LARGE, body: '' };
    }
    const response = this.execute(body);
    const text = JSON.stringify(response);
    const responseBytes = Buffer.byteLength(text, 'utf8');
    if (responseBytes > this.payloadLimit) {
      record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
      return { status: OOE_RESPONSE_TOO_LARGE, body: '' };
    }
    const err = (response as { Error?: { Code: string } }).Error;
    record(responseBytes, err?.Code);
    return { status: 0, body: text };
  }

  /** Executes a parsed request; actions run in order and an error stops the rest (as in Excel). */
  execute(body: RequestBody): Json {
    const results: Json[] = [];
    const resolved = new Map<number, HostObj | null>();
    const kept = new Map<number, string>();
    const resolve = (id: number): HostObj | null => {
      if (resolved.has(id)) return resolved.get(id)!;
      const p = body.ObjectPaths[String(id)];
      if (!p) return fail('InvalidObjectPath', `Object path ${id} is missing from the request.`);
      const o = this.resolvePath(p, resolve);
      resolved.set(id, o);
      return o;
    };
    for (let i = 0; i < body.Actions.length; i++) {
      const a = body.Actions[i];
      try {
        const value = this.action(a, resolve, kept);
        if (value !== undefined) results.push({ ActionId: a.Id, Value: value });
      } catch (e) {
        const he = e instanceof HostError ? e : e instanceof WorkbookError ? new HostError(e.code, e.message) : new HostError('GeneralException', `Emulated host failed: ${(e as Error).message}`);
        return { Error: { Code: he.code, Message: he.message, Location: he.location, ActionIndex: i, HttpStatusCode: he.status }, Results: results };
      }
    }
    return { Results: results };
  }

  /** Runs model code, turning its errors into host errors. */
  wrap<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof WorkbookError) return fail(e.code, e.message);
      throw e;
    }
  }

  rangeArg(sheet: SheetModel, v: unknown): Bounds {
    if (typeof v === 'string') return parseRangeArg(this, sheet, v, 'Range');
    return invalidArg('range argument');
  }

  private checkMember(cls: string, member: string, write: boolean, location: string): void {
    this.stats.members.add(`${cls}.${member}${write ? '=' : ''}`);
    const set = memberSet(cls, member);
    if (!set) return;
    const need = write ? set.set : set.get;
    if (!this.supports(need))
      fail('ApiNotFound', `The API you are trying to use could not be found. ${cls}.${member} needs ExcelApi ${need}; this host supports ${this.api}.`, location);
  }

  private unknown(cls: string, member: string, kind: string): never {
    const known = memberSet(cls, member);
    if (known) return fail('ApiNotFound', `${cls}.${member} (${kind}) is part of Excel (ExcelApi ${known.get}) but not emulated by this test host: add it to test/office-host/richapi.ts.`, `${cls}.${member}`);
    return fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${cls} has no ${kind} ${member})`, `${cls}.${member}`);
  }

  private resolvePath(p: ObjectPathInfo, resolve: (id: number) => HostObj | null): HostObj | null {
    switch (p.ObjectPathType) {
      case 1:
        return { cls: 'Workbook' };
      case 2: {
        const cls = NEW_OBJECTS[p.Name];
        return cls ? { cls } : fail('InvalidArgument', `Unknown new object type ${p.Name}.`);
      }
      case 6: {
        const o = this.refs.get(p.Name);
        return o ?? fail('InvalidObjectPath', `The object path '${p.Name}' isn't working for what you're trying to do.`);
      }
      case 7:
        return null;
    }
    const parent = resolve(p.ParentObjectPathId ?? -1);
    if (parent === null) return null;
    const spec = CLASSES[parent.cls];
    const args = this.args(p.ArgumentInfo, resolve);
    if (p.ObjectPathType === 4) {
      const nav = spec.navs?.[p.Name];
      if (!nav) return this.unknown(parent.cls, camel(p.Name), 'property');
      this.checkMember(parent.cls, camel(p.Name), false, `${parent.cls}.${camel(p.Name)}`);
      return nav(parent, this);
    }
    if (p.ObjectPathType === 5) {
      if (!spec.indexer) return this.unknown(parent.cls, 'getItem', 'indexer');
      this.checkMember(parent.cls, 'getItem', false, `${parent.cls}.getItem`);
      return spec.indexer(parent, args[0], this);
    }
    if (p.ObjectPathType === 3) {
      if (p.Name === 'GetItemAt' && spec.items && !spec.methods?.GetItemAt) {
        const items = spec.items(parent, this);
        const it = items[Number(args[0])];
        return it ?? fail('ItemNotFound', "The requested resource doesn't exist.", `${parent.cls}.getItemAt`);
      }
      const m = spec.methods?.[p.Name];
      if (!m) return this.unknown(parent.cls, camel(p.Name), 'method');
      this.checkMember(parent.cls, camel(p.Name), false, `${parent.cls}.${camel(p.Name)}`);
      this.guardWrite(parent, spec, p.Name);
      const r = m(parent, args, this, this.argObjects(p.ArgumentInfo, resolve));
      if (r === null) return null;
      if (!r || typeof r !== 'object' || !('cls' in r)) return fail('InvalidArgument', `${parent.cls}.${camel(p.Name)} does not return an object.`);
      return r as HostObj;
    }
    return fail('InvalidArgument', `Unknown object path type ${p.ObjectPathType}.`);
  }

  private args(info: ObjectPathInfo['ArgumentInfo'], resolve: (id: number) => HostObj | null): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds;
    if (refs)
      refs.forEach((id, i) => {
        if (id) {
          const o = resolve(id);
          if (o?.cls === 'Range' && o.sheet && o.b) args[i] = boundsAddress(o.b);
        }
      });
    return args;
  }

  /** The host objects passed as arguments (a Range proxy stands for its address in args()). */
  private argObjects(info: ObjectPathInfo['ArgumentInfo'], resolve: (id: number) => HostObj | null): (HostObj | null | undefined)[] {
    return (info?.ReferencedObjectPathIds ?? []).map((id) => (id ? resolve(id) : undefined));
  }

  private guardWrite(o: HostObj, spec: ClassSpec, method?: string): void {
    if (method !== undefined && !(spec.writes ?? []).includes(method)) return;
    const sheet = spec.guard?.(o);
    if (sheet?.protected) fail('AccessDenied', "The cell or chart that you're trying to change is on a protected sheet. To make a change, unprotect the sheet.", `${o.cls}`);
  }

  private idFields(o: HostObj): Record<string, Json> {
    const id = CLASSES[o.cls]?.id?.(o, this);
    return id === undefined ? {} : { Id: id };
  }

  private action(a: ActionInfo, resolve: (id: number) => HostObj | null, kept: Map<number, string>): Json | undefined {
    switch (a.ActionType) {
      case 1: {
        const o = resolve(a.ObjectPathId);
        if (o === null) return null;
        const ref = kept.get(a.ObjectPathId);
        return { ...this.idFields(o), ...(ref ? { _ReferenceId: ref } : {}) };
      }
      case 2: {
        const o = resolve(a.ObjectPathId);
        if (o === null) return null;
        const v = this.query(o, a.QueryInfo ?? {}) as Record<string, Json>;
        const ref = kept.get(a.ObjectPathId);
        return ref ? { ...v, _ReferenceId: ref } : v;
      }
      case 3: {
        const o = resolve(a.ObjectPathId);
        if (a.Name === '_KeepReference') {
          if (o === null) return null;
          const ref = `{emu-ref-${this.nextRef++}}`;
          this.refs.set(ref, o);
          kept.set(a.ObjectPathId, ref);
          return null;
        }
        if (o === null) return null;
        const spec = CLASSES[o.cls];
        const m = spec.methods?.[a.Name];
        if (!m) return this.unknown(o.cls, camel(a.Name), 'method');
        this.checkMember(o.cls, camel(a.Name), false, `${o.cls}.${camel(a.Name)}`);
        this.guardWrite(o, spec, a.Name);
        const r = m(o, this.args(a.ArgumentInfo, resolve), this, this.argObjects(a.ArgumentInfo, resolve));
        if (r && typeof r === 'object' && 'cls' in r) return {};
        return r === undefined ? null : (r as Json);
      }
      case 4: {
        const o = resolve(a.ObjectPathId);
        if (o === null) return fail('InvalidObjectPath', 'Cannot set a property of a null object.');
        const spec = CLASSES[o.cls];
        const name = camel(a.Name);
        const prop = spec.props?.[name];
        if (!prop?.set) {
          if (prop) fail('InvalidArgument', `The property '${name}' of ${o.cls} is read-only.`, `${o.cls}.${name}`);
          return this.unknown(o.cls, name, 'property');
        }
        this.checkMember(o.cls, name, true, `${o.cls}.${name}`);
        this.guardWrite(o, spec);
        prop.set(o, a.ArgumentInfo?.Arguments?.[0], this);
        return undefined;
      }
      case 5:
        return undefined;
      default:
        return fail('InvalidArgument', `Action type ${a.ActionType} is not emulated by this test host.`);
    }
  }

  /** A loaded object in the library's shape: PascalCase keys, nested navigation, _Items for collections. */
  private query(o: HostObj, q: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number }): Json {
    const spec = CLASSES[o.cls];
    if (spec.items) {
      this.checkMember(o.cls, 'items', false, `${o.cls}.items`);
      let items = spec.items(o, this);
      if (q.Skip) items = items.slice(q.Skip);
      if (q.Top !== undefined && q.Top !== null) items = items.slice(0, q.Top);
      const own = this.objectValue(o, (q.Select ?? []).filter((s) => !s.includes('/') && spec.props?.[s]), true);
      return { ...(own as Record<string, Json>), _Items: items.map((it) => ({ ...this.idFields(it), ...(this.objectValue(it, q.Select, false) as Record<string, Json>) })) };
    }
    return this.objectValue(o, q.Select, false);
  }

  private objectValue(o: HostObj, select: string[] | undefined, ownOnly: boolean): Json {
    const spec = CLASSES[o.cls];
    const out: Record<string, Json> = {};
    // load('items') and load('*') ask for every scalar property ("*"), as a load without names does.
    if (!select || select.length === 0 || select.includes('*')) {
      if (ownOnly) return out;
      for (const [name, p] of Object.entries(spec.props ?? {})) {
        if (!p.get) continue;
        const set = memberSet(o.cls, name);
        if (set && !this.supports(set.get)) continue;
        // Big grids are only sent when asked for by name.
        if (o.cls === 'Range' && ['values', 'formulas', 'numberFormat', 'valueTypes', 'text'].includes(name) && cellCount(o.b!) > CELL_READ_LIMIT) continue;
        out[pascal(name)] = p.get(o, this) as Json;
      }
      return out;
    }
    const groups = new Map<string, string[]>();
    for (const s of select) {
      const [head, ...rest] = s.split('/');
      if (rest.length) {
        if (!groups.has(head)) groups.set(head, []);
        groups.get(head)!.push(rest.join('/'));
        continue;
      }
      const p = spec.props?.[head];
      if (p?.get) {
        this.checkMember(o.cls, head, false, `${o.cls}.${head}`);
        out[pascal(head)] = p.get(o, this) as Json;
      } else if (spec.navs?.[pascal(head)]) {
        if (!groups.has(head)) groups.set(head, []);
      } else if (head === 'id' && spec.id) {
        out.Id = spec.id(o, this);
      } else if (head === 'items' && spec.items) {
        // handled by query()
      } else if (head !== '_ReferenceId') this.unknown(o.cls, head, 'property');
    }
    for (const [head, sub] of groups) {
      const nav = spec.navs?.[pascal(head)];
      if (!nav) {
        this.unknown(o.cls, head, 'navigation property');
        continue;
      }
      this.checkMember(o.cls, head, false, `${o.cls}.${head}`);
      const child = nav(o, this);
      out[pascal(head)] = child === null ? null : this.query(child, { Select: sub.length ? sub : undefined });
    }
    return out;
  }
}
