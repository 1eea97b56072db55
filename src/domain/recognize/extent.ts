// Where a table's data rows are: from under the header to the first of several empty rows, a total
// row (Tổng cộng, Cộng) or a signature block (Người lập biểu, "…, ngày … tháng … năm …"). Blank
// rows in between, a row holding only its STT number, and a row of column numbers "(1) (2) (3)"
// under the header are not data.

import type { CellRange, CellValue, SheetGrid } from '../grid';
import { blank } from './cells';
import { CASH_SUBTOTAL_WORDS, GROUP_SUBTOTAL_WORDS, OPENING_WORDS, REMARK_WORDS, SIGNATURE_WORDS, TOTAL_WORDS } from './headers';
import { columnOf, TABLE_KINDS, type FoundColumn, type Layout, type MergeIndex } from './layout';
import { clubCore, clubFromTitle } from './clubs';
import { containsPhrase, fundNamed, hk, keysOf, matchHeader, startsWithPhrase } from './match';

/** Consecutive empty rows that end a table. */
export const BLANK_ROWS_END = 3;

const TOTAL_KEYS = keysOf(TOTAL_WORDS);
const SIGNATURE_KEYS = keysOf(SIGNATURE_WORDS);
const SUBTOTAL_KEYS = keysOf(CASH_SUBTOTAL_WORDS);
const REMARK_KEYS = keysOf(REMARK_WORDS);
const GROUP_SUBTOTAL_KEYS = keysOf(GROUP_SUBTOTAL_WORDS);
const OPENING_KEYS = keysOf(OPENING_WORDS);
// A period title on a row of its own inside the table ("Tháng 02/2025", "THÁNG 3 NĂM 2025", "Quý II"),
// as in a cash book kept month by month. Tested on the text: headerKey drops the slash.
const PERIOD_TITLE = /^\s*(?:tháng|quý|kỳ)\s*(?:\d{1,2}|[ivx]{1,4})\s*(?:(?:[/.-]|năm)\s*\d{2,4})?\s*:?\s*$/iu;
const PLACE_DATE = /(^| )ng(à|a)y( .*)? th(á|a)ng( .*)? n(ă|a)m( |$)/;
// "Phú Hưng, ngày 30/6/2025": the place-and-date line with the date in figures (tested on the text,
// since headerKey drops the slashes).
const PLACE_DATE_FIGURES = /(^|[\s,])ng(à|a)y\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*\.?$/iu;
const NUMBER_ONLY = /^\s*\d{1,6}\s*\.?\s*$/;
const COLUMN_NUMBER = /^\s*[([]?\s*[0-9A-Za-z]{1,2}\s*[)\]]?\s*$/;

export interface Extent {
  /** Relative indices of the data rows, in order. */
  readonly rows: Int32Array;
  /** Merged areas among the data rows, in sheet coordinates. */
  readonly mergedData: readonly CellRange[];
  /** Relative first and last rows of another table typed on under this one without a header of its own. */
  readonly headerless?: { readonly top: number; readonly bottom: number };
  /** Club titles inside a list with no club column, in row order: each names the club of the rows under it. */
  readonly clubTitles?: readonly ClubTitle[];
}

export interface ClubTitle {
  /** Relative row of the title. */
  readonly row: number;
  readonly club: string;
}

/** Tổng / Cộng (or Tong / Cong, or decomposed): T or C, then ổ, ộ or a bare o. Rejects "Trần", "Tống" at once. */
function mayBeTotal(s: string): boolean {
  let k = 0;
  while (k < s.length && (s.charCodeAt(k) <= 32 || s.charCodeAt(k) === 160)) k++;
  const c = s.charCodeAt(k) | 0x20;
  if (c !== 116 && c !== 99) return false; // t c
  const o = s.charCodeAt(k + 1);
  return o === 111 || o === 79 || o === 0x1ed5 || o === 0x1ed4 || o === 0x1ed9 || o === 0x1ed8;
}

