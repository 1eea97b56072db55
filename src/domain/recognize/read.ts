// Reading data rows into typed rows, column by column with the value readers: the same word means
// different things in different columns ("CN" = chủ nhiệm as a role, cận nghèo as a hardship), so
// every value is read by its column. Anything that cannot be read becomes a ReadIssue on its row.

import type {
  CashRow,
  Hardship,
  IssueKind,
  LoanRow,
  MemberRow,
  MemberStatus,
  ReadIssue,
  RepaymentRow,
  Sex,
} from '../books';
import type { CellValue, SheetGrid } from '../grid';
import type { Text } from '../text';
import * as V from '../values';
import { blank, titleTexts } from './cells';
import { isFundTitle } from './extent';
import { CLOSING_WORDS, FILLED_DOWN, OPENING_WORDS } from './headers';
import { columnOf, type FoundColumn, type Layout } from './layout';
import { containsPhrase, fundNamed, fundsNamed, hk, keysOf, startsWithPhrase } from './match';

/** Shared by every row without issues (most rows): no allocation per row. */
export const NO_ISSUES: readonly ReadIssue[] = Object.freeze([]) as readonly ReadIssue[];

const OPENING_KEYS = keysOf(OPENING_WORDS);
const BALANCE_KEYS = keysOf(['Tồn', 'Số dư', 'Dư', 'Tồn quỹ']);
const CLOSING_KEYS = keysOf(CLOSING_WORDS);

// Bound once: a CommonJS build (the CLI) would otherwise go through an export getter per cell.
const {
  termEnd,
  amountUnitOf,
  isDashes,
  isDateFormat,
  isPerMilleHeader,
  isSettled,
  nameKey,
  ratePeriodOfHeader,
  readAmount,
  readBirth,
  readDate,
  readDueDate,
  readExtensionNote,
  readHardship,
  readHardshipOrMark,
  readLoanKind,
  readMark,
  readMonths,
  readNumber,
  readRate,
  readRole,
  readSex,
  readStatus,
  readStatusNote,
  statusNoteDate,
  serialFromYmd,
  ymdFromSerial,
} = V;

const MEMO_LIMIT = 4096;

/**
 * Results of a pure reader for the values a column repeats ("Nữ", "0,8", "15/03/2025", 1958): the
 * same (format, value) always reads the same, so it is read once. Results are never mutated.
 */
class CellMemo<T> {
  private readonly byFormat = new Map<string | null, Map<string | number, T>>();
  private lastFormat: string | null = null;
  private last: Map<string | number, T> | undefined;
  private size = 0;
  constructor(private readonly read: (v: CellValue, format: string | null) => T) {}
  get(v: CellValue, format: string | null): T {
    if (typeof v !== 'string' && typeof v !== 'number') return this.read(v, format);
    let m = this.last;
    if (m === undefined || format !== this.lastFormat) {
      m = this.byFormat.get(format);
      if (!m) this.byFormat.set(format, (m = new Map()));
      this.last = m;
      this.lastFormat = format;
    }
    let r = m.get(v);
    if (r === undefined) {
      r = this.read(v, format);
      if (this.size < MEMO_LIMIT) {
        m.set(v, r);
        this.size++;
      }
    }
    return r;
  }
}

/** A memo for a reader that takes no format. */
function memo<T>(read: (v: CellValue) => T): CellMemo<T> {
  return new CellMemo((v) => read(v));
}

type Fail = { ok: false; kind: IssueKind; detail?: Text };

/** What the book reader needs besides the grid. */
export interface RowContext {
  readonly sheet: SheetGrid;
  readonly layout: Layout;
  readonly rows: Int32Array;
  /** Club of a row whose club cell is empty (or with no club column). */
  readonly bookClub: string;
  /** Canonical display form of a club cell's value (undefined when blank). */
  readonly clubOf: (v: CellValue) => string | undefined;
  /** Relative rows whose name cell is in a legacy encoding. */
  readonly legacyRows?: ReadonlySet<number>;
  /** Đồng per figure for amount columns that state no unit of their own (an "ĐVT: 1.000 đồng" line). */
  readonly amountUnit?: number;
  /** Club titles inside a list with no club column: the club of the rows under each. */
  readonly clubTitles?: readonly { readonly row: number; readonly club: string }[];
  /** The commune a book's club names belong to, when the same name is another commune's club too. */
  readonly commune?: string;
}

function col(layout: Layout, field: string): number {
  const c = columnOf(layout, field);
  return c ? c.j : -1;
}

const EMPTY_FAIL: Fail = { ok: false, kind: 'empty' };
const UNREADABLE_NAME: Fail = {
  ok: false,
  kind: 'unreadable',
  detail: { vi: 'Ô họ tên chứa số hoặc giá trị đúng/sai, không phải tên người', en: 'The name cell holds a number or TRUE/FALSE, not a name' },
};
const LEGACY: Fail = {
  ok: false,
  kind: 'legacy-encoding',
  detail: { vi: 'Tên gõ bằng bảng mã cũ (TCVN3/VNI), chưa phải Unicode', en: 'The name is typed in an old encoding (TCVN3/VNI), not Unicode' },
};
const BOTH_SEXES: Fail = {
  ok: false,
  kind: 'conflict',
  detail: { vi: 'Năm sinh ghi ở cả cột Nam và cột Nữ', en: 'A birth year is written in both the Nam and the Nữ column' },
};
const BOTH_MARKS: Fail = {
  ok: false,
  kind: 'conflict',
  detail: { vi: 'Đánh dấu ở cả cột Nam và cột Nữ', en: 'Both the Nam and the Nữ column are marked' },
};
const FUND_UNREADABLE: Fail = {
  ok: false,
  kind: 'unreadable',
  detail: { vi: 'Ghi "Tăng thu nhập" hoặc "Hoạt động"', en: 'Write "Tăng thu nhập" or "Hoạt động"' },
};

function errorFail(v: CellValue): Fail {
  const e = (v as { error: string }).error;
  return { ok: false, kind: 'error-value', detail: { vi: `Ô có lỗi công thức ${e}`, en: `The cell shows the formula error ${e}` } };
}

function trimmed(s: string): string {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a !== 160 && b > 32 && b !== 160 ? s : s.trim();
}

function cellText(v: CellValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const t = trimmed(v);
    return t.length > 0 ? t : undefined;
  }
  if (typeof v === 'number') return String(v);
  return undefined;
}

