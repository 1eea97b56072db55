// Finding a book's header on a sheet: each of the first rows (alone, or with the row under it as a
// two-row header) is scored for each kind of book, and the best is kept. Rows and columns here are
// relative to the grid (values[i][j]); callers add the grid's top/left offsets.

import type { CellRange, CellValue, SheetGrid } from '../grid';
import {
  BALANCE_TOTAL_SUBS,
  CASH_AMOUNT_HEADERS,
  DISTINCTIVE,
  GIVEN_NAME,
  NAME_FIRST_PARTS,
  PERIOD_SUB_HEADERS,
  REQUIRED,
  RUNNING_TOTAL_WORDS,
  UNIT_WORDS,
  type FieldOf,
  type TableKind,
} from './headers';
import { hk, isCashTypeHeader, keysOf, matchHeader, matchSubHeader, startsWithPhrase } from './match';

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
  /**
   * A cash book's balance read from the total of its parts ("Tồn quỹ" over Tiền mặt | Tiền gửi NH |
   * Cộng): the parts' relative columns, which tell a transfer between cash and bank from an entry.
   */
  readonly parts?: { readonly left: number; readonly right: number };
  /** One amount column for receipts and payments ("Số tiền"): the relative column saying which each row is ("Thu/Chi"). */
  readonly typeColumn?: number;
  /**
   * Every relative column whose figures add up to this field when they are not side by side (the
   * principal repaid under each month: Gốc | Lãi | Gốc | Lãi …); absent = j…right.
   */
  readonly added?: readonly number[];
}

/** A layout's column for a field, if it has one. */
export function columnOf(layout: Pick<Layout, 'columns'>, field: string): FoundColumn | undefined {
  return (layout.columns as Partial<Record<string, FoundColumn>>)[field];
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

const UNIT_NOTE = /\([^)]*\)?/g;

/** A sub-header under its group, also with a unit note after it ("Bằng số (1.000đ)" under "Số tiền vay"). */
function subHeaderField<K extends TableKind>(kind: K, groupField: string, s: string): FieldOf<K> | undefined {
  const exact = matchSubHeader(kind, groupField, s);
  return exact !== undefined || !s.includes('(') ? exact : matchSubHeader(kind, groupField, s.replace(UNIT_NOTE, ' '));
}

/** What a loan's borrower repaid, which a book may write in parts to be added up. */
const REPAID = new Set<string>(['principalRepaid', 'interestPaid']);
const RUNNING_TOTAL_KEYS = keysOf(RUNNING_TOTAL_WORDS);
const PERIOD_SUB_FIELDS = new Map(Object.entries(PERIOD_SUB_HEADERS).map(([w, f]) => [hk(w), f]));
// "Đã trả gốc đến 31/12/2024", "Gốc đã trả năm 2024", "Đã trả gốc các năm trước": before the months beside it.
const DATED_PRIOR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)|(?:^|\s)(?:trước|chuyển sang)(?:\s|$)/iu;

/** "Tháng 1/2025" over Gốc | Lãi: the loan field of a sub-header under a period's title. */
function periodSubField(cell: HeaderCell): string | undefined {
  if (cell.group === undefined || !PERIOD.test(cell.group.normalize('NFC'))) return undefined;
  return PERIOD_SUB_FIELDS.get(hk(cell.text));
}

/** The repaid columns found so far that are a running total, or parts added up. */
interface RepaidColumns {
  readonly totals: Map<string, FoundColumn>;
  readonly parted: Map<string, FoundColumn>;
  /** The header has an opening-balance column (a report of one period). */
  opening: boolean;
}

function kept(map: Map<string, FoundColumn>, field: string, column: FoundColumn): FoundColumn {
  map.set(field, column);
  return column;
}

/** The column with one more column to add up: the next one widens it, another one is listed. */
/** prev with one more column, weighed as its best-named part (a prefix match beside exact parts). */
function withColumn(prev: FoundColumn, part: FoundColumn): FoundColumn {
  const j = part.j;
  const quality = Math.max(prev.quality, part.quality);
  const right = prev.right ?? prev.j;
  if (prev.added === undefined && j === right + 1) return { ...prev, right: j, quality };
  const added = prev.added ?? Array.from({ length: right - prev.j + 1 }, (_, k) => prev.j + k);
  return { ...prev, added: [...added, j], quality };
}

/**
 * One more column of what a loan's borrower repaid. A running total ("Lũy kế gốc đã trả" =
 * H+SUM(I:T)) is all of it and wins over its parts; without one, the parts are added up: what was
 * repaid before the year ("Đã trả gốc đến 31/12/2024") and in each period of it ("Trả gốc" over T1 …
 * T12, or Gốc under "Tháng 1/2025" …). prev: keep the column found before; undefined: an ordinary
 * column, weighed like any other.
 */