// "TC:", the usual short form of Tổng cộng.
const TC = /^\s*t\.?\s?c\s*[:.]?\s*$/i;

// "Tổng Thị Hoa": Tổng is also a family name; a total's label is no capitalised name.
const SURNAME_TONG = /^\s*[Tt](?:ổ|ô|o)ng\s+(?!(?:Cộng|Số|Cong|So|Kết|Ket)(?:\s|$))\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\s*$/u;

export function isTotalText(s: string): boolean {
  return (mayBeTotal(s) && startsWithPhrase(hk(s), TOTAL_KEYS) && !SURNAME_TONG.test(s.normalize('NFC'))) || (s.length <= 6 && TC.test(s));
}

/** "Cộng CLB Phú Hòa", "Cộng CLB01": one group's subtotal, with more groups after it. */
function isGroupSubtotal(s: string): boolean {
  if (!mayBeTotal(s)) return false;
  const k = hk(s);
  return startsWithPhrase(k, GROUP_SUBTOTAL_KEYS) || GROUP_CODE_SUBTOTAL.test(k);
}

const GROUP_CODE_SUBTOTAL = /^(?:cộng|tổng(?: cộng)?) ?(?:clb|ấp|thôn|tổ)\d/u;

/** A total's label: a group's subtotal (Skip), the table's total (End), or undefined for anything else. */
function totalRow(s: string): RowKind | undefined {
  if (isTotalText(s)) return isGroupSubtotal(s) ? RowKind.Skip : RowKind.End;
  return excelSubtotal(s);
}

// Excel's Data › Subtotal writes "<group> Total", "<group> Count" under each group, then "Grand
// Total" (in English, whatever the sheet's language).
const SUBTOTAL_FUNCTIONS = [' Total', ' Count', ' Sum', ' Average', ' Max', ' Min'];

/** RowKind.Skip for "<group> Total", RowKind.End for "Grand Total", undefined for anything else. */
function excelSubtotal(s: string): RowKind | undefined {
  // Asked of every row's first text: a capital after a space near the end comes before any search.
  const n = s.length;
  const c5 = n > 5 && s.charCodeAt(n - 6) === 32 ? s.charCodeAt(n - 5) : 0; // Total, Count
  const c3 = n > 3 && s.charCodeAt(n - 4) === 32 ? s.charCodeAt(n - 3) : 0; // Sum, Max, Min
  const c7 = n > 7 && s.charCodeAt(n - 8) === 32 ? s.charCodeAt(n - 7) : 0; // Average
  if (!(c5 === 84 || c5 === 67 || c3 === 83 || c3 === 77 || c7 === 65) || !SUBTOTAL_FUNCTIONS.some((f) => s.endsWith(f))) return undefined;
  return s.startsWith('Grand ') ? RowKind.End : RowKind.Skip;
}

// A group's title on a row of its own inside the table ("TỔ 1", "Nhóm 2", "Xóm 3"), as in a list
// kept group by group, or a tranche's of loans ("Đợt 1 - Tháng 3/2024").
const GROUP_TITLE = /^\s*(?:tổ|nhóm|xóm|đội|khóm|khu)\s*(?:số\s*)?\d{1,3}\s*:?\s*$|^\s*(?:đợt|lần)\s*(?:thứ\s*)?\d{1,3}(?!\d)/iu;

/** A short line naming a fund and nothing else: "II. QUỸ HOẠT ĐỘNG", "Quỹ tăng thu nhập:". */
export function isFundTitle(s: string): boolean {
  const t = s.replace(PART_NUMBER, '');
  return t.length <= 40 && fundNamed(t) !== undefined && !/\d/.test(t);
}

/** First letter t, q or k (cheap, before the pattern): "Tháng 02/2025", "Quý I", "Kỳ 2". */
function isPeriodTitle(s: string): boolean {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) <= 32) k++;
  const c = s.charCodeAt(k) | 0x20;
  return (c === 116 || c === 113 || c === 107) && PERIOD_TITLE.test(s.normalize('NFC'));
}