function fmt(sheet: SheetGrid, i: number, j: number): string | null {
  const f = sheet.formats?.[i];
  return f ? (f[j] ?? null) : null;
}

/** Issues of the row being read: none allocated until the first one. */
class Issues {
  list: ReadIssue[] | undefined;
  add(field: string, c: number, fail: Fail, raw: CellValue | undefined): void {
    const issue: ReadIssue = fail.detail ? { field, c, kind: fail.kind, raw: raw ?? null, detail: fail.detail } : { field, c, kind: fail.kind, raw: raw ?? null };
    (this.list ??= []).push(issue);
  }
  take(): readonly ReadIssue[] {
    const l = this.list;
    this.list = undefined;
    return l ?? NO_ISSUES;
  }
}

/** Reads one column of a book: blank → undefined (an 'empty' issue when required), else the reader's value or an issue. */
class ColumnReader<T> {
  readonly j: number;
  readonly c: number;
  private readonly memo: CellMemo<V.ReadResult<T>>;
  constructor(
    private readonly sheet: SheetGrid,
    layout: Layout,
    private readonly field: string,
    read: (v: CellValue, format: string | null) => V.ReadResult<T>,
    private readonly required: boolean,
    private readonly issues: Issues,
    readonly usesFormat: boolean,
  ) {
    this.j = col(layout, field);
    this.c = sheet.left + this.j;
    this.memo = new CellMemo(read);
  }
  get present(): boolean {
    return this.j >= 0;
  }
  read(row: CellValue[], i: number): T | undefined {
    if (this.j < 0) return undefined;
    const v = row[this.j];
    if (blank(v)) {
      if (this.required) this.issues.add(this.field, this.c, EMPTY_FAIL, v);
      return undefined;
    }
    const r = this.memo.get(v, this.usesFormat ? fmt(this.sheet, i, this.j) : null);
    if (r.ok) return r.value;
    this.issues.add(this.field, this.c, r, v);
    return undefined;
  }
}

const SETTLED: V.ReadResult<number> = Object.freeze({ ok: true, value: 0 });

/** The unit an amount column states (its header, else its group title), else the book's "ĐVT:" line. */
function columnUnit(column: FoundColumn | undefined, titleUnit: number): number {
  if (!column) return titleUnit;
  const own = amountUnitOf(column.header);
  if (own !== 1) return own;
  const group = column.group !== undefined ? amountUnitOf(column.group) : 1;
  return group !== 1 ? group : titleUnit;
}

// "ĐVT: 1.000 đồng", "(Đơn vị tính: 1.000 đồng)", "SỔ THEO DÕI TRẢ NỢ - ĐVT: 1.000đ".
const UNIT_LINE = /(?:^|[\s([–-])(?:đvt|đơn vị(?: tính)?)\s*[:.]/iu;

/** "ĐVT: 1.000 đồng" or "Đơn vị tính: nghìn đồng" in the lines above a header: 1000; else 1. */
export function titleAmountUnit(sheet: SheetGrid, headerTop: number): number {
  for (const v of titleTexts(sheet, headerTop, 80)) {
    const t = v.normalize('NFC');
    if (UNIT_LINE.test(t)) {
      const unit = amountUnitOf(t);
      if (unit !== 1) return unit;
    }
  }
  return 1;
}

/** Amounts and counts: a number cell is its own value (readNumber's rule), text goes through readNumber. */
class NumberReader {
  readonly j: number;
  readonly c: number;
  /**
   * The columns added up of a field written in parts: month by month ("Trả gốc" over Tháng 1 |
   * Tháng 2 …), or apart (Gốc under each month, between the Lãi columns); undefined = j alone.
   */
  private readonly parts: readonly number[] | undefined;
  private readonly memo: CellMemo<V.ReadResult<number>>;
  /** Đồng per figure written: 1000 in a "(1.000 đ)" column. */
  private readonly unit: number;
  constructor(
    layout: Layout,
    private readonly left: number,
    private readonly field: string,
    kind: 'amount' | 'plain' | 'months',
    private readonly required: boolean,
    private readonly issues: Issues,
    titleUnit = 1,
  ) {
    this.j = col(layout, field);
    this.c = left + this.j;
    const column = columnOf(layout, field);
    this.parts = column ? addedColumns(column) : undefined;
    const unit = kind === 'amount' ? columnUnit(column, titleUnit) : 1;
    this.unit = unit;
    this.memo = memo(
      kind === 'months'
        ? readMonths
        : kind !== 'amount'
          ? (v) => readNumber(v, kind)
          : field === 'outstanding'
            ? (v) => (isSettled(v) ? SETTLED : readAmount(v, unit))
            : (v) => readAmount(v, unit),
    );
  }
  /** "Đã trả hết" written in the column (in a principal-repaid column: all of it). */
  settled(row: CellValue[]): boolean {
    return this.j >= 0 && this.parts === undefined && isSettled(row[this.j]);
  }
  read(row: CellValue[]): number | undefined {
    if (this.j < 0) return undefined;
    if (this.parts !== undefined) return this.sum(row, this.parts);
    const v = row[this.j];
    if (typeof v === 'number' && Number.isFinite(v)) return this.unit === 1 ? v : Math.round(v * this.unit);
    // "-" typed in a ledger says nothing was paid or owed there, like an empty cell.
    if (blank(v) || (typeof v === 'string' && isDashes(v))) {
      if (this.required) this.issues.add(this.field, this.c, EMPTY_FAIL, v);
      return undefined;
    }
    return this.cell(v, this.c);
  }
  private cell(v: CellValue, c: number): number | undefined {
    const r = this.memo.get(v, null);
    if (r.ok) return r.value;
    this.issues.add(this.field, c, r, v);
    return undefined;
  }
  /** The payments of every period added up; undefined when none is written. */
  private sum(row: CellValue[], parts: readonly number[]): number | undefined {
    let total: number | undefined;
    for (const j of parts) {
      const v = row[j];
      if (blank(v) || (typeof v === 'string' && isDashes(v))) continue;
      const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v * this.unit) : this.cell(v, this.left + j);
      if (n !== undefined) total = (total ?? 0) + n;
    }
    if (total === undefined && this.required) this.issues.add(this.field, this.c, EMPTY_FAIL, null);
    return total;
  }
}

/** The columns of a field written in parts, to add up; undefined for one column. */
function addedColumns(column: FoundColumn): readonly number[] | undefined {
  if (column.added !== undefined) return column.added;
  const right = column.right ?? column.j;
  return right > column.j ? Array.from({ length: right - column.j + 1 }, (_, k) => column.j + k) : undefined;
}

/** A name cell: text, trimmed, with its key; a legacy-encoded name is kept but marked. */
class NameReader {
  readonly j: number;
  readonly c: number;
  /** Last column of a name written across columns (Họ đệm | Tên), else j. */
  private readonly right: number;
  name: string | undefined;
  key: string | undefined;
  constructor(
    layout: Layout,
    left: number,
    private readonly field: string,
    private readonly required: boolean,
    private readonly issues: Issues,
    private readonly legacy: ReadonlySet<number> | undefined,
  ) {
    this.j = col(layout, field);
    this.c = left + this.j;
    this.right = columnOf(layout, field)?.right ?? this.j;
  }
  read(row: CellValue[], i: number): void {
    this.name = undefined;
    this.key = undefined;
    const v = this.j >= 0 ? (this.right > this.j ? joinedName(row, this.j, this.right) : row[this.j]) : null;
    if (blank(v)) {
      if (this.required) this.issues.add(this.field, this.c, EMPTY_FAIL, v);
    } else if (typeof v === 'string') {
      this.name = trimmed(v);
      this.key = nameKey(withoutNameNote(this.name));
      if (this.legacy !== undefined && this.legacy.has(i)) this.issues.add(this.field, this.c, LEGACY, v);
    } else if (typeof v === 'object' && v !== null) this.issues.add(this.field, this.c, errorFail(v), v);
    else this.issues.add(this.field, this.c, UNREADABLE_NAME, v);
  }
}

// "Bùi Văn Út (mới)", "Lê Thị Hồng (tổ 3)": a note after the name is not part of it (the name is
// shown as written, matched without it).
const NAME_NOTE = /\s*[([][^()[\]]*[)\]]\s*$/u;

function withoutNameNote(name: string): string {
  if (name.charCodeAt(name.length - 1) !== 41 && name.charCodeAt(name.length - 1) !== 93) return name;
  const core = name.replace(NAME_NOTE, '');
  return core.includes(' ') ? core : name;
}

/** "Nguyễn Thị" | "Lan" → "Nguyễn Thị Lan"; the first cell as it is when the others are blank or not text. */
function joinedName(row: CellValue[], from: number, to: number): CellValue {
  let out: string | undefined;
  for (let j = from; j <= to; j++) {
    const v = row[j];
    if (typeof v !== 'string' || blank(v)) continue;
    out = out === undefined ? trimmed(v) : `${out} ${trimmed(v)}`;
  }
  return out ?? row[from] ?? null;
}

const MARK_KINDS = new Set<IssueKind>(['error-value', 'legacy-encoding']);

// Two words or more, each capitalised: "Ông Ngô Văn Thành", "NGUYỄN THỊ LAN" (not "chắc vậy").
const PERSON_NAME = /^\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)+\s*$/u;

