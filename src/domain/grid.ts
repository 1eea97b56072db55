// The raw shape every workbook reader produces and every later step consumes.
// Rows and columns are 0-based everywhere inside the code; A1 addresses appear only at the edges.

/** A formula error value such as #N/A or #REF!, kept apart from text so it is never read as data. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface CellRange {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** 0-based sheet row and column of values[0][0] (the used range may start below or right of A1). */
  readonly top: number;
  readonly left: number;
  /** Rows of cell values; rows may be shorter than others (missing cells are null). */
  readonly values: CellValue[][];
  /**
   * Number format code per cell ("0.00%", "dd/mm/yyyy", "General"), same shape as values.
   * Absent or null means General. Readers use it to tell percent cells and date serials.
   */
  readonly formats?: (string | null)[][];
  /** Merged areas that touch the grid. */
  readonly merges?: readonly CellRange[];
  /** 'very': hidden so that only a program can show it again (Excel's veryHidden). */
  readonly hidden?: boolean | 'very';
  readonly protected?: boolean;
}

export interface WorkbookGrids {
  /** File name (CLI) or document name (add-in). */
  readonly name: string;
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null;
}

/** Value at a 0-based sheet position, null outside the grid. */
export function cellAt(sheet: SheetGrid, r: number, c: number): CellValue {
  const row = sheet.values[r - sheet.top];
  if (!row) return null;
  const v = row[c - sheet.left];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetGrid, r: number, c: number): string | null {
  const row = sheet.formats?.[r - sheet.top];
  if (!row) return null;
  return row[c - sheet.left] ?? null;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (r, c) → "B7". */
export function a1(r: number, c: number): string {
  return columnLetters(c) + (r + 1);
}

/** "B7" → { r: 6, c: 1 }; undefined when the text is not a plain A1 address. */
export function parseA1(address: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