const IN_WHICH_KEYS = keysOf(['Trong đó']);
// A numbered section in capitals: "I. BAN CHỦ NHIỆM", "II. CÁC THÀNH VIÊN TỔ 2", "B) TỔ 2".
const SECTION_NUMBER = /^\s*(?:[IVX]{1,4}|[A-Đ])\s*[.)]\s*/u;

function isSectionTitle(s: string): boolean {
  const m = SECTION_NUMBER.exec(s);
  if (!m) return false;
  // "I. TẾT GIÁP THÌN 2024 (quà của Hội NCT huyện)": the title in capitals, a note after it.
  const rest = s.slice(m[0].length).replace(/\(.*$/su, '');
  return /\p{L}/u.test(rest) && rest === rest.toUpperCase();
}

// "CLB ẤP AN HÒA: 55 thành viên", "CLB ấp An Hòa (55 thành viên)": the club, then its count.
const CLUB_COUNT = /\s*[:(–-]?\s*\d+\s*(?:thành viên|tv|người|hội viên)\s*\)?\s*\.?\s*$/iu;
const STARTS_WITH_CLUB = /^(?:CLB|câu lạc bộ|cau lac bo)(?![\p{L}\p{N}])/iu;

/** A club's title heading a block of a list: it starts with the club ("I. CLB LTHTGN ẤP PHÚ HÒA"). */
function clubTitleOf(text: string): string | undefined {
  const t = text.normalize('NFC').replace(PART_NUMBER, '');
  if (!STARTS_WITH_CLUB.test(t)) return undefined;
  return clubFromTitle(t.replace(CLUB_COUNT, ''));
}

const PAGE_NUMBER = /^\s*(?:(?:trang|tr\.|page)\s*\d{1,3}(?:\s*\/\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–])\s*$/iu;
// "Đang sinh hoạt: 58 người; đã mất 2", "Số thành viên nữ: 42": words, a colon, a count.
const FIGURE_LINE = /^[^\d:]{3,60}:\s*\d/u;
const REMARK_MARK = /^\s*(\*|\(\*\)|(lưu ý|luu y)\s*:)/iu;

function isRemark(s: string): boolean {
  return REMARK_MARK.test(s.normalize('NFC')) || startsWithPhrase(hk(s), REMARK_KEYS);
}

// "II. BAN CHỦ NHIỆM": a numbered part of the document after the table.
const PART_NUMBER = /^\s*(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*/u;

export function isSignatureText(s: string): boolean {
  const k = hk(s.replace(PART_NUMBER, ''));
  return k.length > 0 && (startsWithPhrase(k, SIGNATURE_KEYS) || PLACE_DATE.test(k) || PLACE_DATE_FIGURES.test(s.normalize('NFC').trim()));
}

function colOf(layout: Layout, field: string): number {
  const c = columnOf(layout, field);
  return c ? c.j : -1;
}

const KEY_FIELDS = new Set(['name', 'borrower', 'date']);

const EXAMPLE = /^\s*(?:vd|ví dụ|mẫu)\s*(?:[:.)-]|$)/iu;
const IN_BRACKETS = /^\s*\(.*\)\s*$/su;

/** "VD", "Ví dụ", "Mẫu" by their first two letters (cheap, before the pattern, asked of every row; "V001", "Võ" fail at once). */
function mayBeExample(s: string): boolean {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) <= 32) k++;
  const c = s.charCodeAt(k) | 0x20;
  const d = s.charCodeAt(k + 1);
  const e = d | 0x20;
  if (c === 118) return e === 100 || e === 105 || d === 0xed || d === 0xcd; // vd, vi, ví, VÍ
  return c === 109 && (e === 97 || d === 0x1eab || d === 0x1eaa); // ma, mẫ, MẪ
}

