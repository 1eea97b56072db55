// The WorkbookPort over Excel, through Office.js: the only module of the add-in that touches Excel.
//
// Requirement sets: everything here works at ExcelApi 1.7 (Office 2019). Newer members are used
// only after Office.context.requirements.isSetSupported says yes (see apiUsage.ts, checked by a
// test against the [Api set] tags of @types/office-js):
//   1.8  data validation lists in insertStandardBooks
//   1.9  print setup (page layout) in insertStandardBooks
//   1.13 merged areas in read()
//   1.18 multi-area selection in select() (getRanges 1.9 + RangeAreas.select 1.18); notes on marked
//        cells in mark() and clearMarks()
//
// Reading: each sheet's used range of VALUES (getUsedRange(true)), so a million formatted but empty
// rows cost nothing; cells outside it are empty by definition. Formula errors come back from
// `values` as text ("#N/A", "#REF!", …) and are turned into CellError (valueTypes would double the
// payload); a text cell holding exactly such a string is read as that error too. Mask sheets are
// not read. Merged areas only from ExcelApi 1.13 (getMergedAreasOrNullObject), else absent.
//
// Round trips (DESIGN.md invariant 2): read() = 1 sync to list the sheets + 1 sync for used
// ranges, protection and a first window of every sheet (a club workbook is complete after it),
// + 1 sync per ~4 MB of remaining cells. mark() = 1 sync to find the add-in's old marks (and, at
// ExcelApi 1.18, the sheets' notes) and check the workbook did not change since read(), [+ 1 sync
// to locate the notes of the sheets being marked, only when they have any] + 1 sync of writes per
// ~4 MB of mask and notes. clearMarks() = 1 sync to find them + 1 sync (per ~4 MB) to remove them.
//
// Highlighting (DESIGN.md): per marked sheet, a very hidden mask sheet "ISHC mask XXXXXXXX" holds
// 2 (error) / 1 (warning) at the same cell addresses, and two custom-formula conditional formats on
// the user's sheet look their own cell up in it (='ISHC mask XXXXXXXX'!B3=2, relative, not
// volatile). The user's fills, borders and conditional formats are never touched. Our conditional
// formats are recognized by their formula (it names one of our mask sheets), never by id (an id is
// only a priority). Nothing else is recorded: the mask sheets and those formulas are the record.
//
// Notes (ExcelApi 1.18, DESIGN.md "where notes are supported"): each marked cell also gets a note
// saying what is wrong and how to fix it, signed (signedNote) so that ours are told from the
// user's by their text. A user's note is never rewritten or deleted, and the cell it is on gets no
// note of ours (a cell has one note). Re-marking rewrites, deletes and adds only what changed
// (noteWrites.ts); clearing deletes exactly our signed notes. Notes are loaded by `content` only:
// on the web loading a note's every property fails (#6198). Ours are rewritten or deleted through
// the collection items the scan loaded, updates first and deletions from the highest index down,
// additions last, so that whether Excel addresses an item by its position or keeps it by reference,
// each write reaches the note it was meant for.

import type { CellError, CellValue, SheetGrid, WorkbookGrids } from '../../domain/grid';
import type { MarkPlan, SheetMarks } from '../../domain/marks';
import { type SheetNotes, isSignedNote } from '../../domain/notes';
import { STANDARD_BOOKS, type StandardSheet } from '../../domain/standardBooks';
import type { NotePlan, ReadProgress, StoredState, WorkbookPort } from '../port';
import { type Area, CELL_READ_LIMIT, type ReadBlock, groupBySize, maskBlockBytes, maskBlocks, marksArea } from './blocks';
import { AbortError, OfficeUnavailableError, SheetTooLargeError, WorkbookChangedError, errorCode, throwIfAborted } from './errors';
import { MASK_PREFIX, MASK_REF_RE, STATE_NS, a1, areaA1, isMaskSheet, maskName, quoted } from './names';
import { type ExistingNote, NOTE_LOCATE_BYTES, cellOfAddress, needsLocations, noteWriteBytes, noteWrites } from './noteWrites';
import { parseState, stateXml } from './state';

export interface OfficePortOptions {
  /** Budget per request and per response, bytes (Excel on the web refuses 5 MB). Default 4,000,000. */
  readonly payloadBudget?: number;
  /** Width of the first read window, in columns (default 32). */
  readonly windowColumns?: number;
}