/** A yes-mark, or a person's name standing for yes. */
function readMarkOrName(v: CellValue): V.ReadResult<boolean> {
  const r = readMark(v);
  if (r.ok || typeof v !== 'string') return r;
  // "Bà Nguyễn Thị Sáu (tổ 1)": the note in brackets is not part of the name; "Không có" is no name.
  const t = v.normalize('NFC').replace(/\([^)]*\)?|[.,]/g, ' ');
  return PERSON_NAME.test(t) && !NOT_A_NAME.test(t) ? { ok: true, value: true } : r;
}

const NOT_A_NAME = /^\s*(?:không|chưa|khong|chua|ko|k)(?:\s|$)/iu;

/** A yes-mark (x, ✓, 1, Có): anything else is 'unreadable'. */
class MarkReader {
  readonly j: number;
  readonly c: number;
  private readonly memo: CellMemo<V.ReadResult<boolean>>;
  constructor(
    layout: Layout,
    left: number,
    columnField: string,
    private readonly field: string,
    private readonly issues: Issues,
    /** A person's name in the cell says yes too (a volunteer column naming the one cared for). */
    namesMean = false,
  ) {
    this.j = col(layout, columnField);
    this.c = left + this.j;
    this.memo = memo(namesMean ? readMarkOrName : readMark);
  }
  read(row: CellValue[]): boolean {
    if (this.j < 0) return false;
    const v = row[this.j];
    if (blank(v)) return false;
    const r = this.memo.get(v as CellValue, null);
    if (r.ok) return r.value;
    this.issues.add(this.field, this.c, { ok: false, kind: MARK_KINDS.has(r.kind) ? r.kind : 'unreadable', detail: r.detail }, v);
    return false;
  }
}

function clubReader(ctx: RowContext): (row: CellValue[], i: number) => string {
  const j = col(ctx.layout, 'club');
  const { bookClub, clubOf, clubTitles } = ctx;
  if (j < 0 && clubTitles) return (_row, i) => clubUnderTitle(clubTitles, i, clubOf) ?? bookClub;
  if (j < 0) return () => bookClub;
  const merged = mergedDown(ctx.sheet, j);
  const commune = ctx.commune;
  const where = placeReader(ctx) ?? (commune !== undefined ? () => commune : undefined);
  if (where) {
    // "CLB ấp 1" of Xã Long Phước is not "CLB ấp 1" of Xã Phú Đức.
    return (row, i) => {
      const club = cellText(row[j]) ?? cellText(merged.get(i) ?? null);
      if (club === undefined) return bookClub;
      const place = where(row, i);
      return clubOf(place ? `${club} (${place})` : club) ?? bookClub;
    };
  }
  if (merged.size === 0) return (row) => clubOf(row[j] ?? null) ?? bookClub;
  return (row, i) => clubOf(row[j] ?? null) ?? clubOf(merged.get(i) ?? null) ?? bookClub;
}

/** The club of the last title above row i, or undefined above the first. */
function clubUnderTitle(titles: readonly { row: number; club: string }[], i: number, clubOf: RowContext['clubOf']): string | undefined {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles[mid].row < i) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : clubOf(titles[lo - 1].club);
}