/** Every text of the row in brackets: "(4 chữ số)", "(chọn Nam/Nữ)", a template's instructions. */
function isInstructionRow(row: CellValue[], left: number, end: number): boolean {
  let any = false;
  for (let j = left; j <= end; j++) {
    const v = row[j];
    if (typeof v !== 'string' || blank(v)) continue;
    if (!IN_BRACKETS.test(v)) return false;
    any = true;
  }
  return any;
}

/** What a row under the header is. */
const enum RowKind {
  Blank,
  Data,
  /** A cash-book subtotal line: skipped, not an end. */
  Skip,
  /** A total row or a signature block: the table ends. */
  End,
  /** A row of column numbers "(1) (2) (3)": skipped when first. */
  Numbers,
  /** "I. CLB LTHTGN ẤP PHÚ HÒA" on a row of its own in a list with no club column: the rows under it are that club's. */
  ClubTitle,
}

/**
 * Classifies rows one at a time. A small function called per row (rather than one long loop) is
 * compiled early and stays compiled for every sheet: most of a cold check's cost here was the
 * loop running uncompiled.
 */
class RowClassifier {
  private readonly stt: number;
  private readonly club: number;
  private readonly nameCol: number;
  private readonly outstanding: number;
  private readonly balance: number;
  private readonly description: number;
  private readonly isCash: boolean;
  /** A loan book's (or log's) date column: a carried-over balance line has no date. */
  private readonly carriedDate: number;
  /**
   * Columns the book reads (relative to left): a row holding something only elsewhere (a Tuổi or a
   * "Lãi 1 tháng" formula dragged down the template's empty rows) is no record.
   */
  private readonly known: Uint8Array;

  /** Column → headerKey of the header cells of the one-row part of the header, for spotting it repeated. */
  private readonly headerKeys: [number, string][];

  constructor(
    layout: Layout,
    private readonly left: number,
    private readonly right: number,
  ) {
    this.headerKeys = (Object.values(layout.columns) as FoundColumn[]).filter((c) => c.i === layout.top).map((c) => [c.j, hk(c.header)]);
    this.known = new Uint8Array(Math.max(0, right - left + 1));
    for (const c of Object.values(layout.columns) as FoundColumn[]) {
      for (let j = c.j; j <= (c.right ?? c.j); j++) if (j >= left && j <= right) this.known[j - left] = 1;
    }
    this.stt = colOf(layout, 'stt');
    this.club = colOf(layout, 'club');
    this.nameCol = colOf(layout, layout.kind === 'members' ? 'name' : 'borrower');
    this.outstanding = layout.kind === 'loans' ? colOf(layout, 'outstanding') : -1;
    this.isCash = layout.kind === 'cashbook';
    this.balance = this.isCash ? colOf(layout, 'balance') : -1;
    this.description = this.isCash ? colOf(layout, 'description') : -1;
    this.carriedDate = layout.kind === 'loans' || layout.kind === 'repayments' ? colOf(layout, 'date') : -1;
  }

  /** The header row typed again inside the table (a list printed page by page, each page with its header). */
  private isHeaderAgain(row: CellValue[]): boolean {
    let same = 0;
    for (const [j, key] of this.headerKeys) {
      const v = row[j];
      if (typeof v !== 'string') return false;
      if (hk(v) !== key) return false;
      same++;
    }
    return same >= 2;
  }

  /**
   * A header row: two or more cells that are whole wordings of this kind of book's columns, one of
   * them its name (or date) column, and nothing else but text without figures. (A member's "Nữ" or
   * "Ấp Phú Hòa" alone is data.)
   */
  private isOtherHeader(row: CellValue[]): boolean {
    const end = Math.min(this.right, row.length - 1);
    const texts: string[] = [];
    for (let j = this.left; j <= end; j++) {
      const v = row[j];
      if (v === null || v === undefined || (typeof v === 'string' && blank(v))) continue;
      if (typeof v !== 'string' || /\d/.test(v)) return false;
      texts.push(v);
    }
    // This book's header, or another book's (the loan book written under the member list).
    return TABLE_KINDS.some((kind) => {
      let named = 0;
      let key = false;
      for (const v of texts) {
        const m = matchHeader(kind, v);
        if (!m || m.quality < 9) continue;
        named++;
        if (KEY_FIELDS.has(m.field)) key = true;
      }
      return named >= 2 && key;
    });
  }