export interface MarkResult {
  /** Sheets that now carry marks. */
  readonly marked: readonly string[];
  /** Sheets that could not be marked (or unmarked): protected, or missing. */
  readonly skipped: readonly { readonly sheet: string; readonly reason: 'protected' | 'missing' }[];
  /**
   * False when Excel would not let the add-in read conditional formats back (OfficeDev/office-js
   * #6827, #6835): old marks then stay where they were but their mask is emptied, so they show
   * nothing. Also false when Excel has notes but could not send them back (more than one response
   * holds): the notes were then left as they were.
   */
  readonly complete: boolean;
  /** The notes on marked cells (ExcelApi 1.18); absent where Excel has no notes or they were left alone. */
  readonly notes?: NotesResult;
}

export interface NotesResult {
  /** Marked cells that carry the add-in's note. */
  readonly noted: number;
  /** Marked cells left without the add-in's note because the user's own note is there. */
  readonly userNotes: number;
}

export interface ClearResult {
  /** Sheets whose marks (or notes) were removed. */
  readonly cleared: readonly string[];
  /** Sheets whose marks could not be removed (protected); their mask was emptied instead, their notes stay. */
  readonly skipped: readonly { readonly sheet: string; readonly reason: 'protected' }[];
  readonly complete: boolean;
  /** How many of the add-in's notes were deleted (ExcelApi 1.18); absent where Excel has no notes. */
  readonly notesRemoved?: number;
}

export interface InsertResult {
  /** The sheets added, with the name each got (a clash gets " (2)", " (3)", …). */
  readonly inserted: readonly { readonly kind: string; readonly name: string }[];
  /** Whether drop-down lists were added (data validation needs ExcelApi 1.8). */
  readonly lists: boolean;
  /** Whether print setup was applied (page layout needs ExcelApi 1.9). */
  readonly print: boolean;
}

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/** Marks as the officer sees them: never by colour alone (fill + font style + border pattern). */
export const MARK_STYLE = {
  error: { fill: '#FFC7CE', font: '#9C0006', bold: true, italic: false, border: 'Continuous', borderColor: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#7F4F00', bold: false, italic: true, border: 'Dash', borderColor: '#9C5700' },
} as const;

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

interface ExcelGlobals {
  Excel?: typeof Excel;
  Office?: typeof Office;
}

function excel(): typeof Excel {
  const X = (globalThis as ExcelGlobals).Excel;
  if (!X || typeof X.run !== 'function') throw new OfficeUnavailableError();
  return X;
}

function supports(version: string): boolean {
  const O = (globalThis as ExcelGlobals).Office;
  try {
    return !!O?.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return ERROR_VALUES.has(v) ? ({ error: v } as CellError) : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function formatValue(f: unknown): string | null {
  return typeof f === 'string' && f !== 'General' ? f : null;
}

/** JSON size of a loaded block, to learn the real bytes per cell of this workbook. */
function jsonBytes(x: unknown): number {
  return JSON.stringify(x).length;
}

interface Grid {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  formats: (string | null)[][];
  hidden: boolean | 'very';
  protected: boolean;
  merges?: { top: number; left: number; bottom: number; right: number }[];
}

function emptyGrid(name: string, area: Area, hidden: boolean | 'very', prot: boolean): Grid {
  const rows = area.r1 - area.r0 + 1;
  const cols = area.c1 - area.c0 + 1;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    values.push(new Array<CellValue>(cols).fill(null));
    formats.push(new Array<string | null>(cols).fill(null));
  }
  return { name, top: area.r0, left: area.c0, values, formats, hidden, protected: prot };
}

/** Copies a loaded block (values + numberFormat at sheet position r0, c0) into a grid. */
function fill(grid: Grid, r0: number, c0: number, values: unknown[][], formats: unknown[][]): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const gr = grid.values[r0 + i - grid.top];
    const gf = grid.formats[r0 + i - grid.top];
    if (!gr) continue;
    const vr = values[i];
    const fr = formats[i] ?? [];
    for (let j = 0; j < vr.length; j++) {
      const gc = c0 + j - grid.left;
      if (gc < 0 || gc >= gr.length) continue;
      gr[gc] = cellValue(vr[j]);
      gf[gc] = formatValue(fr[j]);
      n++;
    }
  }
  return n;
}

