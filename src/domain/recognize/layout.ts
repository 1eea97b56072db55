// Finding a book's header on a sheet: each of the first rows (alone, or with the row under it as a
// two-row header) is scored for each kind of book, and the best is kept. Rows and columns here are
// relative to the grid (values[i][j]); callers add the grid's top/left offsets.

import type { CellRange, CellValue, SheetGrid } from '../grid';
import { DISTINCTIVE, GIVEN_NAME, NAME_FIRST_PARTS, REQUIRED, UNIT_WORDS, type FieldOf, type TableKind } from './headers';
import { hk, keysOf, matchHeader, matchSubHeader } from './match';

/** How many rows from the top of the used range may hold the header. */
export const HEADER_SCAN_ROWS = 25;

export interface FoundColumn {
  /** Relative column and row of the header cell. */
  readonly j: number;
  readonly i: number;
  readonly header: string;
  readonly quality: number;
  /** Last relative column of a name written over several columns (Họ đệm | Tên); absent = j only. */
  readonly right?: number;
  /** The group title above a sub-header ("Số tiền (1.000 đ)" over Thu | Chi), which may state its unit. */
  readonly group?: string;
}

export interface Layout<K extends TableKind = TableKind> {
  readonly kind: K;
  /** Relative rows of the header. */
  readonly top: number;
  readonly bottom: number;
  readonly columns: Partial<Record<FieldOf<K>, FoundColumn>>;
  /** Relative columns spanned by the header cells. */
  readonly left: number;
  readonly right: number;
  readonly score: number;
  /** Distinctive headers of this kind found. */
  readonly distinctive: number;
  /** Required fields missing (smallest set among the alternatives); empty = complete. */
  readonly missing: readonly FieldOf<K>[];
  /**
   * A sheet holding a cash book in parts side by side, each under its title: each fund's Thu | Chi |
   * Tồn ("Quỹ tăng thu nhập", "Quỹ hoạt động"), or a two-sided ledger (THU: Ngày | Số phiếu | Nội
   * dung | Số tiền, then CHI: the same). Each part's columns, with the columns no part owns (a date
   * for both funds). Absent for one part.
   */
  readonly parts?: readonly CashPart[];
  /** One part's cash book of such a sheet: the part's title (its rows are those it records). */
  readonly partTitle?: string;
}

export interface CashPart {
  readonly title: string;
  readonly columns: Partial<Record<string, FoundColumn>>;
}

/** Columns a cash-book part may have again under its own title. */
const PART_FIELDS = new Set(['receipt', 'payment', 'balance', 'date', 'voucher', 'description']);

export const TABLE_KINDS: readonly TableKind[] = ['members', 'loans', 'repayments', 'cashbook'];

function text(v: CellValue | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  for (let k = 0; k < v.length; k++) if (v.charCodeAt(k) > 32 && v.charCodeAt(k) !== 160) return v.trim();
  return undefined;
}

/** Merges as relative ranges, with a lookup from a covered cell to its merge. */
export class MergeIndex {
  readonly ranges: readonly CellRange[];
  private readonly byRow = new Map<number, CellRange[]>();
  constructor(sheet: SheetGrid) {
    const rel: CellRange[] = [];
    for (const m of sheet.merges ?? []) {
      const r = { top: m.top - sheet.top, left: m.left - sheet.left, bottom: m.bottom - sheet.top, right: m.right - sheet.left };
      rel.push(r);
      if (r.top < HEADER_SCAN_ROWS + 2) {
        for (let i = Math.max(0, r.top); i <= Math.min(r.bottom, HEADER_SCAN_ROWS + 2); i++) {
          let list = this.byRow.get(i);
          if (!list) this.byRow.set(i, (list = []));
          list.push(r);
        }
      }
    }
    this.ranges = rel;
  }
  /** The merge covering a cell in the header area. */
  at(i: number, j: number): CellRange | undefined {
    const list = this.byRow.get(i);
    if (!list) return undefined;
    for (const m of list) if (j >= m.left && j <= m.right) return m;
    return undefined;
  }
}

interface HeaderCell {
  j: number;
  i: number;
  text: string;
  /** The group title over a sub-header (two-row headers). */
  group?: string;
  /** Last column of a header cell merged across several columns. */
  right?: number;
}

/** The last column of a header cell merged across columns, starting at (i, j). */
function mergedRight(merges: MergeIndex, i: number, j: number): number | undefined {
  const m = merges.at(i, j);
  return m && m.left === j && m.top === i && m.right > j ? m.right : undefined;
}