  /** The club the last RowKind.ClubTitle row named. */
  titleClub: string | undefined;

  /** A row holding one text and nothing else: a title, a remark, a page number, figures; undefined for none of these. */
  private singleText(text: string): RowKind | undefined {
    // "I. CLB LTHTGN ẤP PHÚ HÒA" over a block of a roll-up with no club column.
    if (this.club < 0 && !this.isCash) {
      const club = clubTitleOf(text);
      if (club !== undefined) {
        this.titleClub = club;
        return RowKind.ClubTitle;
      }
    }
    // "II. CÁC THÀNH VIÊN TỔ 2", "I. BAN CHỦ NHIỆM": a numbered section of the list, not its signature.
    if (isSectionTitle(text)) return RowKind.Skip;
    // "Trong đó nữ: 42", "Trong đó: tiền mặt 2.300.000 đ": the line above broken down.
    if (startsWithPhrase(hk(text), IN_WHICH_KEYS)) return RowKind.Skip;
    // A footnote or remark on a row of its own ("* …", "Ghi chú: …") ends the table.
    if (isRemark(text)) return RowKind.End;
    // "Trang 2/3" typed on a page's last row of a list printed page by page.
    if (PAGE_NUMBER.test(text)) return RowKind.Skip;
    // "Đang sinh hoạt: 58 người" under a list, "Nhóm A: 12 người" over a group: figures, not a member.
    // (A cash book's description alone on a row is an entry to report.)
    if (!this.isCash && FIGURE_LINE.test(text)) return RowKind.Skip;
    return undefined;
  }