/** The commune (and district) a roll-up gives each row, "Long Phước, Long Hồ"; undefined without those columns. */
function placeReader(ctx: RowContext): ((row: CellValue[], i: number) => string | undefined) | undefined {
  const cols = [col(ctx.layout, 'commune'), col(ctx.layout, 'district')].filter((k) => k >= 0);
  if (cols.length === 0) return undefined;
  const merged = cols.map((k) => mergedDown(ctx.sheet, k));
  return (row, i) => {
    const parts: string[] = [];
    cols.forEach((k, n) => {
      const t = cellText(row[k]) ?? cellText(merged[n].get(i) ?? null);
      if (t !== undefined) parts.push(t);
    });
    return parts.length ? parts.join(', ') : undefined;
  };
}

/**
 * Cells merged down over several loans or payments ("Nguyễn Thị Lan" over her three payments, one
 * date over a day's loans) hold for every row of the merge. A row under such a merge, with the
 * merged value put in; undefined when the columns have no such merge.
 */
function mergeFill(ctx: RowContext, fields: readonly string[]): ((row: CellValue[], i: number) => CellValue[]) | undefined {
  const cols = fields.map((f) => col(ctx.layout, f)).filter((j) => j >= 0);
  const maps = cols.map((j) => mergedDown(ctx.sheet, j));
  if (maps.every((m) => m.size === 0)) return undefined;
  return (row, i) => {
    let out = row;
    cols.forEach((j, k) => {
      const v = maps[k].get(i);
      if (v === undefined || !blank(out[j])) return;
      if (out === row) out = row.slice();
      out[j] = v;
    });
    return out;
  };
}

/**
 * A roll-up's club column merged down over each club's rows: every row of the merge belongs to the
 * club written in its top cell. Relative row → that value, for the rows under the top cell.
 */
function mergedDown(sheet: SheetGrid, j: number): Map<number, CellValue> {
  const out = new Map<number, CellValue>();
  const c = sheet.left + j;
  for (const m of sheet.merges ?? []) {
    if (m.left > c || m.right < c || m.bottom <= m.top) continue;
    const value = sheet.values[m.top - sheet.top]?.[m.left - sheet.left] ?? null;
    for (let r = m.top + 1; r <= m.bottom; r++) out.set(r - sheet.top, value);
  }
  return out;
}

// "Giới tính (Nam: 1, Nữ: 0)", "Giới tính (1: Nam; 2: Nữ)": the sex written as a code the header explains.
const CODE_FIRST = /(\d)\s*[:=]\s*(nam|nữ|nu)(?![\p{L}])/giu;
const WORD_FIRST = /(nam|nữ|nu)\s*[:=]\s*(\d)/giu;

/** The codes a sex header explains, or undefined when it explains none (or both the same). */
function sexLegend(header: string): Map<number, Sex> | undefined {
  const t = header.normalize('NFC');
  const codes = new Map<number, Sex>();
  for (const m of t.matchAll(WORD_FIRST)) codes.set(Number(m[2]), m[1].toLowerCase() === 'nam' ? 'M' : 'F');
  for (const m of t.matchAll(CODE_FIRST)) codes.set(Number(m[1]), m[2].toLowerCase() === 'nam' ? 'M' : 'F');
  return codes.size === 2 && new Set(codes.values()).size === 2 ? codes : undefined;
}

/** A sex code of the header's legend (1 → Nam), else a sex in words. */
function readCodedSex(v: CellValue, codes: ReadonlyMap<number, Sex>): V.ReadResult<Sex | undefined> {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d\s*$/.test(v) ? Number(v) : undefined;
  const sex = n !== undefined ? codes.get(n) : undefined;
  return sex !== undefined ? { ok: true, value: sex } : readSex(v);
}

const BOARD_HEADER = /^(?:ban chủ nhiệm|bcn|thành viên bcn|thành viên ban chủ nhiệm)$/u;

function isYesMark(v: CellValue | undefined): boolean {
  if (v === undefined || v === null || (typeof v === 'string' && blank(v))) return false;
  const r = readMark(v);
  return r.ok && r.value;
}

/** A role, or an x saying the member is on the board without saying as what (read as no role). */
function readRoleOrMark(v: CellValue): V.ReadResult<MemberRow['role']> {
  const r = readRole(v);
  return r.ok || !isYesMark(v) ? r : { ok: true, value: 'member' };
}

/** "Người nghèo, cận nghèo hoặc có hoàn cảnh khó khăn", "Hộ nghèo/cận nghèo/khó khăn": one column for every kind. */
function namesEveryHardship(header: string): boolean {
  const k = hk(header);
  return k.includes('nghèo') && (k.includes('cận') || k.includes('khó khăn'));
}

/** The member list gives the sex as x marks under Nữ (and Nam) rather than in a sex column. */
export function sexMarksOf(layout: Layout): boolean {
  return col(layout, 'sex') < 0 && col(layout, 'femaleMark') >= 0;
}

/**
 * Sex from x marks: under Nam or under Nữ. With a lone Nữ column only the women are marked, so no
 * mark is a man; with both columns, no mark (or both) cannot be told.
 */
function sexFromMarks(row: CellValue[], male: MarkReader, female: MarkReader, issues: Issues): Sex | undefined {
  const f = female.read(row);
  if (male.j < 0) return f ? 'F' : blank(row[female.j]) ? 'M' : undefined;
  const m = male.read(row);
  if (m && f) {
    issues.add('sex', male.c, BOTH_MARKS, row[male.j]);
    return undefined;
  }
  if (m || f) return m ? 'M' : 'F';
  if (blank(row[male.j]) && blank(row[female.j])) issues.add('sex', male.c, EMPTY_FAIL, null);
  return undefined;
}