function headerCells(values: CellValue[][], merges: MergeIndex, i: number, double: boolean, width: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const top = values[i] ?? [];
  const under = double ? (values[i + 1] ?? []) : undefined;
  // A group title typed once and "centred across selection" over its sub-headers (not merged):
  // the empty cells to its right with a sub-header under them belong to it.
  let across: string | undefined;
  for (let j = 0; j < width; j++) {
    const own = text(top[j]);
    if (!under) {
      if (own !== undefined) cells.push({ j, i, text: own, right: mergedRight(merges, i, j) });
      continue;
    }
    const sub = text(under[j]);
    const m = merges.at(i, j);
    const isGroupMember = m !== undefined && m.right > m.left && m.top === i && m.bottom === i;
    const groupText = isGroupMember ? text(values[i][m.left]) : (own ?? (m === undefined ? across : undefined));
    across = m === undefined && sub !== undefined ? groupText : undefined;
    if (sub === undefined) {
      // A header cell merged down over both rows, or a single cell with nothing under it.
      if (own !== undefined && (!m || (m.left === j && m.top === i))) cells.push({ j, i, text: own, right: mergedRight(merges, i, j) });
      continue;
    }
    if (merges.at(i + 1, j) && merges.at(i + 1, j)?.top !== i + 1) continue;
    cells.push({ j, i: i + 1, text: sub, group: groupText });
  }
  return cells;
}

const UNIT_KEYS = new Set(keysOf(UNIT_WORDS));
// Columns holding words, not figures: an "ĐVT" under "Hiện vật cho vay" is the goods' own unit
// column (con, kg), not the unit of the title's column.
const UNITLESS = new Set(['kind', 'name', 'borrower', 'purpose', 'description', 'note', 'role', 'hardship', 'status', 'sex']);
const IN_PARENS = /^[([].*[)\]]$/s;
const COLUMN_NUMBER = /^[([]?\s*[0-9A-Za-z]{1,2}\s*[)\]]?$/;

/**
 * A sub-header that only gives the unit of the header above it: "(đồng)", "ĐVT: đồng" anywhere; a bare
 * unit word ("đồng", "%/tháng") only in a row of nothing but units, since a first data row may hold
 * the same word ("Năm" is also a given name).
 */
function isUnitNote(s: string, unitRow: boolean): boolean {
  if (COLUMN_NUMBER.test(s)) return false; // "(1) (2) (3)" numbers the columns; the extent skips it
  const k = hk(s);
  // In parentheses, still a unit word: a first data row may hold "(chưa rõ)".
  return (IN_PARENS.test(s) && UNIT_KEYS.has(k)) || k.startsWith('đvt ') || k === 'đvt' || (unitRow && UNIT_KEYS.has(k));
}

/** Every filled cell of the row is a unit note. */
function isUnitRow(row: readonly CellValue[] | undefined, width: number): boolean {
  let any = false;
  for (let j = 0; j < width; j++) {
    const v = row?.[j];
    if (v === null || v === undefined) continue;
    const t = text(v);
    if (t === undefined) {
      if (typeof v === 'string') continue;
      return false;
    }
    if (!isUnitNote(t, false) && !UNIT_KEYS.has(hk(t))) return false;
    any = true;
  }
  return any;
}

function isSatisfied<K extends TableKind>(kind: K, have: Partial<Record<string, unknown>>): FieldOf<K>[] {
  const missing: FieldOf<K>[] = [];
  for (const requirement of REQUIRED[kind]) {
    let best: FieldOf<K>[] | undefined;
    for (const alternative of requirement) {
      const lacking = alternative.filter((f) => !have[f]);
      if (!best || lacking.length < best.length) best = lacking;
    }
    if (best) missing.push(...best);
  }
  return missing;
}

// A Ghi chú column is in every kind of table: it barely tells a member list from another book.
const WEIGHTS: Partial<Record<string, number>> = { stt: 0.5, club: 0.5, commune: 0.5, district: 0.5, note: 0.1 };

const FIRST_PART_KEYS = new Set(keysOf(NAME_FIRST_PARTS));
const GIVEN_NAME_KEYS = new Set(keysOf(GIVEN_NAME));

/** "Họ và tên đệm" | "Tên" side by side: the name goes on into the given-name column. */
function spanGivenName(columns: Partial<Record<string, FoundColumn>>, field: string, cells: readonly HeaderCell[]): void {
  const col = columns[field];
  if (!col || col.right !== undefined || !FIRST_PART_KEYS.has(hk(col.header))) return;
  const next = cells.find((c) => c.j === col.j + 1 && c.i === col.i);
  if (next && GIVEN_NAME_KEYS.has(hk(next.text))) columns[field] = { ...col, right: next.j };
}

/** Fields whose value may be written across the columns of a merged header (Họ đệm | Tên). */
const SPANNING = new Set<string>(['name', 'borrower']);

