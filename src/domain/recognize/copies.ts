// Last year's member list kept beside this year's ("DS 2024", "DS 2025"; "Sheet1" and "Sheet1
// (2)"): both name the same club and mostly the same people. Read together they would make one club
// of twice its size, every member a duplicate. The newer list is the club's; the older is named.

import type { MemberBook, SheetProblem } from '../books';
import type { SheetGrid } from '../grid';
import { olderCopy } from './messages';

/** Two lists sharing this share of the smaller one's names are two versions of one list. */
const SAME_PEOPLE = 0.5;
/** Lists shorter than this are parts or samples, never copies of a roster. */
const MIN_ROWS = 10;

const YEAR = /(?:^|\D)(20\d{2})(?!\d)/g;

/** The latest year a sheet's name or title lines mention (2000–2099), or 0. */
function yearOf(sheet: SheetGrid, headerTop: number): number {
  let latest = 0;
  const texts = [sheet.name];
  for (let i = 0; i < headerTop && i < sheet.values.length; i++) for (const v of sheet.values[i] ?? []) if (typeof v === 'string' && v.length <= 200) texts.push(v);
  for (const t of texts) for (const m of t.matchAll(YEAR)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

function keysOf(book: MemberBook): Set<string> {
  const keys = new Set<string>();
  for (const m of book.rows) if (m.nameKey) keys.add(m.nameKey);
  return keys;
}

/**
 * The member books without older copies of a club's list, and a note for each copy left out. Newer
 * means a later year in the sheet name or title, else the sheet further right.
 */
export function withoutOlderCopies(
  books: readonly MemberBook[],
  sheets: ReadonlyMap<string, { sheet: SheetGrid; index: number }>,
): { books: MemberBook[]; problems: SheetProblem[] } {
  if (books.length < 2) return { books: [...books], problems: [] };
  const keys = new Map(books.map((b) => [b, keysOf(b)]));
  const rank = (b: MemberBook) => {
    const s = sheets.get(b.sheet);
    return s ? [yearOf(s.sheet, b.headerTop - s.sheet.top), s.index] : [0, 0];
  };
  const older = new Map<MemberBook, MemberBook>();
  for (let x = 0; x < books.length; x++) {
    for (let y = x + 1; y < books.length; y++) {
      const a = books[x];
      const b = books[y];
      if (a.club !== b.club || older.has(a) || older.has(b)) continue;
      const ka = keys.get(a) as Set<string>;
      const kb = keys.get(b) as Set<string>;
      const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
      if (small.size < MIN_ROWS) continue;
      let shared = 0;
      for (const k of small) if (large.has(k)) shared++;
      if (shared < small.size * SAME_PEOPLE) continue;
      const [ya, ia] = rank(a);
      const [yb, ib] = rank(b);
      const aIsNewer = ya !== yb ? ya > yb : ia > ib;
      older.set(aIsNewer ? b : a, aIsNewer ? a : b);
    }
  }
  const problems: SheetProblem[] = [];
  for (const [old, kept] of older) {
    const { message, fix } = olderCopy(old.sheet, kept.sheet);
    problems.push({ sheet: old.sheet, kind: 'older-copy', book: 'members', r: old.headerTop, c: old.columns.name?.c ?? 0, message, fix });
  }
  return { books: books.filter((b) => !older.has(b)), problems };
}