function repaidColumn(field: string, prev: FoundColumn | undefined, found: FoundColumn, period: boolean, seen: RepaidColumns): FoundColumn | undefined {
  if (!period && startsWithPhrase(hk(found.header), RUNNING_TOTAL_KEYS)) return kept(seen.totals, field, found);
  if (prev !== undefined && seen.totals.get(field) === prev) return prev;
  const parted = prev !== undefined && seen.parted.get(field) === prev;
  // Beside an opening balance ("Dư nợ đầu kỳ"), what was repaid before the period is in it already:
  // the period's own column is the one read.
  if (seen.opening && prev !== undefined && DATED_PRIOR.test(prev.header) && !DATED_PRIOR.test(found.header)) return found;
  const prior = (h: string) => !seen.opening && DATED_PRIOR.test(h);
  if (period) {
    if (prev === undefined) return kept(seen.parted, field, found);
    return parted || prior(prev.header) ? kept(seen.parted, field, withColumn(prev, found)) : undefined;
  }
  return prev !== undefined && parted && prior(found.header) ? kept(seen.parted, field, withColumn(prev, found)) : undefined;
}

/** A cash book's amounts that may be written in parts under their group title. */
const CASH_PARTED = new Set<string>(['receipt', 'payment', 'balance']);
const BALANCE_TOTAL_KEYS = new Set(keysOf(BALANCE_TOTAL_SUBS));

/**
 * Group titles of a cash book that head one side of a two-sided ledger (THU over Ngày | Số phiếu | …
 * | Số tiền): their sub-headers are columns of their own, not parts of an amount.
 */
function ledgerGroups(kind: TableKind, cells: readonly HeaderCell[]): Set<string> {
  const out = new Set<string>();
  if (kind !== 'cashbook') return out;
  for (const c of cells) {
    if (c.group === undefined || out.has(c.group)) continue;
    const g = matchHeader(kind, c.group);
    if (g && matchSubHeader(kind, g.field, c.text)) out.add(c.group);
  }
  return out;
}

/**
 * Analysis columns of a cash book: "Thu" over Thu nợ gốc | Thu lãi | Thu khác, "Chi" over Cho vay |
 * Chi khác, "Tồn quỹ" over Tiền mặt | Tiền gửi NH | Cộng. A sub-header naming another column is no part.
 */
function isCashPart(groupField: string, cell: HeaderCell, ledgers: ReadonlySet<string>): boolean {
  if (!CASH_PARTED.has(groupField) || ledgers.has(cell.group as string)) return false;
  const own = matchHeader('cashbook', cell.text);
  return own === undefined || own.field === groupField;
}

/**
 * One more sub-column of a balance in parts: the fund's balance is the total column (Cộng, Tổng),
 * the parts kept beside it; without a total, the parts added up.
 */
function balancePart(prev: FoundColumn | undefined, cell: HeaderCell, top: number, quality: number): FoundColumn {
  const partsOf = (c: FoundColumn) => c.parts ?? { left: c.j, right: c.right ?? c.j };
  if (BALANCE_TOTAL_KEYS.has(hk(cell.text))) {
    const total: FoundColumn = { j: cell.j, i: cell.i, header: cell.text, quality, group: cell.group };
    return prev ? { ...total, parts: partsOf(prev) } : total;
  }
  if (!prev) return { j: cell.j, i: top, header: cell.group as string, quality };
  if (BALANCE_TOTAL_KEYS.has(hk(prev.header))) return { ...prev, parts: { left: prev.parts?.left ?? cell.j, right: cell.j } };
  return { ...prev, right: cell.j };
}

const amountKey = (s: string) => hk(s.replace(/\([^)]*\)?|[/,]/g, ' '));
const CASH_AMOUNT_KEYS = new Set(CASH_AMOUNT_HEADERS.map(amountKey));

/**
 * Thu/Chi | Số tiền: one amount column, each row a receipt or a payment by the type beside it. Both
 * are read from that column; false when the book has its own Thu and Chi columns or no such pair.
 */
function typedAmount(columns: Partial<Record<string, FoundColumn>>, cells: readonly HeaderCell[]): boolean {
  if (columns.receipt && columns.payment) return false;
  const type = cells.find((c) => isCashTypeHeader(c.text));
  const amount = type && cells.find((c) => c !== type && CASH_AMOUNT_KEYS.has(amountKey(c.text)));
  if (!type || !amount) return false;
  const column: FoundColumn = { j: amount.j, i: amount.i, header: amount.text, quality: 10, typeColumn: type.j };
  columns.receipt = columns.payment = amount.group !== undefined ? { ...column, group: amount.group } : column;
  return true;
}