  kind(row: CellValue[] | undefined, first: boolean): RowKind {
    if (!row) return RowKind.Blank;
    let nonBlank = 0;
    let allText = true;
    let firstText: string | undefined;
    let onlyBalance = true;
    let inKnown = 0;
    const end = Math.min(this.right, row.length - 1);
    for (let j = this.left; j <= end; j++) {
      const v = row[j];
      if (typeof v === 'number') {
        // A 0 alone is no content: formulas dragged past the last record ("=DS!B70", "=IF(…)") give 0,
        // which a sheet hiding zeros shows as empty.
        if (v === 0 || j === this.stt || j === this.club) continue;
        allText = false;
      } else if (typeof v === 'string') {
        if (blank(v) || j === this.club || (j === this.stt && NUMBER_ONLY.test(v))) continue;
        if (firstText === undefined) firstText = v;
      } else if (v === null || v === undefined || v === false || j === this.club) continue; // false: an unticked checkbox
      else allText = false;
      nonBlank++;
      if (this.known[j - this.left] === 1 && j !== this.stt) inKnown++;
      if (j !== this.balance) onlyBalance = false;
      // Enough seen: past four cells a row is no signature, and its first text is known.
      if (nonBlank > 4 && firstText !== undefined && !onlyBalance && inKnown > 0) break;
    }
    if (nonBlank === 0 || (onlyBalance && !first)) return RowKind.Blank;
    if (this.isCash) {
      const d = this.description >= 0 && typeof row[this.description] === 'string' ? (row[this.description] as string) : firstText;
      if (d !== undefined && startsWithPhrase(hk(d), SUBTOTAL_KEYS)) return RowKind.Skip;
    }
    const total = firstText !== undefined ? totalRow(firstText) : undefined;
    if (total !== undefined) return total;
    if (allText && nonBlank === 1 && firstText !== undefined && (isPeriodTitle(firstText) || GROUP_TITLE.test(firstText.normalize('NFC')))) return RowKind.Skip;
    // "II. QUỸ HOẠT ĐỘNG": a cash book going on with the other fund (the rows after are that fund's).
    if (this.isCash && allText && nonBlank === 1 && firstText !== undefined && isFundTitle(firstText)) return RowKind.Skip;
    const sttValue = this.stt >= 0 ? row[this.stt] : undefined;
    if (typeof sttValue === 'string' && isTotalText(sttValue)) return RowKind.End;
    // A roll-up's total label is often typed in the CLB column ("Tổng số" under the club names).
    const clubValue = this.club >= 0 ? row[this.club] : undefined;
    const clubTotal = typeof clubValue === 'string' ? totalRow(clubValue) : undefined;
    if (clubTotal !== undefined) return clubTotal;
    if (allText && this.isHeaderAgain(row)) return RowKind.Skip;
    // Another table's header under this one (the board listed under the members): the table ends.
    if (allText && nonBlank >= 2 && this.isOtherHeader(row)) return RowKind.End;
    // "Dư nợ năm 2024 chuyển sang": a loan book carried over from last year's sheet is no loan.
    // (A cash book's opening line is data: its balance starts the running balance.)
    if (this.carriedDate >= 0 && nonBlank <= 4 && blank(row[this.carriedDate]) && firstText !== undefined && containsPhrase(hk(firstText), OPENING_KEYS)) return RowKind.Skip;
    const nameValue = this.nameCol >= 0 ? row[this.nameCol] : undefined;
    if (typeof nameValue === 'string' && isTotalText(nameValue)) return RowKind.End;
    if (allText && nonBlank === 1 && firstText !== undefined) {
      const single = this.singleText(firstText);
      if (single !== undefined) return single;
    }
    if (allText && nonBlank <= 4 && isSignatureRow(row, this.left, this.right)) return RowKind.End;
    if (first && nonBlank >= 3 && isColumnNumberRow(row, this.left, this.right)) return RowKind.Numbers;
    if (inKnown === 0) return RowKind.Blank;
    // "VD: Nguyễn Văn A" (a template's example), "(chọn Nam/Nữ)" (its instructions): not a record.
    if (firstText !== undefined && mayBeExample(firstText) && EXAMPLE.test(firstText.normalize('NFC'))) return RowKind.Skip;
    if (allText && isInstructionRow(row, this.left, end)) return RowKind.Skip;
    return RowKind.Data;
  }
}

/** The data rows of a table whose header is `layout`, with `span` the header's columns. */
export function findExtent(sheet: SheetGrid, merges: MergeIndex, layout: Layout, span: { left: number; right: number }): Extent {
  const values = sheet.values;
  const classifier = new RowClassifier(layout, span.left, span.right);
  const continued = continuationRows(merges, layout);
  const found = new Int32Array(Math.max(0, values.length - layout.bottom - 1));
  let count = 0;
  let blanks = 0;
  let first = true;
  let clubTitles: ClubTitle[] | undefined;
  const clubCol = colOf(layout, 'club');
  let lastClub: string | undefined;
  for (let i = layout.bottom + 1; i < values.length; i++) {
    const kind = classifier.kind(values[i], first);
    if (kind === RowKind.Blank) {
      if (++blanks >= BLANK_ROWS_END) break;
      continue;
    }
    blanks = 0;
    if (kind === RowKind.Skip) continue;
    if (kind === RowKind.ClubTitle) {
      const club = classifier.titleClub;
      if (club !== undefined) (clubTitles ??= []).push({ row: i, club });
      continue;
    }
    if (kind === RowKind.End && !nextClubFollows(values, i, classifier, clubCol, lastClub, clubTitles?.[clubTitles.length - 1]?.club)) break;
    if (kind === RowKind.End) continue;
    // The club cell as written; compared (by key) only at a total line.
    if (clubCol >= 0) {
      const v = values[i]?.[clubCol];
      if (typeof v === 'string' && !blank(v)) lastClub = v;
    }
    const wasFirst = first;
    first = false;
    if (kind === RowKind.Numbers && wasFirst) continue;
    if (continued?.has(i)) continue;
    found[count++] = i;
  }
  // One club title after the list began names a block of it, not the clubs of a roll-up.
  if (clubTitles?.length === 1 && count > 0 && clubTitles[0].row > found[0]) clubTitles = undefined;
  const cut = headerlessFrom(values, layout, found, count);
  const rows = found.subarray(0, cut);
  const mergedData = mergedIn(sheet, merges, layout, span, rows, continued);
  return {
    rows,
    mergedData,
    ...(cut < count ? { headerless: { top: found[cut], bottom: found[count - 1] } } : {}),
    ...(clubTitles ? { clubTitles } : {}),
  };
}