export function readMembers(ctx: RowContext): MemberRow[] {
  const { sheet, layout, rows: dataRows, legacyRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const T = sheet.top;
  const issues = new Issues();
  const club = clubReader(ctx);
  const name = new NameReader(layout, L, 'name', true, issues, legacyRows);
  const marks = sexMarksOf(layout);
  const split = col(layout, 'birth') < 0 || (col(layout, 'sex') < 0 && !marks);
  const maleMark = new MarkReader(layout, L, 'maleMark', 'sex', issues);
  const femaleMark = new MarkReader(layout, L, 'femaleMark', 'sex', issues);
  const birth = new ColumnReader(sheet, layout, 'birth', readBirth, true, issues, true);
  const sexCodes = sexLegend(columnOf(layout, 'sex')?.header ?? '');
  const sexCol = new ColumnReader<Sex | undefined>(sheet, layout, 'sex', sexCodes ? (v) => readCodedSex(v, sexCodes) : readSex, true, issues, false);
  const cMale = split ? col(layout, 'birthMale') : -1;
  const cFemale = split ? col(layout, 'birthFemale') : -1;
  const birthMemo = new CellMemo(readBirth);
  const hardshipHeader = columnOf(layout, 'hardship')?.header ?? '';
  const hardshipRead = namesEveryHardship(hardshipHeader) ? readHardshipOrMark : readHardship;
  const hardshipCol = new ColumnReader<Hardship | undefined>(sheet, layout, 'hardship', hardshipRead, false, issues, false);
  const poor = new MarkReader(layout, L, 'poorMark', 'hardship', issues);
  const nearPoor = new MarkReader(layout, L, 'nearPoorMark', 'hardship', issues);
  const hard = new MarkReader(layout, L, 'hardshipMark', 'hardship', issues);
  const hardshipMarks = poor.j >= 0 || nearPoor.j >= 0 || hard.j >= 0;
  // "Ban chủ nhiệm" / "BCN" over x marks: who is on the board, not their roles.
  const roleCol = columnOf(layout, 'role');
  const boardMarks = roleCol !== undefined && BOARD_HEADER.test(hk(roleCol.header));
  const role = new ColumnReader<MemberRow['role']>(sheet, layout, 'role', boardMarks ? readRoleOrMark : readRole, false, issues, false);
  // "TNV (ghi tên người được chăm sóc)": the volunteer's row names the person she cares for.
  const volunteer = new MarkReader(layout, L, 'volunteer', 'volunteer', issues, true);
  const cared = new MarkReader(layout, L, 'caredAtHome', 'caredAtHome', issues, true);
  const joined = new ColumnReader(sheet, layout, 'joined', readDate, false, issues, true);
  const cEth = col(layout, 'ethnicity');
  const cHamlet = col(layout, 'hamlet');
  const cLeft = col(layout, 'left');
  const cStatus = col(layout, 'status');
  const cNote = col(layout, 'note');
  const statusMemo = memo(readStatus);
  // "Đã mất 2024" in Ghi chú, read once per distinct note.
  const noteMemo = memo((v) => (typeof v === 'string' && !blank(v) ? readStatusNote(v) : undefined));
  const dateMemo = new CellMemo(readDate);
  const out: MemberRow[] = new Array(dataRows.length);
  // A household's hardship or hamlet merged down over its members' rows applies to each of them.
  const filled = mergeFill(ctx, FILLED_DOWN.members ?? []);
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = filled ? filled(values[i], i) : values[i];
    name.read(row, i);
    let birthYear: number | undefined;
    let birthDate: number | undefined;
    let birthCol: number | undefined;
    let sex: Sex | undefined;
    if (!split) {
      const b = birth.read(row, i);
      if (b) {
        birthYear = b.year;
        birthDate = b.date;
        birthCol = birth.c;
      }
      sex = marks ? sexFromMarks(row, maleMark, femaleMark, issues) : sexCol.read(row, i);
    } else if (cMale >= 0 && cFemale >= 0) {
      const m = row[cMale] ?? null;
      const f = row[cFemale] ?? null;
      const mb = blank(m);
      const fb = blank(f);
      if (mb && fb) issues.add('birth', L + cMale, EMPTY_FAIL, null);
      else if (mb !== fb) {
        const j = mb ? cFemale : cMale;
        const v = mb ? f : m;
        sex = mb ? 'F' : 'M';
        const b = birthMemo.get(v, fmt(sheet, i, j));
        if (b.ok) {
          birthYear = b.value.year;
          birthDate = b.value.date;
          birthCol = L + j;
        } else issues.add('birth', L + j, b, v);
      } else {
        issues.add('sex', L + cMale, BOTH_SEXES, m);
        const bm = birthMemo.get(m, fmt(sheet, i, cMale));
        const bf = birthMemo.get(f, fmt(sheet, i, cFemale));
        if (bm.ok && bf.ok && bm.value.year === bf.value.year) {
          birthYear = bm.value.year;
          birthDate = bm.value.date ?? bf.value.date;
          birthCol = L + cMale;
        } else if (!bm.ok) issues.add('birth', L + cMale, bm, m);
        else if (!bf.ok) issues.add('birth', L + cFemale, bf, f);
        else
          issues.add(
            'birth',
            L + cMale,
            {
              ok: false,
              kind: 'conflict',
              detail: {
                vi: `Hai năm sinh khác nhau: ${bm.value.year} (Nam) và ${bf.value.year} (Nữ)`,
                en: `Two different birth years: ${bm.value.year} (Nam) and ${bf.value.year} (Nữ)`,
              },
            },
            m,
          );
      }
    }
    let hardship = hardshipCol.read(row, i);
    if (hardship === undefined && hardshipMarks) {
      const p = poor.read(row);
      const np = nearPoor.read(row);
      const h = hard.read(row);
      hardship = p ? 'poor' : np ? 'near-poor' : h ? 'hardship' : undefined;
    }
    let status: MemberStatus | undefined;
    let left: number | undefined;
    if (cStatus >= 0) {
      const v = row[cStatus];
      if (!blank(v)) {
        const r = statusMemo.get(v as CellValue, null);
        if (r.ok) status = r.value;
        else {
          // A leave date typed in the status column says when the member left.
          const d = dateMemo.get(v as CellValue, fmt(sheet, i, cStatus));
          if (d.ok) left = d.value;
          else issues.add('status', L + cStatus, r, v);
        }
      }
    }
    if (cLeft >= 0) {
      const v = row[cLeft];
      if (!blank(v)) {
        const r = dateMemo.get(v as CellValue, fmt(sheet, i, cLeft));
        if (r.ok) left = r.value;
        else {
          // "Chuyển đi", "Đã mất" written where the leave date goes still says the member left.
          const s = statusMemo.get(v as CellValue, null);
          if (s.ok && s.value !== undefined && s.value !== 'active') status ??= s.value;
          else issues.add('left', L + cLeft, r, v);
        }
      }
    }
    // "Đã mất 2024" in Ghi chú, where the list has nothing else saying the member left.
    if (status === undefined && left === undefined && cNote >= 0) {
      status = noteMemo.get(row[cNote] ?? null, null);
      // "Chuyển đi 3/2025": and from when, for loans made after.
      if (status !== undefined) left = statusNoteDate(row[cNote] ?? null);
    }
    out[n] = {
      r: T + i,
      club: club(row, i),
      name: name.name,
      nameKey: name.key,
      birthYear,
      birthDate,
      birthCol,
      sex,
      hardship,
      role: role.read(row, i) ?? 'member',
      ...(boardMarks && roleCol !== undefined && isYesMark(row[roleCol.j]) ? { boardMark: true } : {}),
      volunteer: volunteer.read(row),
      caredAtHome: cared.read(row),
      ethnicity: cEth >= 0 ? cellText(row[cEth]) : undefined,
      hamlet: cHamlet >= 0 ? cellText(row[cHamlet]) : undefined,
      joined: joined.read(row, i),
      left,
      status,
      issues: issues.take(),
    };
  }
  return out;
}

