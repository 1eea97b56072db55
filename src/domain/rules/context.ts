import type { Book, BookKind, ClubInfo, Column, MemberRow, Recognized, Serial } from '../books';
import type { Finding, RuleId, Severity } from '../findings';
import { a1 } from '../grid';
import type { Profile } from '../profiles';
import type { Text } from '../text';

export interface RuleContext {
  readonly profile: Profile;
  readonly asOf: Serial;
  readonly asOfYear: number;
  readonly recognized: Recognized;
  /** Club key → the club's information sheet, when one names it (or the only one there is). */
  readonly clubInfoOf: (club: string) => ClubInfo | undefined;
}

export type Emit = (finding: Finding) => void;

/** Where a finding points: its book's sheet and kind. */
export interface Place {
  readonly kind: BookKind;
  readonly sheet: string;
}

export function finding(
  rule: RuleId,
  severity: Severity,
  place: Place,
  club: string | undefined,
  r: number | undefined,
  cells: readonly string[],
  message: Text,
  fix: Text,
): Finding {
  const f: Finding = {
    rule,
    severity,
    sheet: place.sheet,
    book: place.kind,
    ...(club ? { club } : {}),
    ...(r !== undefined ? { row: r + 1 } : {}),
    cells,
    message,
    fix,
  };
  return f;
}

/** The cells of row r in the given columns (those that exist). */
export function rowCells(r: number, ...columns: (Column | undefined)[]): string[] {
  const out: string[] = [];
  for (const col of columns) if (col) out.push(a1(r, col.c));
  return out;
}

export function headerCell(column: Column | undefined): string[] {
  return column ? [a1(column.r, column.c)] : [];
}

/** The first column header of a book (for findings about a book without a better cell). */
export function firstHeader(book: Book): string[] {
  let best: Column | undefined;
  for (const col of Object.values(book.columns) as (Column | undefined)[]) {
    if (col && (!best || col.c < best.c)) best = col;
  }
  return headerCell(best);
}

/** Active on a day: not left / moved / deceased, joined on or before it, not left on or before it (RULES.md). */
export function activeOn(m: MemberRow, day: Serial): boolean {
  if (m.joined !== undefined && m.joined > day) return false;
  if (m.left !== undefined && m.left <= day) return false;
  return true;
}

/** Active on the as-of date: also a status of left / moved / deceased makes a member inactive. */
export function activeAtAsOf(m: MemberRow, asOf: Serial): boolean {
  if (m.status && m.status !== 'active') return false;
  return activeOn(m, asOf);
}
