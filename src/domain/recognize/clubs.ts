// Which club a book (and each row) belongs to. One club per file is the rule; a province roll-up
// holds one sheet per club, or one long list with a club column. Club names are compared by
// nameKey, and the first spelling seen is the one shown everywhere.

import type { CellValue, SheetGrid } from '../grid';
import { isBlank, looseKey, nameKey } from '../values';
import { titleTexts } from './cells';
import { BOOK_WORDS, CLUB_WORDS } from './headers';

const CLUB_IN_TITLE = /(^|[^\p{L}\p{N}])(CLB|câu lạc bộ|cau lac bo)(?![\p{L}\p{N}])/iu;

// "… ẤP PHÚ HÒA NĂM 2025", "… (2025)", "… - 2025": the year of the list, not part of the club's name.
const TITLE_YEAR = /[\s(–—-]*(?:(?:năm|nam)\s*)?\(?\s*(?:19|20)\d{2}\s*\)?\s*$/iu;

/** "DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP PHÚ HÒA" → "CLB LTHTGN ẤP PHÚ HÒA". */
export function clubFromTitle(s: string): string | undefined {
  const t = s.normalize('NFC');
  const m = CLUB_IN_TITLE.exec(t);
  if (!m) return undefined;
  // "… các CLB huyện Long Hồ" names several clubs, not one.
  if (/(^|[^\p{L}])(các|cac)\s*$/iu.test(t.slice(0, m.index + m[1].length))) return undefined;
  const from = m.index + m[1].length;
  const club = labelledClub(t.slice(from), m[2].length)
    // "Tên CLB: CLB xóm Đồng Tâm; Xã: Hợp Thành; Ngày thành lập: …": the name ends at the next label.
    .replace(/\s*[;|].*$/u, '')
    .replace(/\s+/g, ' ')
    .replace(TITLE_YEAR, '')
    .replace(/[\s.,:;–—-]+$/u, '')
    .trim();
  // "CLB" alone, a column header "Tên CLB", or a letterhead of club words only ("CLB LIÊN THẾ HỆ TỰ
  // GIÚP NHAU", the same on every club's sheet) says nothing about which club.
  return club.length > m[2].length + 1 && clubCore(club) !== '' ? club : undefined;
}

const CLUB_NAMED = /(^|[^\p{L}\p{N}])(CLB|câu lạc bộ|cau lac bo|liên thế hệ|lien the he)(?![\p{L}\p{N}])/iu;

/**
 * "Tên CLB: CLB ấp Phú Hòa", "CLB LTHTGN: ấp Tân An": a label with the club after its colon. The
 * club is what follows, or the label's club words before it when what follows is only the place.
 */
function labelledClub(s: string, wordLength: number): string {
  const label = /^[\p{L}\s]*:\s*/u.exec(s.slice(wordLength));
  if (!label) return s;
  const rest = s.slice(wordLength + label[0].length);
  if (CLUB_NAMED.test(rest)) return rest;
  return `${s.slice(0, wordLength + label[0].length).replace(/\s*:\s*$/u, '')} ${rest}`;
}

/** A club named in a title line above the header (rows 0 … headerTop-1, relative). */
export function titleClub(sheet: SheetGrid, headerTop: number): string | undefined {
  for (const t of titleTexts(sheet, headerTop)) {
    const c = clubFromTitle(t);
    if (c) return c;
  }
  return undefined;
}

function tokens(s: string): string[] {
  return looseKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function phrases(words: readonly string[]): string[][] {
  return words.map(tokens).sort((a, b) => b.length - a.length);
}

const BOOK_PHRASES = phrases(BOOK_WORDS);
const CLUB_PHRASES = phrases(CLUB_WORDS);

function removePhrases(ts: string[], list: readonly string[][]): string[] {
  const out: string[] = [];
  let i = 0;
  outer: while (i < ts.length) {
    for (const p of list) {
      if (p.length === 0 || i + p.length > ts.length) continue;
      let ok = true;
      for (let k = 0; k < p.length; k++)
        if (ts[i + k] !== p[k]) {
          ok = false;
          break;
        }
      if (ok) {
        i += p.length;
        continue outer;
      }
    }
    out.push(ts[i]);
    i++;
  }
  return out;
}

/** The place part of a club name, for matching sheets to clubs ("CLB LTHTGN Ấp Phú Hòa" → "phu hoa"). */
export function clubCore(s: string): string {
  return removePhrases(tokens(s), CLUB_PHRASES).join(' ');
}

/**
 * The place part of a club name when it names a place ("phu hoa"); '' for a number alone ("CLB ấp
 * 1" and "Tổ 1" are not the same club) or no place.
 */
export function placeCore(s: string): string {
  const core = clubCore(s);
  return /\p{L}/u.test(core) ? core : '';
}

/** Excel's longest sheet name: a name this long may have been cut in the middle of a word. */
const SHEET_NAME_MAX = 31;

/**
 * A sheet name's club keys: the name without its book words ("DS Phú Hòa", "Sổ cho vay - Phú Hòa" →
 * "phu hoa") and its year ("DSTV ấp Mỹ Lợi 2025" is "Vay Mỹ Lợi"'s club); for a name Excel cut at 31
 * characters, also without its last word, which may be cut ("Sổ cho vay ấp Tân Thành Đông (2…").
 */
export function sheetCores(sheetName: string): string[] {
  const ts = removePhrases(removePhrases(tokens(sheetName), BOOK_PHRASES), CLUB_PHRASES).filter((t) => !/^(?:19|20)\d\d$/.test(t));
  if (ts.length === 0) return [];
  return sheetName.length >= SHEET_NAME_MAX && ts.length > 1 ? [ts.join(' '), ts.slice(0, -1).join(' ')] : [ts.join(' ')];
}

/** One display spelling per club key, the first seen. */
export class ClubNames {
  private readonly byKey = new Map<string, string>();
  private readonly byCore = new Map<string, string>();
  private readonly byRaw = new Map<string, string | undefined>();

  canonical(name: string): string {
    const t = name.trim().replace(/\s+/g, ' ');
    const k = nameKey(t);
    const hit = this.byKey.get(k);
    if (hit !== undefined) return hit;
    // "Ấp Phú Hòa" in the loan book is the member list's "CLB LTHTGN ấp Phú Hoà": the same place.
    const core = placeCore(t);
    const same = core ? this.byCore.get(core) : undefined;
    const shown = same ?? t;
    if (core && same === undefined) this.byCore.set(core, t);
    this.byKey.set(k, shown);
    return shown;
  }

  /** A club cell's value → its display name, undefined when blank. */
  readonly ofCell = (v: CellValue): string | undefined => {
    if (v === null || v === undefined) return undefined;
    if (typeof v === 'string') {
      const hit = this.byRaw.get(v);
      if (hit !== undefined || this.byRaw.has(v)) return hit;
      const r = isBlank(v) ? undefined : this.canonical(v);
      this.byRaw.set(v, r);
      return r;
    }
    if (typeof v === 'number') return this.canonical(String(v));
    return undefined;
  };
}