export function readLoans(ctx: RowContext): LoanRow[] {
  const { sheet, layout, rows: dataRows, legacyRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const T = sheet.top;
  const issues = new Issues();
  const club = clubReader(ctx);
  const borrower = new NameReader(layout, L, 'borrower', true, issues, legacyRows);
  const date = new ColumnReader(sheet, layout, 'date', readDate, true, issues, true);
  const amount = new NumberReader(layout, L, 'amount', 'amount', true, issues, ctx.amountUnit);
  const kind = new ColumnReader<LoanRow['kind']>(sheet, layout, 'kind', readLoanKind, false, issues, false);
  const rateCol = columnOf(layout, 'rate');
  const period = rateCol ? ratePeriodOfHeader(rateCol.header) : 'unknown';
  const perMille = rateCol ? isPerMilleHeader(rateCol.header) : false;
  const rate = new ColumnReader(sheet, layout, 'rate', (v, f) => readRate(v, f, period, perMille), true, issues, true);
  const term = new NumberReader(layout, L, 'term', 'months', false, issues);
  const due = new ColumnReader(sheet, layout, 'due', readDueDate, false, issues, true);
  const extended = new ColumnReader(sheet, layout, 'extended', readDueDate, false, issues, true);
  const repaid = new NumberReader(layout, L, 'principalRepaid', 'amount', false, issues, ctx.amountUnit);
  const interest = new NumberReader(layout, L, 'interestPaid', 'amount', false, issues, ctx.amountUnit);
  const outstanding = new NumberReader(layout, L, 'outstanding', 'amount', false, issues, ctx.amountUnit);
  const opening = new NumberReader(layout, L, 'openingBalance', 'amount', false, issues, ctx.amountUnit);
  const cId = col(layout, 'id');
  const cPurpose = col(layout, 'purpose');
  const cNote = col(layout, 'note');
  // "12 tháng" written where the due date goes, with no term column: the loan's term.
  const termInDue = due.j >= 0 && term.j < 0;
  const termWrittenAsDue = (row: CellValue[]): number | undefined => {
    const v = row[due.j];
    // A term ends with its unit ("12 tháng", "12T", "1 năm"); a date ends with a figure.
    if (typeof v !== 'string' || !endsWithLetter(v)) return undefined;
    const months = readMonths(v);
    return months.ok ? months.value : undefined;
  };
  const out: LoanRow[] = new Array(dataRows.length);
  const filled = mergeFill(ctx, FILLED_DOWN.loans ?? []);
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = filled ? filled(values[i], i) : values[i];
    borrower.read(row, i);
    const dueTerm = termInDue ? termWrittenAsDue(row) : undefined;
    const lentOn = date.read(row, i);
    const lent = amount.read(row);
    const owedBefore = opening.read(row);
    const months = dueTerm ?? term.read(row);
    const dueOn = dueTerm !== undefined ? undefined : due.read(row, i);
    const extendedTo = extended.read(row, i);
    // "Gia hạn 3 tháng" written only in Ghi chú moves the due date as an extension column does.
    const noted = extendedTo === undefined && cNote >= 0 && !blank(row[cNote]) ? readExtensionNote(row[cNote] ?? null, dueOn ?? termEnd(lentOn, months)) : undefined;
    const loan: LoanRow = {
      r: T + i,
      club: club(row, i),
      id: cId >= 0 ? cellText(row[cId]) : undefined,
      borrower: borrower.name,
      borrowerKey: borrower.key,
      date: lentOn,
      amount: lent,
      kind: kind.read(row, i),
      rate: rate.read(row, i),
      term: months,
      due: dueOn,
      extended: extendedTo ?? noted,
      // Settled: all of it, or in a report of one period all that was owed when it began.
      principalRepaid: repaid.settled(row) ? (owedBefore ?? lent) : repaid.read(row),
      interestPaid: interest.read(row),
      openingBalance: owedBefore,
      outstanding: outstanding.read(row),
      purpose: cPurpose >= 0 ? cellText(row[cPurpose]) : undefined,
      issues: issues.take(),
    };
    out[n] = noted !== undefined ? { ...loan, extendedInNote: true } : loan;
  }
  return out;
}

export function readRepayments(ctx: RowContext): RepaymentRow[] {
  const { sheet, layout, rows: dataRows, legacyRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const issues = new Issues();
  const club = clubReader(ctx);
  const borrower = new NameReader(layout, L, 'borrower', false, issues, legacyRows);
  const date = new ColumnReader(sheet, layout, 'date', readDate, true, issues, true);
  const principal = new NumberReader(layout, L, 'principal', 'amount', true, issues, ctx.amountUnit);
  const interest = new NumberReader(layout, L, 'interest', 'amount', false, issues, ctx.amountUnit);
  const cId = col(layout, 'loanId');
  const out: RepaymentRow[] = new Array(dataRows.length);
  const filled = mergeFill(ctx, FILLED_DOWN.repayments ?? []);
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = filled ? filled(values[i], i) : values[i];
    const loanId = cId >= 0 ? cellText(row[cId]) : undefined;
    borrower.read(row, i);
    if (loanId === undefined && borrower.name === undefined) {
      const j = cId >= 0 ? cId : borrower.j;
      const v = row[j];
      if (blank(v)) issues.add(cId >= 0 ? 'loanId' : 'borrower', L + j, EMPTY_FAIL, v);
    }
    out[n] = {
      r: sheet.top + i,
      club: club(row, i),
      loanId,
      borrowerKey: borrower.key,
      date: date.read(row, i),
      principal: principal.read(row),
      interest: interest.read(row),
      issues: issues.take(),
    };
  }
  return out;
}