function firstTextOf(row: CellValue[] | undefined): string | undefined {
  return row?.find((v): v is string => typeof v === 'string' && !blank(v));
}

function clubKeyOf(v: CellValue | undefined): string | undefined {
  return typeof v === 'string' && !blank(v) ? hk(v) : undefined;
}

const PLAIN_SUM = /^\s*c(?:ộ|o)ng\s*:?\s*$/iu;

/**
 * A plain "Cộng" line that is one club's subtotal in a roll-up, under each club's rows: the next row
 * with content is another club's title (after titles began the list), or a record of another club.
 * ("Tổng cộng" still ends it.)
 */
function nextClubFollows(values: CellValue[][], i: number, classifier: RowClassifier, clubCol: number, lastClub: string | undefined, lastTitle: string | undefined): boolean {
  const label = firstTextOf(values[i]);
  if (label === undefined || !PLAIN_SUM.test(label.normalize('NFC'))) return false;
  for (let k = i + 1; k < values.length && k <= i + BLANK_ROWS_END; k++) {
    const kind = classifier.kind(values[k], false);
    if (kind === RowKind.Blank) continue;
    if (kind === RowKind.ClubTitle) return lastTitle !== undefined && classifier.titleClub !== undefined && clubCore(classifier.titleClub) !== clubCore(lastTitle);
    if (kind !== RowKind.Data || clubCol < 0) return false;
    const next = clubKeyOf(values[k]?.[clubCol]);
    return next !== undefined && lastClub !== undefined && next !== hk(lastClub);
  }
  return false;
}

/** Rows in a block that are no members for the block to be another table, and the share of them. */
const HEADERLESS_ROWS = 5;
const HEADERLESS_SHARE = 0.8;
const BIRTH_YEAR = /(?:^|\D)(?:19\d\d|200\d)(?:\D|$)|\/\d\d\s*$/;

/** A figure in the sex column (an amount, a date) and no birth in the birth column: a row of another table. */
function notMember(row: CellValue[] | undefined, sex: number, birth: number): boolean {
  const s = row?.[sex];
  if (!(typeof s === 'number' || (typeof s === 'string' && /\d/.test(s)))) return false;
  const b = row?.[birth];
  if (typeof b === 'number') return !((b >= 1900 && b <= 2010) || (b >= 3000 && b < 40179)); // a year, or a date serial before 2010
  return typeof b === 'string' && !BIRTH_YEAR.test(b);
}

/**
 * Where another table typed on under a member list without a header of its own begins (the loans
 * written right under the members: a date where the birth year is, an amount where the sex is):
 * after a gap, the rest of the rows nearly all hold figures in the sex column and no birth in the
 * birth column. A typo spoils a row, not a block. Returns `count` when there is none.
 */