/**
 * Fields that may be written in parts under a group title, summed per row: period by period ("Trả
 * gốc" over Tháng 1 | Tháng 2 …), or a loan's cash and in-kind parts ("Số tiền vay" over Tiền mặt |
 * Hiện vật (quy ra tiền)).
 */
const SUMMED = new Set<string>(['principalRepaid', 'interestPaid', 'amount']);

// "Tháng 1", "T.2", "Th 3", "Tháng 01/2025", "Quý I", "Lần 2", "Đợt 3", "Năm 2024" (tested on the text).
const PERIOD = /^\s*(?:tháng|th|t|quý|kỳ|lần|đợt|năm)\s*\.?\s*(?:\d{1,4}|[ivx]{1,4})(?:\s*[/.-]\s*\d{2,4})?\s*$/iu;
// "Tiền mặt", "Hiện vật (quy ra tiền)", "Bằng hiện vật".
const KIND_PART = /^\s*(?:bằng\s+)?(?:tiền mặt|tiền|hiện vật)\s*(?:\(.*\))?\s*$/iu;

/** A sub-header naming one part of a summed field under its group title. */
function isPartUnder(groupField: string, s: string): boolean {
  if (groupField === 'amount') return KIND_PART.test(s.normalize('NFC'));
  return SUMMED.has(groupField) && PERIOD.test(s.normalize('NFC'));
}

function layoutFor<K extends TableKind>(kind: K, cells: readonly HeaderCell[], top: number, bottom: number, unitRow = false): Layout<K> | undefined {
  const columns: Partial<Record<FieldOf<K>, FoundColumn>> = {};
  const groups = new Map<string, string | undefined>();
  const repeated: { field: string; column: FoundColumn }[] = [];
  let any = false;
  let grouped = false;
  let extras = 0;
  for (const cell of cells) {
    let field: FieldOf<K> | undefined;
    let quality = 0;
    let header = cell.text;
    let i = cell.i;
    if (cell.group !== undefined) {
      const g = matchHeader(kind, cell.group);
      const sub = g ? matchSubHeader(kind, g.field, cell.text) : undefined;
      if (sub) {
        field = sub;
        quality = 10;
        grouped = true;
        // A sub-header that narrows its group's own column (Năm under Ngày tháng năm sinh, Họ đệm
        // under Họ và tên) is more exact than the group alone.
        if (g && sub === g.field) extras++;
      } else if (g && isUnitNote(cell.text, unitRow) && (unitRow || !UNITLESS.has(g.field))) {
        // The unit row under a header: the column is the one named above, in the unit written below.
        field = g.field;
        quality = g.quality;
        header = `${cell.group} ${cell.text}`;
        i = top;
        extras++;
      } else if (g && isPartUnder(g.field, cell.text)) {
        // "Trả gốc" over Tháng 1 | Tháng 2 …: one column, the parts after it added up (see prev below).
        field = g.field;
        quality = g.quality;
        header = cell.group;
        i = top;
        extras++;
      }
    }
    if (!field) {
      const m = matchHeader(kind, cell.text);
      if (!m) continue;
      field = m.field;
      quality = m.quality;
    }
    const prev = columns[field];
    if (prev && kind === 'cashbook' && PART_FIELDS.has(field) && cell.group !== undefined && groups.get(field) !== undefined && groups.get(field) !== cell.group) {
      // The same column again under another title: that part's own column.
      repeated.push({ field, column: { j: cell.j, i, header, quality, group: cell.group } });
      continue;
    }
    if (prev && prev.quality >= quality) {
      // "Họ và tên" over Họ đệm | Tên: the name goes on into the next column of the same group.
      if ((SPANNING.has(field) || SUMMED.has(field)) && cell.group !== undefined && groups.get(field) === cell.group && cell.j === (prev.right ?? prev.j) + 1) {
        columns[field] = { ...prev, right: cell.j };
        extras++;
      }
      continue;
    }
    const right = SPANNING.has(field) ? cell.right : undefined;
    const found: FoundColumn = right !== undefined ? { j: cell.j, i, header, quality, right } : { j: cell.j, i, header, quality };
    columns[field] = cell.group !== undefined && header === cell.text ? { ...found, group: cell.group } : found;
    groups.set(field, cell.group);
    any = true;
  }
  if (!any) return undefined;
  for (const f of SPANNING) spanGivenName(columns as Partial<Record<string, FoundColumn>>, f, cells);
  if (bottom > top && !grouped && extras === 0) {
    // A two-row header uses both rows; otherwise the row alone says the same.
    let upper = false;
    let lower = false;
    for (const c of Object.values(columns) as FoundColumn[]) {
      if (c.i === top) upper = true;
      else lower = true;
    }
    if (!upper || !lower) return undefined;
  }
  let score = 0;
  let distinctive = 0;
  const distinct = DISTINCTIVE[kind] as readonly string[];
  for (const f of Object.keys(columns) as FieldOf<K>[]) {
    const col = columns[f] as FoundColumn;
    score += (WEIGHTS[f] ?? 1) * (col.quality / 10);
    if (distinct.includes(f)) distinctive++;
  }
  // A unit row (or a name split over two sub-headers) makes the two-row reading better than the top
  // row alone, which would read the unit row as data.
  score += extras * 0.01;
  // A split Nam/Nữ layout counts once, like birth + sex.
  let left = Infinity;
  let right = -Infinity;
  for (const c of cells) {
    if (c.j < left) left = c.j;
    if (c.j > right) right = c.j;
  }
  const missing = isSatisfied(kind, columns as Partial<Record<string, unknown>>);
  const parts = repeated.length > 0 ? partsOf(columns as Partial<Record<string, FoundColumn>>, repeated) : undefined;
  return parts ? { kind, top, bottom, columns, left, right, score, distinctive, missing, parts } : { kind, top, bottom, columns, left, right, score, distinctive, missing };
}