export function readCash(ctx: RowContext): CashRow[] {
  const { sheet, layout, rows: dataRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const issues = new Issues();
  const club = clubReader(ctx);
  const cDate = col(layout, 'date');
  const cVoucher = col(layout, 'voucher');
  const cDesc = col(layout, 'description');
  const cFund = col(layout, 'fund');
  const receipt = new NumberReader(layout, L, 'receipt', 'amount', false, issues, ctx.amountUnit);
  const payment = new NumberReader(layout, L, 'payment', 'amount', false, issues, ctx.amountUnit);
  const balance = new NumberReader(layout, L, 'balance', 'amount', false, issues, ctx.amountUnit);
  const required = new ColumnReader(sheet, layout, 'date', readDate, true, issues, true);
  const optional = new ColumnReader(sheet, layout, 'date', readDate, false, issues, true);
  const filled = mergeFill(ctx, FILLED_DOWN.cashbook ?? []);
  const cType = typeColumnOf(layout);
  const parts = balanceParts(layout);
  const short = new ShortDates(titleYear(sheet, layout.top));
  /** The date of a row: a day or a day/month alone read in the month and year the book gives them. */
  const dateOf = (row: CellValue[], i: number, opening: boolean): number | undefined => {
    const v = row[cDate];
    const d = blank(v) ? undefined : short.read(v, fmt(sheet, i, cDate));
    if (d === undefined) return (opening ? optional : required).read(row, i);
    if (typeof d === 'number') return d;
    issues.add('date', L + cDate, d, v);
    return undefined;
  };
  let before: CellValue[] | undefined;
  // One part of a cash book kept in parts side by side (a fund's columns, one side of a ledger): its
  // rows are those it records; a fund's title names the fund.
  const ownFund = layout.partTitle !== undefined ? fundNamed(layout.partTitle) : undefined;
  // Without a Quỹ column, a title naming a fund (above the header, or a section "II. QUỸ HOẠT ĐỘNG"
  // inside the table) says whose rows follow.
  let sectionFund = ownFund ?? titleFund(sheet, layout.top);
  const out: CashRow[] = [];
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = filled ? filled(values[i], i) : values[i];
    if (ownFund === undefined && n > 0) sectionFund = fundTitledBetween(sheet, dataRows[n - 1] + 1, i, layout) ?? sectionFund;
    short.passMonthRows(sheet, n > 0 ? dataRows[n - 1] + 1 : layout.bottom + 1, i, layout);
    const description = cDesc >= 0 ? cellText(row[cDesc]) : undefined;
    const moves = (receipt.j >= 0 && !blank(row[receipt.j])) || (payment.j >= 0 && !blank(row[payment.j]));
    const text = description ?? firstText(row, layout.left, layout.right);
    // An opening line names a balance ("Tồn đầu kỳ", "Số dư chuyển sang"); a movement whose text
    // mentions one ("Trích lãi chuyển sang quỹ hoạt động") is an entry.
    // A closing line may carry the period's totals beside its balance: those are no movement.
    const key = text !== undefined ? hk(text) : '';
    const closing = startsWithPhrase(key, CLOSING_KEYS);
    const openingText = closing || (containsPhrase(key, OPENING_KEYS) && (!moves || startsWithPhrase(key, BALANCE_KEYS)));
    const opening = openingText || (n === 0 && !moves && balance.j >= 0 && !blank(row[balance.j]));
    if (layout.partTitle !== undefined && !moves && (balance.j < 0 || blank(row[balance.j]))) continue;
    // Cash taken from the bank or put in it moves the balance's parts and nothing in or out: a
    // balance line, like an opening, that must agree with the running balance.
    const transfer = !moves && !opening && parts !== undefined && before !== undefined && partsMoved(before, row, parts);
    before = row;
    // "Số dư đầu kỳ" typed in the date column is the line's text, not a date.
    const dateIsText = openingText && cDate >= 0 && row[cDate] === text;
    // With a Quỹ column, the column says whose row it is; a row without one is the whole book's.
    let fund: CashRow['fund'] = cFund >= 0 ? ownFund : sectionFund;
    if (cFund >= 0) {
      const v = row[cFund];
      if (!blank(v)) {
        fund = typeof v === 'string' ? fundNamed(v) : undefined;
        if (fund === undefined) issues.add('fund', L + cFund, typeof v === 'object' && v !== null ? errorFail(v) : FUND_UNREADABLE, v);
      }
    }
    const date = cDate >= 0 && !dateIsText ? dateOf(row, i, opening) : undefined;
    const amounts = closing ? {} : cType >= 0 ? typedAmounts(receipt.read(row), row[cType], L + cType, opening, issues) : { receipt: receipt.read(row), payment: payment.read(row) };
    out.push({
      r: sheet.top + i,
      club: club(row, i),
      date,
      voucher: cVoucher >= 0 ? cellText(row[cVoucher]) : undefined,
      description,
      fund,
      receipt: amounts.receipt,
      payment: amounts.payment,
      balance: balance.read(row),
      opening: opening || transfer,
      issues: issues.take(),
    });
  }
  return out;
}

/** The relative column saying Thu or Chi of each row, beside one amount column ("Số tiền"); -1 without. */
function typeColumnOf(layout: Layout): number {
  return columnOf(layout, 'receipt')?.typeColumn ?? -1;
}

const RECEIPT_TYPES = keysOf(['Thu', 'Thu vào', 'PT', 'Phiếu thu']);
const PAYMENT_TYPES = keysOf(['Chi', 'Chi ra', 'PC', 'Phiếu chi']);

function typeUnknown(v: CellValue): Fail {
  const q = typeof v === 'string' ? v.trim() : String(v ?? '');
  return {
    ok: false,
    kind: 'unreadable',
    detail: q
      ? { vi: `cột Thu/Chi ghi "${q}", không rõ là thu hay chi`, en: `the Thu/Chi column says "${q}", neither a receipt nor a payment` }
      : { vi: 'cột Thu/Chi để trống, không rõ là thu hay chi', en: 'the Thu/Chi column is empty: receipt or payment?' },
  };
}

/**
 * One amount column and a Thu/Chi column: the amount is a receipt or a payment by the row's type. A
 * minus typed on a Chi row says the same payment again. An opening line's amount needs no type.
 */