function headerlessFrom(values: CellValue[][], layout: Layout, found: Int32Array, count: number): number {
  const sex = layout.kind === 'members' ? colOf(layout, 'sex') : -1;
  const birth = colOf(layout, 'birth');
  if (sex < 0 || birth < 0) return count;
  const foreign = (k: number) => notMember(values[found[k]], sex, birth);
  // Rows from k to the end that are no members, counted once when a block first looks foreign.
  let after: Int32Array | undefined;
  for (let k = 1; k + HEADERLESS_ROWS <= count; k++) {
    if (found[k] === found[k - 1] + 1 || !foreign(k) || !foreign(k + 1) || !foreign(k + 2)) continue;
    if (!after) {
      after = new Int32Array(count + 1);
      for (let m = count - 1; m >= 0; m--) after[m] = after[m + 1] + (foreign(m) ? 1 : 0);
    }
    if (after[k] >= HEADERLESS_SHARE * (count - k)) return k;
  }
  return count;
}

/**
 * Rows that go on a member begun on a row above: the name cell merged down over two rows, the second
 * holding a phone number or an address. They are part of that member, not members. (In a loan book
 * a borrower merged over several rows is one borrower's several loans: each row is a loan.)
 */
function continuationRows(merges: MergeIndex, layout: Layout): Set<number> | undefined {
  const nameCol = layout.kind === 'members' ? colOf(layout, 'name') : -1;
  if (nameCol < 0 || merges.ranges.length === 0) return undefined;
  let out: Set<number> | undefined;
  for (const m of merges.ranges) {
    if (m.top <= layout.bottom || m.bottom === m.top || m.left > nameCol || m.right < nameCol) continue;
    for (let i = m.top + 1; i <= m.bottom; i++) (out ??= new Set()).add(i);
  }
  return out;
}

function isSignatureRow(row: CellValue[], left: number, right: number): boolean {
  const end = Math.min(right, row.length - 1);
  let any = false;
  for (let j = left; j <= end; j++) {
    const v = row[j];
    if (typeof v !== 'string' || blank(v)) continue;
    if (!isSignatureText(v)) return false;
    any = true;
  }
  return any;
}

function isColumnNumberRow(row: CellValue[], left: number, right: number): boolean {
  const end = Math.min(right, row.length - 1);
  for (let j = left; j <= end; j++) {
    const v = row[j];
    if (blank(v)) continue;
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
    } else if (typeof v !== 'string' || !COLUMN_NUMBER.test(v)) return false;
  }
  // A row of column numbers counts up: (1) (2) (3) or 1 2 3 or A B 1 2.
  let ints = 0;
  let prev = -1;
  let rising = true;
  for (let j = left; j <= end; j++) {
    const v = row[j];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[^0-9]/g, '') || NaN) : NaN;
    if (Number.isNaN(n)) continue;
    ints++;
    if (n <= prev) rising = false;
    prev = n;
  }
  return rising && ints >= 2;
}

function mergedIn(
  sheet: SheetGrid,
  merges: MergeIndex,
  layout: Layout,
  span: { left: number; right: number },
  rows: Int32Array,
  continued: Set<number> | undefined,
): CellRange[] {
  if (rows.length === 0 || merges.ranges.length === 0) return [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  const out: CellRange[] = [];
  for (const m of merges.ranges) {
    if (m.top <= layout.bottom || m.top > last || m.bottom < first) continue;
    if (m.right < span.left || m.left > span.right) continue;
    // A cell merged down over its record's own rows hides nothing: the record is read once. A
    // merged group title ("TỔ 1" across the table) is on no data row.
    if (continued && m.left === m.right && withinRecord(m, continued)) continue;
    if (!coversData(rows, m.top, m.bottom)) continue;
    out.push({ top: m.top + sheet.top, left: m.left + sheet.left, bottom: m.bottom + sheet.top, right: m.right + sheet.left });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function withinRecord(m: CellRange, continued: Set<number>): boolean {
  for (let i = m.top + 1; i <= m.bottom; i++) if (!continued.has(i)) return false;
  return true;
}

/** Some data row (rows: ascending) lies in top..bottom. */
function coversData(rows: Int32Array, top: number, bottom: number): boolean {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < top) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo] <= bottom;
}
