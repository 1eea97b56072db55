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
  /** How many of the member fields the rules read (role, hardship, volunteer, status…) it has. */
  readonly fields: number;
}

/** Lists that differ by this many member fields hold the same people for another purpose (a health book). */
const OTHER_PURPOSE_FIELDS = 2;

/**
 * `copy` holds `list`'s people with none of the member fields `list` has (a health book, a gift
 * list): kept for another purpose. A list with a role or hardship column is a member list.
 */
export function forOtherPurpose(copy: MemberList, list: MemberList): boolean {
  return copy.fields === 0 && list.fields >= OTHER_PURPOSE_FIELDS;
}

// "DS (cũ)", "Bản cũ", "DS old": the officer says which list is the old one.
const OLD = /(?:^|[^\p{L}])(?:cũ|old)(?:[^\p{L}]|$)/iu;

function markedOld(l: MemberList): boolean {
  return [l.sheet.name, ...titleTexts(l.sheet, l.headerTop)].some((t) => OLD.test(t.normalize('NFC')));
}

function isNewer(a: MemberList, b: MemberList): boolean {
  // A hidden list is the one put away.
  if (!a.sheet.hidden !== !b.sheet.hidden) return !a.sheet.hidden;
  const oa = markedOld(a);
  if (oa !== markedOld(b)) return !oa;
  const ya = yearOf(a.sheet, a.headerTop);
  const yb = yearOf(b.sheet, b.headerTop);
  return ya !== yb ? ya > yb : a.index > b.index;
}

/** A list nearly all of whose people are on a list at least twice as long is a part of it. */
const PART_SHARE = 0.9;
const PART_OF_LARGER = 2;
const PART_MIN_ROWS = 3;

/**
 * Lists that are parts of another list of the workbook, each with that list: the board or the
 * home-care volunteers listed again on a sheet of their own, a view of some members. Their people
 * are counted once, on the whole list. (A club split by group, or clubs side by side, share nobody.)
 */
export function partLists<T extends MemberList>(lists: readonly T[]): Map<T, T> {
  const parts = new Map<T, T>();
  for (const small of lists) {
    if (small.names.size < PART_MIN_ROWS) continue;
    for (const large of lists) {
      if (large === small || parts.has(large) || large.names.size < small.names.size * PART_OF_LARGER) continue;
      let shared = 0;
      for (const k of small.names) if (large.names.has(k)) shared++;
      if (shared >= small.names.size * PART_SHARE) {
        parts.set(small, large);
        break;
      }
    }
  }
  return parts;
}

/** Most of a list kept for another purpose is the club's members (a gift list adds a few others). */
const OTHER_PURPOSE_SHARE = 0.7;
const NAMED_PURPOSE_SHARE = 0.6;

// A list whose sheet name or title says what it is for: gifts, visits, health checks, attendance.
const PURPOSE = /(?:^|[^\p{L}])(?:quà|qua tet|thăm hỏi|hỗ trợ|khám|sức khỏe|sức khoẻ|điểm danh|chăm sóc|mô hình|sinh kế|nhận tiền|ký nhận)(?:[^\p{L}]|$)/iu;

function namesPurpose(l: MemberList): boolean {
  return [l.sheet.name, ...titleTexts(l.sheet, l.headerTop)].some((t) => PURPOSE.test(t.normalize('NFC')));
}

/**
 * Lists kept for another purpose (forOtherPurpose, or saying so in their name or title) whose people
 * are mostly on a member list, each with that list: a health log with a row per visit, a gift list
 * over two years. Never a roster.
 */
export function otherPurposeLists<T extends MemberList>(lists: readonly T[]): Map<T, T> {
  const out = new Map<T, T>();
  for (const copy of lists) {
    if (copy.names.size < PART_MIN_ROWS) continue;
    for (const list of lists) {
      if (list === copy || out.has(list)) continue;
      const named = namesPurpose(copy) && !namesPurpose(list);
      if (!named && !forOtherPurpose(copy, list)) continue;
      let shared = 0;
      for (const k of copy.names) if (list.names.has(k)) shared++;
      if (shared >= copy.names.size * (named ? NAMED_PURPOSE_SHARE : OTHER_PURPOSE_SHARE)) {
        out.set(copy, list);
        break;
      }
    }
  }
  return out;
}

/**
 * The older copies among member lists, each with the newer list kept: two lists sharing most of
 * their people are two versions of one list (a club's list split by group shares none). Newer means
 * not marked old ("cũ"), then a later year in the sheet name or title, else the sheet further right. Looked for before clubs are
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
      // The same people in a book kept for something else (a health book with this year in its
      // title) is no newer member list: the one with the member fields is the club's.
      const aIsList = forOtherPurpose(a, b) || forOtherPurpose(b, a) ? a.fields > b.fields : isNewer(a, b);
      older.set(aIsList ? b : a, aIsList ? a : b);
    }
  }
  return older;
}