function layoutFor<K extends TableKind>(kind: K, cells: readonly HeaderCell[], top: number, bottom: number, unitRow = false): Layout<K> | undefined {
  const columns: Partial<Record<FieldOf<K>, FoundColumn>> = {};
  const groups = new Map<string, string | undefined>();
  const repeated: { field: string; column: FoundColumn }[] = [];
  const ledgers = ledgerGroups(kind, cells);
  // Fields found as parts under their group title, to go on into the group's next sub-column.
  const parted = new Set<string>();
  const repaid: RepaidColumns = { totals: new Map(), parted: new Map(), opening: kind === 'loans' && cells.some((c) => matchHeader(kind, c.text)?.field === 'openingBalance') };
  let any = false;
  let grouped = false;
  let extras = 0;
  for (const cell of cells) {
    let field: FieldOf<K> | undefined;
    let quality = 0;
    let header = cell.text;
    let i = cell.i;
    let part = false;
    let period = false;
    if (cell.group !== undefined) {
      const g = matchHeader(kind, cell.group);
      const sub = g ? subHeaderField(kind, g.field, cell.text) : undefined;
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
        period = true;
      } else if (g && kind === 'cashbook' && isCashPart(g.field, cell, ledgers)) {
        // "Thu" over Thu nợ gốc | Thu lãi | Thu khác: the receipts are the sub-columns added up.
        field = g.field;
        quality = g.quality;
        header = cell.group;
        i = top;
        extras++;
        part = true;
      } else if (!g && kind === 'loans' && periodSubField(cell) !== undefined) {
        // "Tháng 1/2025" over Gốc | Lãi: each month's principal and interest, added up (repaidColumn).
        field = periodSubField(cell) as FieldOf<K>;
        quality = 10;
        grouped = true;
        period = true;
      } else if (g?.field === 'guarantor') continue; // the guarantor's Họ và tên is not the borrower's
    }
    if (!field) {
      const m = matchHeader(kind, cell.text);
      if (!m) continue;
      field = m.field;
      quality = m.quality;
      // "Người vay" over Số thẻ | Họ và tên: a sub-header naming its group's own column narrows it,
      // as one of SUB_HEADERS does, so the two rows read better than the top one alone.
      if (cell.group !== undefined && matchHeader(kind, cell.group)?.field === field) {
        grouped = true;
        extras++;
      }
    }
    const prev = columns[field];
    if (part && field === 'balance' && (!prev || groups.get(field) === cell.group)) {
      columns[field] = balancePart(prev, cell, top, quality);
      groups.set(field, cell.group);
      any = true;
      continue;
    }
    if (kind === 'loans' && REPAID.has(field)) {
      const found: FoundColumn = cell.group !== undefined && header === cell.text ? { j: cell.j, i, header, quality, group: cell.group } : { j: cell.j, i, header, quality };
      const next = repaidColumn(field, prev, found, period, repaid);
      if (next !== undefined) {
        if (next !== prev) {
          columns[field] = next;
          groups.set(field, cell.group);
          any = true;
          if (prev) extras++;
        }
        continue;
      }
    }
    if (part) parted.add(field);
    if (prev && kind === 'cashbook' && PART_FIELDS.has(field) && cell.group !== undefined && groups.get(field) !== undefined && groups.get(field) !== cell.group) {
      // The same column again under another title: that part's own column.
      repeated.push({ field, column: { j: cell.j, i, header, quality, group: cell.group } });
      continue;
    }
    // "Ngày sinh | Tháng sinh | Năm sinh": the year's column, not the day's, is the birth year.
    const yearOverDay = field === 'birth' && prev !== undefined && prev.quality === quality && namesYear(header) && !namesYear(prev.header);
    if (prev && prev.quality >= quality && !yearOverDay) {
      // "Họ và tên" over Họ đệm | Tên: the name goes on into the next column of the same group.
      if ((SPANNING.has(field) || SUMMED.has(field) || parted.has(field)) && cell.group !== undefined && groups.get(field) === cell.group && cell.j === (prev.right ?? prev.j) + 1) {
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
  if (kind === 'cashbook' && typedAmount(columns as Partial<Record<string, FoundColumn>>, cells)) any = true;
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
function namesYear(header: string): boolean {
  const k = hk(header);
  return k.startsWith('năm') || k.startsWith('sinh năm') || k === 'ns';
}

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
