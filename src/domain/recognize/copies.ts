// Last year's member list kept beside this year's ("DS 2024", "DS 2025"; "Sheet1" and "Sheet1
// (2)"): both name the same club and mostly the same people. Read together they would make one club
// of twice its size, every member a duplicate. The newer list is the club's; the older is named.

import type { SheetGrid } from '../grid';
import { titleTexts } from './cells';

/**
 * Two lists sharing half of the smaller one's names and three quarters of the larger one's are two
 * versions of one list (a year's joiners and leavers change a few); a volunteers' list shares less.
 */
const SAME_PEOPLE = 0.5;
const SAME_PEOPLE_OF_LARGER = 0.75;
/** Lists shorter than this are parts or samples, never copies of a roster. */
const MIN_ROWS = 10;

const YEAR = /(?:^|\D)(20\d{2})(?!\d)/g;

/** The latest year a sheet's name or title lines mention (2000–2099), or 0. */
function yearOf(sheet: SheetGrid, headerTop: number): number {
  let latest = 0;
  for (const t of [sheet.name, ...titleTexts(sheet, headerTop)]) for (const m of t.matchAll(YEAR)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

/** A member list as found on its sheet: where, and the name keys of its members. */
export interface MemberList {
  readonly sheet: SheetGrid;
  readonly index: number;
  /** Relative row of its header. */
  readonly headerTop: number;
  readonly names: ReadonlySet<string>;
}

/**
 * The older copies among member lists, each with the newer list kept: two lists sharing most of
 * their people are two versions of one list (a club's list split by group shares none). Newer means
 * a later year in the sheet name or title, else the sheet further right. Looked for before clubs are
 * named, since a list's club may come from its sheet name ("DS 2024", "DS 2025").
 */
export function olderCopies<T extends MemberList>(lists: readonly T[]): Map<T, T> {
  const older = new Map<T, T>();
  for (let x = 0; x < lists.length; x++) {
    for (let y = x + 1; y < lists.length; y++) {
      const a = lists[x];
      const b = lists[y];
      if (older.has(a) || older.has(b)) continue;
      const [small, large] = a.names.size <= b.names.size ? [a.names, b.names] : [b.names, a.names];
      if (small.size < MIN_ROWS) continue;
      let shared = 0;
      for (const k of small) if (large.has(k)) shared++;
      // Most of both lists: a volunteers' or a board's list is a part of the list, not a copy.
      if (shared < small.size * SAME_PEOPLE || shared < large.size * SAME_PEOPLE_OF_LARGER) continue;
      const ya = yearOf(a.sheet, a.headerTop);
      const yb = yearOf(b.sheet, b.headerTop);
      const aIsNewer = ya !== yb ? ya > yb : a.index > b.index;
      older.set(aIsNewer ? b : a, aIsNewer ? a : b);
    }
  }
  return older;
}