/** The parts of a cash book whose columns repeat under titles: each title's columns, plus those under no part's title. */
function partsOf(columns: Partial<Record<string, FoundColumn>>, repeated: readonly { field: string; column: FoundColumn }[]): CashPart[] | undefined {
  const titles = new Set<string>();
  for (const r of repeated) {
    const first = columns[r.field]?.group;
    if (first !== undefined) titles.add(first);
    titles.add(r.column.group as string);
  }
  if (titles.size < 2) return undefined;
  const shared: Partial<Record<string, FoundColumn>> = {};
  const own = new Map<string, Partial<Record<string, FoundColumn>>>([...titles].map((t) => [t, {}]));
  for (const [field, c] of Object.entries(columns)) {
    if (!c) continue;
    const part = c.group !== undefined ? own.get(c.group) : undefined;
    (part ?? shared)[field] = c;
  }
  for (const r of repeated) {
    const part = own.get(r.column.group as string);
    if (part && !part[r.field]) part[r.field] = r.column;
  }
  return [...own].map(([title, cols]) => ({ title, columns: { ...shared, ...cols } }));
}


function better(a: Layout, b: Layout | undefined): boolean {
  if (!b) return true;
  const ac = a.missing.length === 0;
  const bc = b.missing.length === 0;
  if (ac !== bc) return ac;
  if (!ac && a.missing.length !== b.missing.length) return a.missing.length < b.missing.length && a.distinctive >= b.distinctive;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  return false;
}

/** The best header of each kind on the sheet (undefined when nothing of that kind was seen). */
export function findLayouts(sheet: SheetGrid, merges: MergeIndex): { [K in TableKind]?: Layout<K> } {
  const values = sheet.values;
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  let width = 0;
  for (let i = 0; i < Math.min(values.length, rows + 1); i++) width = Math.max(width, values[i]?.length ?? 0);
  const best: { [K in TableKind]?: Layout<K> } = {};
  for (let i = 0; i < rows; i++) {
    const single = headerCells(values, merges, i, false, width);
    if (single.length === 0) continue;
    const double = i + 1 < values.length ? headerCells(values, merges, i, true, width) : undefined;
    const unitRow = double !== undefined && isUnitRow(values[i + 1], width);
    for (const kind of TABLE_KINDS) {
      const a = layoutFor(kind, single, i, i);
      if (a && better(a, best[kind])) (best as Record<string, Layout>)[kind] = a;
      if (double) {
        const b = layoutFor(kind, double, i, i + 1, unitRow);
        // A second header row must add something: the first data row read as headers matches nothing.
        if (b && (!a || better(b, a)) && better(b, best[kind])) (best as Record<string, Layout>)[kind] = b;
      }
    }
  }
  return best;
}

/** Span of the header cells (incl. merged areas), so that side notes far right are not data. */
export function headerSpan(sheet: SheetGrid, merges: MergeIndex, layout: Layout): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let i = layout.top; i <= layout.bottom; i++) {
    const row = sheet.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      if (text(row[j]) === undefined) continue;
      const m = merges.at(i, j);
      const l = m ? m.left : j;
      const r = m ? m.right : j;
      if (l < left) left = l;
      if (r > right) right = r;
    }
  }
  for (const c of Object.values(layout.columns) as FoundColumn[]) {
    if (c.j < left) left = c.j;
    if (c.j > right) right = c.j;
  }
  return { left: Math.max(0, left), right };
}