function typedAmounts(amount: number | undefined, type: CellValue, c: number, opening: boolean, issues: Issues): { receipt?: number; payment?: number } {
  if (amount === undefined) return {};
  const key = typeof type === 'string' ? hk(type) : '';
  if (startsWithPhrase(key, PAYMENT_TYPES)) return { payment: Math.abs(amount) };
  if (startsWithPhrase(key, RECEIPT_TYPES) || (opening && blank(type))) return { receipt: amount };
  issues.add('receipt', c, typeUnknown(type), type);
  return {};
}

/** Relative columns of a balance written in parts (Tiền mặt | Tiền gửi NH); undefined for a balance in one column. */
function balanceParts(layout: Layout): { left: number; right: number } | undefined {
  const b = columnOf(layout, 'balance');
  if (!b) return undefined;
  if (b.parts) return b.parts;
  return b.right !== undefined && b.right > b.j ? { left: b.j, right: b.right } : undefined;
}

/** Some part of the balance differs from the row before's. */
/** Money moved between the balance's parts (cash to bank): two parts or more changed, by as much up as down. */
function partsMoved(before: CellValue[], row: CellValue[], parts: { left: number; right: number }): boolean {
  let changed = 0;
  let sum = 0;
  for (let j = parts.left; j <= parts.right; j++) {
    const a = before[j];
    const b = row[j];
    if (typeof a !== 'number' || typeof b !== 'number' || a === b) continue;
    changed++;
    sum += b - a;
  }
  return changed >= 2 && Math.abs(sum) < 0.5;
}

// "Tháng 3/2025", "THÁNG 3 NĂM 2025", "Tháng 3:": the month whose entries follow.
const MONTH_ROW = /^\s*tháng\s*(\d{1,2})(?:\s*(?:[/.-]|năm)\s*(\d{4}))?\s*[:.]?\s*$/iu;
// "SỔ QUỸ NĂM 2025", "Năm 2025": the year of the book.
const TITLE_YEAR = /(?:^|[^\p{L}])năm\s*(\d{4})(?!\d)/iu;
// A date without its year: "05/01", "5-1".
const DAY_MONTH = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/;
const DAY_ONLY = /^\s*(\d{1,2})\s*$/;

const ANY_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The year the title lines above a header name ("SỔ QUỸ NĂM 2025"); none for "Năm 2024 - 2025". */
function titleYear(sheet: SheetGrid, top: number): number | undefined {
  const years = new Set<string>();
  for (const t of titleTexts(sheet, top, 120)) {
    if (TITLE_YEAR.test(t.normalize('NFC'))) for (const y of t.match(ANY_YEAR) ?? []) years.add(y);
  }
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/**
 * Dates written short, as on paper: a day alone under a "Tháng 3/2025" row, or "05/01" in a book
 * whose title names the year. Read in the month and year the book gives them; never guessed without.
 */
class ShortDates {
  private month: number | undefined;
  private year: number | undefined;
  constructor(private readonly bookYear: number | undefined) {
    this.year = bookYear;
  }
  /** A month's title row between the last data row and this one starts that month. */
  passMonthRows(sheet: SheetGrid, from: number, to: number, layout: Layout): void {
    for (let i = Math.max(0, from); i < to; i++) {
      const t = firstText(sheet.values[i] ?? [], layout.left, layout.right);
      const m = t !== undefined ? MONTH_ROW.exec(t.normalize('NFC')) : null;
      if (!m) continue;
      this.month = Number(m[1]);
      this.year = m[2] !== undefined ? Number(m[2]) : this.bookYear;
    }
  }
  /** The date, why not, or undefined when the value is no short date (or the book gives no month or year). */
  read(v: CellValue, format: string | null): number | Fail | undefined {
    if (this.year === undefined) return undefined;
    if (typeof v === 'number') return Number.isInteger(v) && !isDateFormat(format) ? this.day(String(v), v, this.month) : undefined;
    if (typeof v !== 'string') return undefined;
    const d = DAY_ONLY.exec(v);
    if (d) return this.day(v.trim(), Number(d[1]), this.month);
    const dm = DAY_MONTH.exec(v);
    return dm ? this.day(v.trim(), Number(dm[1]), Number(dm[2])) : undefined;
  }
  private day(q: string, d: number, m: number | undefined): number | Fail | undefined {
    const y = this.year as number;
    if (m === undefined || d < 1 || d > 31) return undefined;
    if (m < 1 || m > 12) return { ok: false, kind: 'unreadable', detail: { vi: `"${q}": không có tháng ${m}`, en: `"${q}": there is no month ${m}` } };
    const serial = serialFromYmd(y, m, d);
    if (ymdFromSerial(serial).d === d) return serial;
    return {
      ok: false,
      kind: 'unreadable',
      detail: { vi: `"${q}" không có thật (tháng ${m}/${y} không có ngày ${d})`, en: `"${q}" does not exist (${m}/${y} has no day ${d})` },
    };
  }
}

/** The one fund the title lines above a header name, if only one ("… QUỸ TĂNG THU NHẬP VÀ QUỸ HOẠT ĐỘNG" names both). */
function titleFund(sheet: SheetGrid, top: number): CashRow['fund'] {
  const named = new Set(titleTexts(sheet, top, 120).flatMap(fundsNamed));
  return named.size === 1 ? [...named][0] : undefined;
}

function endsWithLetter(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && s.charCodeAt(k) <= 32) k--;
  const c = k >= 0 ? s.charCodeAt(k) | 0x20 : 0;
  return (c >= 97 && c <= 122) || c > 127;
}

/** The fund a section title between two data rows names ("II. QUỸ HOẠT ĐỘNG"), if any. */
function fundTitledBetween(sheet: SheetGrid, from: number, to: number, layout: Layout): CashRow['fund'] {
  let found: CashRow['fund'];
  for (let i = from; i < to; i++) {
    const t = firstText(sheet.values[i] ?? [], layout.left, layout.right);
    if (t !== undefined && isFundTitle(t)) found = fundNamed(t);
  }
  return found;
}

function firstText(row: CellValue[], left: number, right: number): string | undefined {
  const end = Math.min(right, row.length - 1);
  for (let j = Math.max(0, left); j <= end; j++) {
    const v = row[j];
    if (typeof v === 'string' && !blank(v)) return v;
  }
  return undefined;
}