function parseMergeAddress(address: string): Grid['merges'] {
  const out: NonNullable<Grid['merges']> = [];
  for (const part of address.split(',')) {
    const area = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(area.trim());
    if (!m) continue;
    const col = (s: string) => [...s].reduce((c, ch) => c * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    out.push({ top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: col(m[3] ?? m[1]) });
  }
  return out;
}

interface SheetScan {
  name: string;
  visibility: string;
  protected: boolean;
  usedAddress: string;
  /** Our conditional formats on this sheet (highest priority first) and the masks they name. */
  ours: { cf: Excel.ConditionalFormat; priority: number; mask: string }[];
  /** Every note on the sheet (content loaded), in collection order; absent when notes were not read. */
  notes?: Excel.Note[];
}

interface Scan {
  sheets: Map<string, SheetScan>;
  masks: Map<string, Excel.Worksheet>;
  /** False when conditional formats could not be read back (#6827, #6835). */
  cfReadable: boolean;
  /** True when the sheets' notes were read (ExcelApi 1.18, and their text fitted in a response). */
  notesRead: boolean;
}

/** A sheet's notes as the scan found them: the loaded items (to rewrite or delete ours) and what is known of each. */
interface FoundNotes {
  readonly items: readonly Excel.Note[];
  readonly existing: ExistingNote[];
}

/** The note writes of a mark or a clear, and what they leave. */
interface NoteWork extends NotesResult {
  readonly first: readonly Write[];
  readonly last: readonly Write[];
  readonly removed: number;
}

/** One queued write and its share of the request body. */
interface Write {
  readonly bytes: number;
  readonly queue: () => void;
}

/** The notes of each unprotected sheet that has any (Excel refuses note changes on a protected sheet). */
function foundNotes(scan: Scan): Map<string, FoundNotes> {
  const found = new Map<string, FoundNotes>();
  for (const s of scan.sheets.values()) {
    if (s.protected || !s.notes?.length) continue;
    found.set(s.name, { items: s.notes, existing: s.notes.map((item, index) => ({ index, content: item.content })) });
  }
  return found;
}

export class OfficeWorkbookPort implements WorkbookPort {
  private readonly budget: number;
  private readonly windowColumns: number;
  /** Used-range address of every sheet at the last read(): the fingerprint mark() checks. */
  private lastRead?: Map<string, string>;
  /** What the last mark() / clearMarks() did (protected sheets are skipped, not failed). */
  lastMark?: MarkResult;
  lastClear?: ClearResult;

  constructor(options: OfficePortOptions = {}) {
    this.budget = options.payloadBudget ?? 4_000_000;
    this.windowColumns = options.windowColumns ?? 32;
  }

  // ---------------------------------------------------------------- read

  async read(options: { onProgress?: (p: ReadProgress) => void; signal?: AbortSignal } = {}): Promise<WorkbookGrids> {
    const { onProgress, signal } = options;
    const merges = supports('1.13');
    return excel().run(async (ctx) => {
      throwIfAborted(signal);
      const book = ctx.workbook;
      const sheets = book.worksheets;
      sheets.load('items/name,items/visibility');
      book.load('name');
      await ctx.sync();

      const user = sheets.items.filter((s) => !isMaskSheet(s.name, s.visibility));
      // Sync 2: used range, protection and a first window of every sheet. Used ranges are of
      // values only (getUsedRange(true)): a million formatted empty rows do not count.
      const windowCells = Math.max(1000, Math.floor(this.budget / 40 / Math.max(1, user.length)));
      const wCols = this.windowColumns;
      const wRows = Math.max(1, Math.floor(windowCells / wCols));
      const probes = user.map((s) => {
        const used = s.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount,address');
        const prot = s.protection;
        prot.load('protected');
        const win = s.getRangeByIndexes(0, 0, wRows, wCols).getUsedRangeOrNullObject(true);
        win.load('rowIndex,columnIndex,values,numberFormat');
        let merged: Excel.RangeAreas | undefined;
        if (merges) {
          merged = s.getRange().getUsedRangeOrNullObject(false).getMergedAreasOrNullObject();
          merged.load('address');
        }
        return { s, used, prot, win, merged };
      });
      throwIfAborted(signal);
      await ctx.sync();

      const grids: Grid[] = [];
      const pending: ReadBlock[] = [];
      const fingerprint = new Map<string, string>();
      let total = 0;
      let done = 0;
      let sampleBytes = 0;
      let sampleCells = 0;
      const byName = new Map<string, Grid>();
      for (const p of probes) {
        const hidden = p.s.visibility === 'VeryHidden' ? 'very' : p.s.visibility !== 'Visible';
        fingerprint.set(p.s.name, p.used.isNullObject ? '' : p.used.address);
        if (p.used.isNullObject) {
          grids.push({ name: p.s.name, top: 0, left: 0, values: [], formats: [], hidden, protected: p.prot.protected });
          continue;
        }
        const area: Area = { r0: p.used.rowIndex, c0: p.used.columnIndex, r1: p.used.rowIndex + p.used.rowCount - 1, c1: p.used.columnIndex + p.used.columnCount - 1 };
        if ((area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1) > 50_000_000) throw new SheetTooLargeError(p.s.name, p.used.address);
        const grid = emptyGrid(p.s.name, area, hidden, p.prot.protected);
        if (p.merged && !p.merged.isNullObject) grid.merges = parseMergeAddress(p.merged.address);
        grids.push(grid);
        byName.set(grid.name, grid);
        total += p.used.rowCount * p.used.columnCount;
        // The window holds rows 0..wRows-1 of columns 0..wCols-1: complete for those rows when every
        // used column is inside it.
        let nextRow = area.r0;
        if (!p.win.isNullObject && area.c1 < wCols) {
          const values = p.win.values as unknown[][];
          const formats = p.win.numberFormat as unknown[][];
          done += fill(grid, p.win.rowIndex, p.win.columnIndex, values, formats);
          sampleBytes += jsonBytes(values) + jsonBytes(formats);
          sampleCells += values.length * (values[0]?.length ?? 0);
          nextRow = Math.max(area.r0, wRows);
        }
        if (nextRow <= area.r1) pending.push({ sheet: grid.name, r0: nextRow, c0: area.c0, r1: area.r1, c1: area.c1 });
      }
      onProgress?.({ done: Math.min(done, total), total });

      // Bytes per cell as JSON (value + number format), learnt from this workbook as it is read,
      // with a margin. Each sync takes rows until its estimated response reaches the budget.
      let bytesPerCell = sampleCells > 200 ? Math.min(200, Math.max(8, (sampleBytes / sampleCells) * 1.1)) : 40;
      let target = this.budget;
      const cursor = pending.map((a) => ({ ...a, next: a.r0 }));
      while (cursor.some((c) => c.next <= c.r1)) {
        throwIfAborted(signal);
        let room = target;
        const loads: { b: ReadBlock; r: Excel.Range }[] = [];
        for (const c of cursor) {
          const cols = c.c1 - c.c0 + 1;
          while (c.next <= c.r1) {
            const fit = Math.min(c.r1 - c.next + 1, Math.floor(room / (cols * bytesPerCell)), Math.floor(CELL_READ_LIMIT / cols));
            if (fit < 1 && loads.length) break;
            const rows = Math.max(1, fit);
            const b: ReadBlock = { sheet: c.sheet, r0: c.next, c0: c.c0, r1: c.next + rows - 1, c1: c.c1 };
            const r = sheets.getItem(b.sheet).getRangeByIndexes(b.r0, b.c0, rows, cols);
            r.load('values,numberFormat');
            loads.push({ b, r });
            c.next += rows;
            room -= rows * cols * bytesPerCell;
          }
          if (room < bytesPerCell * 64) break;
        }
        try {
          await ctx.sync();
        } catch (e) {
          // Denser cells than estimated: take back these blocks and ask for half as much.
          if (errorCode(e) === 'ResponsePayloadSizeLimitExceeded' && target > 50_000) {
            for (const { b } of loads) {
              const c = cursor.find((x) => x.sheet === b.sheet)!;
              c.next = Math.min(c.next, b.r0);
            }
            target = Math.floor(target / 2);
            bytesPerCell *= 2;
            continue;
          }
          throw e;
        }
        let bytes = 0;
        let cells = 0;
        for (const { b, r } of loads) {
          const values = r.values as unknown[][];
          const formats = r.numberFormat as unknown[][];
          if (cells < 200_000) {
            bytes += jsonBytes(values) + jsonBytes(formats);
            cells += values.length * (values[0]?.length ?? 0);
          }
          done += fill(byName.get(b.sheet)!, b.r0, b.c0, values, formats);
        }
        if (cells > 1000) bytesPerCell = Math.min(200, Math.max(8, (bytes / cells) * 1.1));
        onProgress?.({ done: Math.min(done, total), total });
      }
      this.lastRead = fingerprint;
      const out: SheetGrid[] = grids.map((g) => ({
        name: g.name,
        top: g.top,
        left: g.left,
        values: g.values,
        formats: g.formats,
        hidden: g.hidden,
        protected: g.protected,
        ...(g.merges ? { merges: g.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })) } : {}),
      }));
      return { name: book.name, sheets: out };
    });
  }

  // ---------------------------------------------------------------- marks

  /**
   * Replaces the add-in's marks with these and, at ExcelApi 1.18, its notes with `notes` (none given:
   * ours go). Protected sheets are skipped, not failed: they are named in `lastMark.skipped` (their
   * old marks, if any, are emptied; their notes stay). Throws only Excel's errors, or
   * WorkbookChangedError when sheets were removed or their used ranges changed since read().
   */
  async mark(plan: MarkPlan, notes?: NotePlan): Promise<void> {
    this.lastMark = await this.markSheets(plan, notes);
  }

  /** mark(), returning what was marked and which sheets were skipped. */
  async markSheets(plan: MarkPlan, notes?: NotePlan): Promise<MarkResult> {
    const withNotes = supports('1.18');
    return excel().run(async (ctx) => {
      const scan = await this.scan(ctx, plan.map((p) => p.sheet), withNotes);
      this.checkUnchanged(scan);
      const wanted = new Map<string, SheetMarks>();
      const skipped: { sheet: string; reason: 'protected' | 'missing' }[] = [];
      for (const p of plan) {
        if (!p.marks.length) continue;
        const s = scan.sheets.get(p.sheet);
        if (!s) skipped.push({ sheet: p.sheet, reason: 'missing' });
        else if (s.protected) skipped.push({ sheet: p.sheet, reason: 'protected' });
        else wanted.set(p.sheet, p);
      }
      const found = foundNotes(scan);
      await this.locateNotes(ctx, found, wanted, notes);
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const keepMasks = this.removeOld(scan, new Set(wanted.keys()));
      const masks: Write[] = [];
      const marked: string[] = [];
      const sheets = ctx.workbook.worksheets;
      for (const [name, p] of wanted) {
        const mName = maskName(name);
        let mask = scan.masks.get(mName);
        if (mask) {
          mask.getRange().clear('Contents');
        } else {
          mask = sheets.add(mName);
          mask.visibility = 'VeryHidden';
        }
        keepMasks.add(mName);
        // Old conditional formats that could not be read back still point at this mask: no new ones.
        const hasOldRules = !scan.cfReadable && scan.masks.has(mName);
        if (!hasOldRules) this.addRules(sheets.getItem(name), mName, marksArea(p.marks)!);
        const target = mask;
        for (const b of maskBlocks(p.marks, this.budget))
          masks.push({ bytes: maskBlockBytes(b), queue: () => (target.getRangeByIndexes(b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1).values = b.values) });
        marked.push(name);
      }
      const noteWork = scan.notesRead ? this.noteWork(sheets, found, (name) => (wanted.has(name) ? notes?.get(name) : undefined), wanted.keys()) : undefined;
      // Rewrites and deletions of our notes before anything else, additions last (see the header).
      await this.writeInGroups(ctx, [...(noteWork?.first ?? []), ...masks, ...(noteWork?.last ?? [])]);
      const complete = scan.cfReadable && scan.notesRead === withNotes;
      return { marked, skipped, complete, ...(noteWork ? { notes: { noted: noteWork.noted, userNotes: noteWork.userNotes } } : {}) };
    });
  }

  /**
   * Reads the cell of every note on the sheets that get notes, so that ours are rewritten in place
   * and the user's are left alone: one sync (one per ~4 MB of requests), and none when those sheets
   * have no notes (a first check). Sheets only losing our notes need no cells.
   */
  private async locateNotes(ctx: Excel.RequestContext, found: Map<string, FoundNotes>, wanted: ReadonlyMap<string, SheetMarks>, notes: NotePlan | undefined): Promise<void> {
    const pending: { f: FoundNotes; index: number }[] = [];
    for (const [name, f] of found) {
      if (wanted.has(name) && needsLocations(f.existing, notes?.get(name))) for (const e of f.existing) pending.push({ f, index: e.index });
    }
    for (const group of groupBySize(pending, () => NOTE_LOCATE_BYTES, this.budget)) {
      const cells = group.map(({ f, index }) => {
        const cell = f.items[index].getLocation();
        cell.load('address');
        return cell;
      });
      await ctx.sync();
      group.forEach(({ f, index }, i) => (f.existing[index] = { ...f.existing[index], address: cellOfAddress(cells[i].address) }));
    }
  }

  /**
   * The note writes of every unprotected sheet with notes or wanting them: `first` rewrites and
   * deletes ours through the scanned items (rewrites, then deletions from the highest index down),
   * `last` adds the new ones. `wantedOf` gives a marked sheet's notes (undefined: not marked, so
   * none of ours stays).
   */
  private noteWork(sheets: Excel.WorksheetCollection, found: Map<string, FoundNotes>, wantedOf: (sheet: string) => SheetNotes | undefined, marked: Iterable<string>): NoteWork {
    const first: Write[] = [];
    const last: Write[] = [];
    let noted = 0;
    let userNotes = 0;
    let removed = 0;
    for (const name of new Set([...found.keys(), ...marked])) {
      const f = found.get(name);
      const w = noteWrites(f?.existing ?? [], wantedOf(name));
      noted += w.noted;
      userNotes += w.userNotes;
      removed += w.deletes.length;
      for (const u of w.updates) first.push({ bytes: noteWriteBytes(u.text), queue: () => (f!.items[u.index].content = u.text) });
      for (const i of w.deletes) first.push({ bytes: noteWriteBytes(), queue: () => f!.items[i].delete() });
      if (!w.adds.length) continue;
      const collection = sheets.getItem(name).notes;
      for (const a of w.adds) last.push({ bytes: noteWriteBytes(a.text), queue: () => collection.add(a.address, a.text) });
    }
    return { first, last, noted, userNotes, removed };
  }

  /** Queues the writes in syncs of about one budget each; the first also carries what is already queued. */
  private async writeInGroups(ctx: Excel.RequestContext, writes: readonly Write[]): Promise<void> {
    const groups = groupBySize(writes, (w) => w.bytes, this.budget - 50_000);
    if (groups.length === 0) await ctx.sync();
    for (const g of groups) {
      for (const w of g) w.queue();
      await ctx.sync();
    }
  }

  /** Removes only the add-in's marks: its conditional formats, its mask sheets and its notes. */
  async clearMarks(): Promise<void> {
    this.lastClear = await this.clearSheets();
  }

  /** clearMarks(), returning which sheets were cleared and which could not be (protected). */
  async clearSheets(): Promise<ClearResult> {
    const withNotes = supports('1.18');
    return excel().run(async (ctx) => {
      const scan = await this.scan(ctx, [], withNotes);
      const skipped: { sheet: string; reason: 'protected' }[] = [];
      const cleared: string[] = [];
      for (const s of scan.sheets.values()) {
        if (!s.ours.length && !(s.notes ?? []).some((n) => isSignedNote(n.content))) continue;
        if (s.protected) skipped.push({ sheet: s.name, reason: 'protected' });
        else cleared.push(s.name);
      }
      this.removeOld(scan, new Set());
      // Our notes need no cells to be deleted: the scanned items are enough.
      const noteWork = scan.notesRead ? this.noteWork(ctx.workbook.worksheets, foundNotes(scan), () => undefined, []) : undefined;
      await this.writeInGroups(ctx, noteWork?.first ?? []);
      const complete = scan.cfReadable && scan.notesRead === withNotes;
      return { cleared, skipped, complete, ...(noteWork ? { notesRemoved: noteWork.removed } : {}) };
    });
  }

  /**
   * Queues the removal of our old conditional formats (all of them: re-marked sheets get new ones)
   * and of the mask sheets nothing needs any more; masks of sheets in `remark` are reused. Returns
   * the masks that must stay because rules we cannot delete (protected sheet, unreadable) use them.
   */
  private removeOld(scan: Scan, remark: Set<string>): Set<string> {
    const keepMasks = new Set<string>();
    for (const s of scan.sheets.values()) {
      if (s.protected) {
        // Excel refuses to delete their rules (AccessDenied): keep the masks they use, emptied.
        for (const o of s.ours) keepMasks.add(o.mask);
        continue;
      }
      // Highest priority number first: deleting one shifts the priorities (ids) below it.
      for (const o of [...s.ours].sort((a, b) => b.priority - a.priority)) o.cf.delete();
    }
    if (!scan.cfReadable) {
      // Rules unreadable: they may point at any mask, so every mask stays (emptied).
      for (const m of scan.masks.keys()) keepMasks.add(m);
    }
    for (const [name, mask] of scan.masks) {
      const owner = [...scan.sheets.values()].find((s) => maskName(s.name) === name);
      if (owner && remark.has(owner.name)) continue;
      if (keepMasks.has(name)) {
        mask.getRange().clear('Contents');
        continue;
      }
      // A very hidden sheet cannot be deleted (InvalidOperation): make it hidden first.
      mask.visibility = 'Hidden';
      mask.delete();
    }
    return keepMasks;
  }

  private addRules(sheet: Excel.Worksheet, mask: string, area: Area): void {
    const range = sheet.getRange(areaA1(area.r0, area.c0, area.r1, area.c1));
    const ref = `${quoted(mask)}!${a1(area.r0, area.c0)}`;
    // Added at the top, so the warning rule first and the error rule over it.
    for (const [code, style] of [
      [1, MARK_STYLE.warning],
      [2, MARK_STYLE.error],
    ] as const) {
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = `=${ref}=${code}`;
      const f = cf.custom.format;
      f.fill.color = style.fill;
      f.font.color = style.font;
      if (style.bold) f.font.bold = true;
      if (style.italic) f.font.italic = true;
      for (const edge of EDGES) {
        const b = f.borders.getItem(edge);
        b.style = style.border;
        b.color = style.borderColor;
      }
      cf.stopIfTrue = true;
    }
  }

  /**
   * One sync: every sheet (name, visibility), and for each user sheet its protection, used range,
   * conditional formats (type, priority, custom formula) and, with `withNotes` (ExcelApi 1.18), its
   * notes' text. Sheet names come from the last read(), so this is one round trip; without a read()
   * first, one more to list the sheets.
   */
  private async scan(ctx: Excel.RequestContext, extra: readonly string[], withNotes = false): Promise<Scan> {
    const sheets = ctx.workbook.worksheets;
    let names = this.lastRead ? [...this.lastRead.keys()] : undefined;
    if (!names) {
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      names = sheets.items.filter((s) => !isMaskSheet(s.name, s.visibility)).map((s) => s.name);
    }
    for (const e of extra) if (!names.includes(e)) names.push(e);
    const attempt = async (withRules: boolean, notesToo: boolean) => {
      sheets.load('items/name,items/visibility');
      const probes = names!.map((name) => {
        const s = sheets.getItemOrNullObject(name);
        s.load('name');
        const prot = s.protection;
        prot.load('protected');
        const used = s.getUsedRangeOrNullObject(true);
        used.load('address');
        let cfs: Excel.ConditionalFormatCollection | undefined;
        if (withRules) {
          cfs = s.getRange().conditionalFormats;
          cfs.load('items/type,items/priority,items/customOrNullObject/rule/formula');
        }
        let notes: Excel.NoteCollection | undefined;
        if (notesToo) {
          // The text only: loading every property of a note fails on the web (#6198).
          notes = s.notes;
          notes.load('items/content');
        }
        return { name, s, prot, used, cfs, notes };
      });
      await ctx.sync();
      return probes;
    };
    let cfReadable = true;
    let notesRead = withNotes;
    let probes;
    for (;;) {
      try {
        probes = await attempt(cfReadable, notesRead);
        break;
      } catch (e) {
        const code = errorCode(e);
        if (code === 'ItemNotFound') throw new WorkbookChangedError(names);
        // More note text than one response may carry: the notes stay as they are this time.
        if (notesRead && code === 'ResponsePayloadSizeLimitExceeded') notesRead = false;
        // Reading conditional formats back has failed in some Excel builds (#6827, #6835).
        else if (cfReadable) cfReadable = false;
        else if (notesRead) notesRead = false;
        else throw e;
      }
    }
    const out: Scan = { sheets: new Map(), masks: new Map(), cfReadable, notesRead };
    for (const s of sheets.items) if (isMaskSheet(s.name, s.visibility)) out.masks.set(s.name, s);
    for (const p of probes) {
      if (p.s.isNullObject) continue;
      const ours: SheetScan['ours'] = [];
      for (const cf of p.cfs?.items ?? []) {
        if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
        const m = MASK_REF_RE.exec(cf.customOrNullObject.rule.formula);
        if (m) ours.push({ cf, priority: cf.priority, mask: MASK_PREFIX + m[1] });
      }
      const vis = sheets.items.find((s) => s.name === p.s.name)?.visibility ?? 'Visible';
      out.sheets.set(p.s.name, { name: p.s.name, visibility: vis, protected: p.prot.protected, usedAddress: p.used.isNullObject ? '' : p.used.address, ours, notes: p.notes?.items });
    }
    return out;
  }

  private checkUnchanged(scan: Scan): void {
    if (!this.lastRead) return;
    const changed: string[] = [];
    for (const [name, address] of this.lastRead) {
      const now = scan.sheets.get(name);
      if (!now || now.usedAddress !== address) changed.push(name);
    }
    if (changed.length) throw new WorkbookChangedError(changed);
  }

  // ---------------------------------------------------------------- selection

  /** Activates the sheet (selection on another sheet is unreliable otherwise, #5118), then selects. */
  async select(sheet: string, cells: readonly string[]): Promise<void> {
    if (!cells.length) return;
    await excel().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      const joined = cells.join(',');
      // RangeAreas.select is ExcelApi 1.18 and newer than some office.js builds (1.1.110 lacks it).
      const multi = cells.length > 1 && joined.length <= 8192 && supports('1.18') && typeof excel().RangeAreas?.prototype?.select === 'function';
      if (multi) ws.getRanges(joined).select();
      else ws.getRange(cells[0]).select();
      await ctx.sync();
    });
  }

  // ---------------------------------------------------------------- state

  async loadState(): Promise<StoredState | undefined> {
    return excel().run(async (ctx) => {
      const parts = ctx.workbook.customXmlParts.getByNamespace(STATE_NS);
      parts.load('items/id');
      await ctx.sync();
      if (parts.items.length === 0) return undefined;
      const xml = parts.items[0].getXml();
      await ctx.sync();
      return parseState(xml.value);
    });
  }

  async saveState(state: StoredState): Promise<void> {
    await excel().run(async (ctx) => {
      const all = ctx.workbook.customXmlParts;
      const parts = all.getByNamespace(STATE_NS);
      parts.load('items/id');
      await ctx.sync();
      const xml = stateXml(state);
      if (parts.items.length === 0) all.add(xml);
      else {
        parts.items[0].setXml(xml);
        for (const extra of parts.items.slice(1)) extra.delete();
      }
      await ctx.sync();
    });
  }

  // ---------------------------------------------------------------- standard books

  /**
   * Adds blank standard books (headers, widths, number formats, frozen header, drop-down lists
   * where ExcelApi 1.8 allows). Existing sheets are never touched: a name in use gets " (2)", " (3)"…
   */
  async insertStandardBooks(books?: readonly StandardSheet[]): Promise<InsertResult> {
    const spec = books ?? STANDARD_BOOKS;
    const lists = supports('1.8');
    // Page setup (orientation, fit to width, print titles) is ExcelApi 1.9; Office 2019 gets the
    // sheets without it and prints with Excel's defaults.
    const print = supports('1.9');
    return excel().run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const inserted: { kind: string; name: string }[] = [];
      for (const book of spec) {
        let name = book.name;
        for (let i = 2; taken.has(name.toLowerCase()); i++) {
          const suffix = ` (${i})`;
          name = book.name.slice(0, 31 - suffix.length) + suffix;
        }
        taken.add(name.toLowerCase());
        const ws = sheets.add(name);
        const cols = book.columns.length;
        book.title.forEach((t, i) => {
          const line = ws.getRangeByIndexes(i, 0, 1, cols);
          line.merge(false);
          line.values = [[t, ...Array<string>(cols - 1).fill('')]];
          line.format.font.bold = true;
          line.format.horizontalAlignment = 'Center';
        });
        const blank = Math.max(book.blankRows, book.fields?.length ?? 0);
        // Formats first (text columns as '@' so leading zeros survive), then header and labels.
        const body = ws.getRangeByIndexes(book.headerRow + 1, 0, Math.max(1, blank), cols);
        body.numberFormat = Array.from({ length: Math.max(1, blank) }, () => book.columns.map((c) => c.format));
        const header = ws.getRangeByIndexes(book.headerRow, 0, 1, cols);
        header.numberFormat = [book.columns.map(() => '@')];
        header.values = [book.columns.map((c) => c.header)];
        header.format.font.bold = true;
        header.format.fill.color = '#DDEBF7';
        header.format.wrapText = true;
        const table = ws.getRangeByIndexes(book.headerRow, 0, Math.max(1, blank) + 1, cols);
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) table.format.borders.getItem(edge).style = 'Continuous';
        book.columns.forEach((c, j) => {
          // Excel column width in points ≈ characters × 7 px × 0.75.
          ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = Math.round(c.width * 7 * 0.75 * 100) / 100;
          if (lists && c.list && blank > 0) ws.getRangeByIndexes(book.headerRow + 1, j, blank, 1).dataValidation.rule = { list: { inCellDropDown: true, source: c.list.join(',') } };
        });
        if (book.fields?.length) {
          ws.getRangeByIndexes(book.headerRow + 1, 0, book.fields.length, 1).values = book.fields.map((f) => [f.label]);
          const valueFormats = ws.getRangeByIndexes(book.headerRow + 1, 1, book.fields.length, 1);
          valueFormats.numberFormat = book.fields.map((f) => [f.format]);
          if (lists)
            book.fields.forEach((f, i) => {
              if (f.list) ws.getRangeByIndexes(book.headerRow + 1 + i, 1, 1, 1).dataValidation.rule = { list: { inCellDropDown: true, source: f.list.join(',') } };
            });
        }
        if (book.freezeRows > 0) ws.freezePanes.freezeRows(book.freezeRows);
        if (print) {
          ws.pageLayout.orientation = book.print.landscape ? 'Landscape' : 'Portrait';
          if (book.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (book.print.repeatRows) ws.pageLayout.setPrintTitleRows(book.print.repeatRows.replace(/(\d+)/g, '$$$1'));
        }
        inserted.push({ kind: book.kind, name });
      }
      await ctx.sync();
      return { inserted, lists, print };
    });
  }
}

/** The port for the task pane, once Office.onReady has said the host is Excel. */
export function createOfficePort(options?: OfficePortOptions): OfficeWorkbookPort {
  return new OfficeWorkbookPort(options);
}

export { AbortError, WorkbookChangedError };
