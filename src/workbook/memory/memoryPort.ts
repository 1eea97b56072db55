// An in-memory workbook behind the WorkbookPort: the browser demo and the pane's tests use it.
// It behaves like the Office adapter where the pane can tell the difference: reads report progress
// and honour an abort signal, marks replace earlier marks, protected sheets refuse marks, select
// activates the sheet first, notes are kept beside the marks, and the add-in's state survives in the
// workbook object.

import type { CellValue, SheetGrid, WorkbookGrids } from '../../domain/grid';
import { parseA1 } from '../../domain/grid';
import type { MarkPlan } from '../../domain/marks';
import type { SheetNotes } from '../../domain/notes';
import type { NotePlan, ReadProgress, StoredState, WorkbookPort } from '../port';

export interface MemorySheet {
  name: string;
  /** Rows from A1 (the used range is computed from them). */
  values: CellValue[][];
  formats?: (string | null)[][];
  hidden?: boolean | 'very';
  protected?: boolean;
}

export interface MemoryOptions {
  /** Pause between sheets while reading, so a demo shows progress (ms). */
  readDelayMs?: number;
  /** Called after the first sheet is read: lets a test edit the workbook during a check. */
  onRead?: (sheet: string) => void;
}

/** Thrown by read() when the workbook changed between the start and the end of the read. */
export class WorkbookChangedError extends Error {
  readonly code = 'WorkbookChanged';
  constructor() {
    super('The workbook changed while it was being read.');
    this.name = 'WorkbookChangedError';
  }
}

function abortError(): Error {
  const e = new Error('The read was cancelled.');
  e.name = 'AbortError';
  return e;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Notes are maps, which JSON would flatten to {}. */
function cloneNotes(notes: NotePlan | undefined): Map<string, SheetNotes> {
  return new Map([...(notes ?? [])].map(([sheet, cells]) => [sheet, new Map([...cells].map(([cell, n]) => [cell, { ...n }]))]));
}

export class MemoryWorkbook implements WorkbookPort {
  readonly name: string;
  sheets: MemorySheet[];
  /** The add-in's current marks, as the last mark() left them. */
  marks: MarkPlan = [];
  /** The add-in's current notes (sheet → cell → note), as the last mark() left them. */
  notes: NotePlan = new Map();
  activeSheet: string | undefined;
  selection: { sheet: string; cells: readonly string[] } | undefined;
  state: StoredState | undefined;
  private version = 0;
  private readonly options: MemoryOptions;

  constructor(name: string, sheets: MemorySheet[], options: MemoryOptions = {}) {
    this.name = name;
    this.sheets = clone(sheets);
    this.activeSheet = sheets[0]?.name;
    this.options = options;
  }

  static fromGrids(grids: WorkbookGrids, options?: MemoryOptions): MemoryWorkbook {
    const sheets: MemorySheet[] = grids.sheets.map((g) => {
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      g.values.forEach((row, i) => {
        values[g.top + i] = [...Array<CellValue>(g.left).fill(null), ...row];
        const f = g.formats?.[i];
        formats[g.top + i] = [...Array<string | null>(g.left).fill(null), ...(f ?? row.map(() => null))];
      });
      for (let r = 0; r < values.length; r++) {
        values[r] ??= [];
        formats[r] ??= [];
      }
      return { name: g.name, values, formats, hidden: g.hidden, protected: g.protected };
    });
    return new MemoryWorkbook(grids.name, sheets, options);
  }

  sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named "${name}"`);
    return s;
  }

  /** The user's edit of one cell (tests and the demo "fix"). */
  setCell(sheet: string, address: string, value: CellValue): void {
    const at = parseA1(address);
    if (!at) throw new Error(`Not an A1 address: ${address}`);
    const s = this.sheet(sheet);
    while (s.values.length <= at.r) s.values.push([]);
    const row = s.values[at.r];
    while (row.length <= at.c) row.push(null);
    row[at.c] = value;
    this.version++;
  }

  getCell(sheet: string, address: string): CellValue {
    const at = parseA1(address);
    if (!at) return null;
    return this.sheet(sheet).values[at.r]?.[at.c] ?? null;
  }

  /** The user's data (values, formats, protection), without the add-in's marks or state. */
  snapshot(): MemorySheet[] {
    return clone(this.sheets);
  }

  async read(options: { onProgress?: (p: ReadProgress) => void; signal?: AbortSignal } = {}): Promise<WorkbookGrids> {
    const { onProgress, signal } = options;
    const startVersion = this.version;
    const total = this.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.length, 0), 0);
    let done = 0;
    const grids: SheetGrid[] = [];
    onProgress?.({ done, total });
    for (const s of this.sheets) {
      if (signal?.aborted) throw abortError();
      if (this.options.readDelayMs) await new Promise((r) => setTimeout(r, this.options.readDelayMs));
      else await Promise.resolve();
      if (signal?.aborted) throw abortError();
      grids.push(toGrid(s));
      done += s.values.reduce((m, row) => m + row.length, 0);
      onProgress?.({ done, total });
      this.options.onRead?.(s.name);
    }
    if (this.version !== startVersion) throw new WorkbookChangedError();
    return { name: this.name, sheets: grids };
  }

  async mark(plan: MarkPlan, notes?: NotePlan): Promise<void> {
    for (const p of plan) {
      if (p.marks.length && this.sheet(p.sheet).protected) {
        const e = new Error(`The sheet "${p.sheet}" is protected.`);
        (e as Error & { code: string }).code = 'AccessDenied';
        throw e;
      }
    }
    this.marks = clone(plan);
    this.notes = cloneNotes(notes);
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
    this.notes = new Map();
  }

  async select(sheet: string, cells: readonly string[]): Promise<void> {
    this.sheet(sheet);
    this.activeSheet = sheet;
    this.selection = { sheet, cells: [...cells] };
  }

  async loadState(): Promise<StoredState | undefined> {
    return this.state ? clone(this.state) : undefined;
  }

  async saveState(state: StoredState): Promise<void> {
    this.state = clone(state);
  }
}

/** The used range of a memory sheet as a SheetGrid (trimmed to the bounding box of non-empty cells). */
function toGrid(s: MemorySheet): SheetGrid {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  s.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (top < 0) return { name: s.name, top: 0, left: 0, values: [], hidden: s.hidden, protected: s.protected };
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = [];
    const frow: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      row.push(s.values[r]?.[c] ?? null);
      frow.push(s.formats?.[r]?.[c] ?? null);
    }
    values.push(row);
    formats.push(frow);
  }
  return { name: s.name, top, left, values, formats, hidden: s.hidden, protected: s.protected };
}
