// recognize: raw grids → typed books (SHEETS.md). Sheets are recognized by their headers, never by
// their names or positions; a sheet that looks like a book but cannot be read as one is reported,
// never silently skipped.

import type {
  BookKind,
  CashBook,
  ClubInfo,
  Column,
  LoanBook,
  MemberBook,
  Recognized,
  RepaymentBook,
  SheetAssignment,
  SheetProblem,
} from '../books';
import type { Text } from '../text';
import type { CellRange, CellValue, SheetGrid, WorkbookGrids } from '../grid';
import { detectLegacyEncoding, isBlank, nameKey, personNameCore } from '../values';
import { findInfoLabels, infoRows, readClubInfo, titleInfoLabels, type InfoLabel } from './clubInfo';
import { ClubNames, clubCore, sheetCores, titleClub } from './clubs';
import { forOtherPurpose, olderCopies, otherPurposeLists, partLists } from './copies';
import { titleTexts } from './cells';
import { findExtent, type ClubTitle } from './extent';
import { AGE_WORDS, REQUIRED, type TableKind } from './headers';
import { columnOf, findLayouts, HEADER_SCAN_ROWS, headerSpan, MergeIndex, type FoundColumn, type Layout } from './layout';
import { hk, keysOf } from './match';
import { ageInsteadOfBirth, headerlessRows, legacyEncoding, legacySheet, missingColumn, namedList, olderCopy, partOfList, samePeople } from './messages';
import { readCash, readLoans, readMembers, readRepayments, sexMarksOf, titleAmountUnit, type RowContext } from './read';

export { HEADERS, CLUB_INFO_LABELS } from './headers';
export { matchHeader } from './match';

/** A table found on a sheet, before its rows are read. */
interface Found {
  readonly sheet: SheetGrid;
  readonly index: number;
  readonly layout: Layout;
  readonly merges: MergeIndex;
  readonly rows: Int32Array;
  readonly mergedData: readonly CellRange[];
  /** Another table typed on under this one without a header (see findExtent). */
  readonly headerless?: { readonly top: number; readonly bottom: number };
  /** Club titles inside a list with no club column (see findExtent). */
  readonly clubTitles?: readonly ClubTitle[];
  readonly title?: string;
  club: string;
  /** A member list that is a part of another (the board or the volunteers listed again): see partLists. */
  partOf?: Found;
}

/** What one sheet turned out to be. */
type SheetResult =
  /** also: the other book of a member list that records each member's loan on the same row. */
  | { readonly kind: 'table'; readonly found: Found; readonly also?: Found; readonly below?: readonly Found[] }
  | { readonly kind: 'clubInfo'; readonly labels: readonly InfoLabel[] }
  | { readonly kind: 'problem'; readonly problem: SheetProblem; readonly book: BookKind; readonly looks?: Layout }
  | { readonly kind: 'none' };

/** A sheet needs this many distinctive headers of a book to be reported as "looks like" it. */
const LOOKS_LIKE = 2;
/** A sheet needs this many club-information labels to be one. */
const INFO_LABELS_MIN = 2;
const ADDRESS_FIELDS = new Set(['hamlet', 'commune', 'district', 'province']);

/** Fewer data rows than any club has members: a board or a sample, not a book. */
const SHORT_TABLE_ROWS = 12;

function firstAlternatives(kind: TableKind): string[] {
  return REQUIRED[kind].map((req) => req[0]).flat() as string[];
}

const AGE_KEYS = new Set(keysOf(AGE_WORDS));

/** The header cell of an age column on the header row(s) of a member list, if any. */
function ageHeader(sheet: SheetGrid, layout: Layout): { j: number; i: number; text: string } | undefined {
  for (let i = layout.top; i <= layout.bottom; i++) {
    const row = sheet.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === 'string' && AGE_KEYS.has(hk(v))) return { j, i, text: v.trim() };
    }
  }
  return undefined;
}

function missingProblem(sheet: SheetGrid, kind: TableKind, layout: Layout | undefined, forced: boolean): SheetProblem {
  const missing = layout ? (layout.missing as readonly string[]) : firstAlternatives(kind);
  // Ages instead of birth years: say so, at the age column, rather than "no birth year column".
  const age = kind === 'members' && layout && missing.includes('birth') ? ageHeader(sheet, layout) : undefined;
  if (age) {
    const { message, fix } = ageInsteadOfBirth(sheet.name, age.text);
    return { sheet: sheet.name, kind: 'missing-column', book: kind, r: sheet.top + age.i, c: sheet.left + age.j, message, fix };
  }
  const { message, fix } = missingColumn(sheet.name, kind, missing, forced);
  const r = sheet.top + (layout ? layout.top : 0);
  const c = sheet.left + (layout ? Math.max(0, layout.left) : 0);
  return { sheet: sheet.name, kind: 'missing-column', book: kind, r, c, message, fix };
}

/** The book a sheet starts with: the best table, or a complete one above it (another book below it is tablesBelow's). */
function firstTable(layouts: { [K in TableKind]?: Layout<K> }): Layout | undefined {
  const best = chooseTable(layouts);
  if (!best) return undefined;
  let first = best;
  for (const l of Object.values(layouts) as Layout[]) if (l.missing.length === 0 && l.kind !== best.kind && l.bottom < first.top) first = l;
  return first;
}

// The district's norms ("Định mức"), meeting minutes ("Biên bản"), instructions ("Hướng dẫn"): they
// name a fund, a fee or a rate, but not as this club's own figures.
const DOCUMENT_WORDS = '(?:định mức|dinh muc|biên bản|bien ban|hướng dẫn|huong dan)';
const OTHER_DOCUMENT_NAME = new RegExp(`(?:^|[^\\p{L}])${DOCUMENT_WORDS}(?:[^\\p{L}]|$)|^\\s*bb[\\s._-]*(?:t\\d|tháng|thang|họp|hop|\\d{1,2}[./-])`, 'iu');
const OTHER_DOCUMENT_TITLE = new RegExp(`^\\s*(?:[IVX\\d]+[.)]\\s*)?${DOCUMENT_WORDS}(?![\\p{L}])`, 'iu');

/** The sheet's name, or a title line above `top` that starts with the document's kind ("BIÊN BẢN …"). */
function isOtherDocument(sheet: SheetGrid, top: number): boolean {
  if (OTHER_DOCUMENT_NAME.test(sheet.name.normalize('NFC'))) return true;
  return titleTexts(sheet, Math.min(top, HEADER_SCAN_ROWS)).some((t) => OTHER_DOCUMENT_TITLE.test(t.normalize('NFC')));
}

function chooseTable(layouts: { [K in TableKind]?: Layout<K> }): Layout | undefined {
  let best: Layout | undefined;
  for (const l of Object.values(layouts) as Layout[]) {
    if (l.missing.length > 0) continue;
    if (!best || l.score > best.score) best = l;
  }
  if (!best) return undefined;
  // A loan book has an amount and a rate; a repayment log has no rate.
  if (best.kind === 'repayments' && layouts.loans?.columns.rate) return layouts.loans.missing.length === 0 ? layouts.loans : undefined;
  return best;
}

/**
 * A small club often keeps one sheet: each member's row also holds the member's loan (Số tiền vay,
 * Ngày vay, Lãi suất). Both books are complete under the same header, on the same name column.
 */
function combinedWith(table: Layout, layouts: { [K in TableKind]?: Layout<K> }): Layout | undefined {
  const { members, loans } = layouts;
  if (!members || !loans || members.missing.length > 0 || loans.missing.length > 0) return undefined;
  if (members.top !== loans.top) return undefined;
  if (members.columns.name?.j === undefined || members.columns.name.j !== loans.columns.borrower?.j) return undefined;
  return table.kind === 'members' ? loans : table.kind === 'loans' ? members : undefined;
}

/** Distinctive headers found, plus one for the book's name column (a name beside a birth year is a member list). */
function looksLike(l: Layout): number {
  const cols = l.columns as Partial<Record<string, FoundColumn>>;
  return l.distinctive + (cols.name || cols.borrower || cols.loanId ? 1 : 0);
}

const COUNT_FIELDS = new Set(['maleMark', 'femaleMark', 'poorMark', 'nearPoorMark', 'hardshipMark', 'volunteer', 'caredAtHome']);

/**
 * A member list's headers over no names that is no member list: a summary by group or hamlet (Tổ |
 * Nữ | Hộ nghèo | TNV with counts under them, which no member's mark is), or a template's lists of
 * allowed values ("Danh mục": Giới tính | Hoàn cảnh | Chức vụ over a few words each).
 */
function isSummary(sheet: SheetGrid, l: Layout): boolean {
  if (l.kind !== 'members' || columnOf(l, 'name')) return false;
  const marks = (Object.entries(l.columns) as [string, FoundColumn][]).filter(([f]) => COUNT_FIELDS.has(f)).map(([, c]) => c.j);
  for (let i = l.bottom + 1; i < Math.min(sheet.values.length, l.bottom + 6); i++) {
    const row = sheet.values[i] ?? [];
    for (const j of marks) {
      const v = row[j];
      if (typeof v === 'number' && Number.isInteger(v) && v > 1) return true;
    }
  }
  let filled = 0;
  for (let i = l.bottom + 1; i < sheet.values.length && filled < SHORT_TABLE_ROWS; i++) if ((sheet.values[i] ?? []).some((v) => !isBlank(v ?? null))) filled++;
  return filled < SHORT_TABLE_ROWS || allowedValues(sheet, l);
}

/**
 * Lists of allowed values (Giới tính: Nam, Nữ; Dân tộc: the 54 peoples; the hamlets), one list per
 * column: no value twice in a column, where a member list repeats its sexes and hardships.
 */
function allowedValues(sheet: SheetGrid, l: Layout): boolean {
  for (const c of Object.values(l.columns) as FoundColumn[]) {
    const seen = new Set<string>();
    for (let i = l.bottom + 1; i < sheet.values.length; i++) {
      const v = sheet.values[i]?.[c.j];
      if (v === null || v === undefined || (typeof v === 'string' && isBlank(v))) continue;
      const k = typeof v === 'string' ? nameKey(v) : String(v);
      if (seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}

/**
 * Headers only a loan book or a cash book has, and the words that name one: a donations book ("Sổ
 * Tấm lòng vàng": a date, a giver, what was given, an amount, "Hiện vật") has the others too.
 */
const OWN_FIELDS: Partial<Record<TableKind, readonly string[]>> = {
  loans: ['id', 'rate', 'term', 'due', 'principalRepaid', 'interestPaid', 'outstanding'],
  cashbook: ['voucher', 'fund', 'receipt', 'payment', 'balance'],
};
const OWN_WORDS: Partial<Record<TableKind, RegExp>> = {
  loans: /(?:^|[^\p{L}])(?:vay|khế ước|khe uoc)(?:[^\p{L}]|$)/iu,
  cashbook: /(?:^|[^\p{L}])(?:quỹ|quy|thu chi|thu, chi|tồn|ton quy)(?:[^\p{L}]|$)/iu,
};

/** A table that looks like a loan or cash book names one: a column of its own, or its word in a header, the sheet name or a title. */
function namesItsBook(sheet: SheetGrid, l: Layout): boolean {
  // Months over amounts lent and repaid, with no borrower and no rate, are a summary (a chart's data).
  if (l.kind === 'loans' && !hasField(l, 'borrower') && !hasField(l, 'id') && !hasField(l, 'rate') && !hasField(l, 'date')) return false;
  const own = OWN_FIELDS[l.kind];
  const word = OWN_WORDS[l.kind];
  if (!own || !word || own.some((f) => hasField(l, f))) return true;
  const headers = (Object.values(l.columns) as FoundColumn[]).map((c) => c.header);
  return [sheet.name, ...headers, ...titleTexts(sheet, l.top)].some((t) => word.test(t.normalize('NFC')));
}

function bestLooksLike(sheet: SheetGrid, layouts: { [K in TableKind]?: Layout<K> }): Layout | undefined {
  let best: Layout | undefined;
  for (const l of Object.values(layouts) as Layout[]) {
    if (l.distinctive < 1 || looksLike(l) < LOOKS_LIKE || isSummary(sheet, l) || !namesItsBook(sheet, l)) continue;
    if (!best || looksLike(l) > looksLike(best) || (looksLike(l) === looksLike(best) && l.score > best.score)) best = l;
  }
  return best;
}

function tableFound(sheet: SheetGrid, index: number, layout: Layout, merges: MergeIndex): Found {
  const span = headerSpan(sheet, merges, layout);
  const extent = findExtent(sheet, merges, layout, span);
  return {
    sheet,
    index,
    layout,
    merges,
    rows: extent.rows,
    mergedData: extent.mergedData,
    headerless: extent.headerless,
    clubTitles: extent.clubTitles,
    title: titleClub(sheet, layout.top),
    club: sheet.name,
  };
}

/** Rows looked past, under a table, for another book's header: blank, or numbered for records not written yet. */
const GAP_ROWS = 40;
/** Title lines ("II. SỔ THEO DÕI CHO VAY") allowed between the gap and the next header. */
const TITLE_ROWS_BELOW = 3;

/** The part of a sheet from relative row `from` (to `to`), placed where it is on the sheet. */
function sheetFrom(sheet: SheetGrid, from: number, to?: number): SheetGrid {
  return { ...sheet, top: sheet.top + from, values: sheet.values.slice(from, to), formats: sheet.formats?.slice(from, to) };
}

function isGapRow(row: readonly CellValue[] | undefined): boolean {
  let filled = 0;
  for (const v of row ?? []) {
    if (isBlank(v ?? null)) continue;
    if (typeof v !== 'number' || ++filled > 1) return false;
  }
  return true;
}

/**
 * Other books written under the first on the same sheet (the loan book under the member list, then
 * the cash book, each with its own header), past blank rows, rows numbered in advance, and title
 * lines: complete tables of another kind, one after another.
 */
function tablesBelow(index: number, first: Found): Found[] {
  const out: Found[] = [];
  const kinds = new Set<TableKind>([first.layout.kind]);
  let last = first;
  for (;;) {
    // Each table found below is read on the part of the sheet under the one before it.
    const above = last.sheet;
    let from = last.rows.length > 0 ? last.rows[last.rows.length - 1] + 1 : last.layout.bottom + 1;
    for (let gap = 0; from < above.values.length && gap < GAP_ROWS && isGapRow(above.values[from]); gap++) from++;
    if (from >= above.values.length) return out;
    const rest = sheetFrom(above, from);
    const merges = new MergeIndex(rest);
    const table = chooseTable(findLayouts(rest, merges));
    if (!table || kinds.has(table.kind) || table.top > TITLE_ROWS_BELOW) return out;
    last = tableFound(rest, index, table, merges);
    kinds.add(table.kind);
    out.push(last);
  }
}

/**
 * A district's file with one sheet per commune, each listing its clubs in a club column and no
 * commune column: "CLB ấp 1" of Long Phước is not "CLB ấp 1" of Tân Hạnh. When a club name is on
 * several commune sheets, each book's clubs are told apart by its sheet (a loan sheet "Vay Tân Hạnh"
 * by the member sheet its name matches).
 */
function communeSheets(tables: readonly Found[]): Map<Found, string> {
  const out = new Map<Found, string>();
  const lists = tables.filter((t) => t.layout.kind === 'members' && hasColumn(t, 'club') && !hasColumn(t, 'commune') && !hasColumn(t, 'district'));
  if (lists.length < 2) return out;
  const sheetsOf = new Map<string, Set<string>>();
  for (const t of lists) {
    const j = columnOf(t.layout, 'club')?.j ?? -1;
    for (const i of t.rows) {
      const v = t.sheet.values[i]?.[j];
      if (typeof v !== 'string' || isBlank(v)) continue;
      const k = nameKey(v);
      let s = sheetsOf.get(k);
      if (!s) sheetsOf.set(k, (s = new Set()));
      s.add(t.sheet.name);
    }
  }
  if (![...sheetsOf.values()].some((s) => s.size > 1)) return out;
  for (const t of lists) out.set(t, t.sheet.name);
  for (const t of tables) {
    if (out.has(t) || !hasColumn(t, 'club')) continue;
    const keys = sheetCores(t.sheet.name);
    const list = lists.find((m) => sheetCores(m.sheet.name).some((k) => keys.includes(k)));
    if (list) out.set(t, list.sheet.name);
  }
  return out;
}

/**
 * The club's information above a short table (the board, five people, under the labels): its labels,
 * when they are the club's own figures, not a title line's place ("Xã: An Bình | Ấp: Phú Hòa").
 */
function infoAbove(sheet: SheetGrid, top: number): InfoLabel[] | undefined {
  const labels = findInfoLabels(sheet).filter((l) => l.i < top);
  if (labels.filter((l) => !ADDRESS_FIELDS.has(l.field)).length < INFO_LABELS_MIN) return undefined;
  return isOtherDocument(sheet, Math.min(...labels.map((l) => l.i))) ? undefined : labels;
}

/** How far below the usual header rows a table is looked for when none starts there. */
const DEEP_ROWS = 40;

/**
 * A table whose header is further down than usual, under a report's text (an annex whose header is
 * on row 31): looked for only on a sheet with no table in its first rows, in the rows after them.
 */
function deeperTable(sheet: SheetGrid, index: number): Found | undefined {
  if (sheet.values.length <= HEADER_SCAN_ROWS) return undefined;
  const from = HEADER_SCAN_ROWS - 2;
  const window = sheetFrom(sheet, from, from + DEEP_ROWS);
  const table = firstTable(findLayouts(window, new MergeIndex(window)));
  if (!table) return undefined;
  const full = sheetFrom(sheet, from);
  return tableFound(full, index, table, new MergeIndex(full));
}

function recognizeSheet(sheet: SheetGrid, index: number, forced: BookKind | 'none' | undefined): SheetResult {
  if (forced === 'none') return { kind: 'none' };
  if (forced === 'clubInfo') return { kind: 'clubInfo', labels: findInfoLabels(sheet) };
  if (sheet.values.length === 0) {
    if (forced) return { kind: 'problem', problem: missingProblem(sheet, forced, undefined, true), book: forced };
    return { kind: 'none' };
  }
  const merges = new MergeIndex(sheet);
  const layouts = findLayouts(sheet, merges);
  if (forced) {
    const l = layouts[forced] as Layout | undefined;
    if (!l || l.missing.length > 0) return { kind: 'problem', problem: missingProblem(sheet, forced, l, true), book: forced };
    return { kind: 'table', found: tableFound(sheet, index, l, merges) };
  }
  const table = firstTable(layouts);
  if (table) {
    const other = combinedWith(table, layouts);
    if (!other) {
      const found = tableFound(sheet, index, table, merges);
      // The club's information with a short table under it (the board, five people) is the
      // club-information sheet; the member list is elsewhere.
      const info = found.rows.length < SHORT_TABLE_ROWS ? infoAbove(sheet, table.top) : undefined;
      if (info) return { kind: 'clubInfo', labels: info };
      const below = tablesBelow(index, found);
      return below.length > 0 ? { kind: 'table', found, below } : { kind: 'table', found };
    }
    // One header for both: a second header row of one (Ngày | Tháng | Năm) is header for the other too.
    const bottom = Math.max(table.bottom, other.bottom);
    return {
      kind: 'table',
      found: tableFound(sheet, index, { ...table, bottom }, merges),
      also: tableFound(sheet, index, { ...other, bottom }, merges),
    };
  }
  const looks = bestLooksLike(sheet, layouts);
  // A book lacking a column at the top is reported, not passed over for a table further down.
  const deeper = looks ? undefined : deeperTable(sheet, index);
  if (deeper) {
    // As at the top: the club's information with a short table (the board) under it.
    const info = deeper.rows.length < SHORT_TABLE_ROWS ? infoAbove(sheet, deeper.sheet.top - sheet.top + deeper.layout.top) : undefined;
    if (info) return { kind: 'clubInfo', labels: info };
    const below = tablesBelow(index, deeper);
    return below.length > 0 ? { kind: 'table', found: deeper, below } : { kind: 'table', found: deeper };
  }
  const labels = findInfoLabels(sheet);
  if (labels.length >= INFO_LABELS_MIN && (!looks || labels.length >= looksLike(looks)) && !isOtherDocument(sheet, Math.min(...labels.map((l) => l.i)))) return { kind: 'clubInfo', labels };
  if (looks) return { kind: 'problem', problem: missingProblem(sheet, looks.kind, looks, false), book: looks.kind, looks };
  const legacy = legacyHeaders(sheet);
  if (legacy) return { kind: 'problem', problem: legacy, book: 'members' };
  return { kind: 'none' };
}

/** A sheet whose headers are typed in TCVN3 / VNI cannot be recognized: say so instead of skipping it. */
function legacyHeaders(sheet: SheetGrid): SheetProblem | undefined {
  let texts = 0;
  const cells: { r: number; c: number }[] = [];
  const counts = { TCVN3: 0, VNI: 0 };
  for (let i = 0; i < Math.min(sheet.values.length, HEADER_SCAN_ROWS); i++) {
    const row = sheet.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || isBlank(v)) continue;
      texts++;
      const enc = detectLegacyEncoding(v);
      if (enc) {
        counts[enc]++;
        cells.push({ r: sheet.top + i, c: sheet.left + j });
      }
    }
  }
  if (cells.length < 3 || cells.length * 3 < texts) return undefined;
  const encoding = counts.VNI > counts.TCVN3 ? 'VNI' : 'TCVN3';
  const { message, fix } = legacySheet(sheet.name, encoding);
  return { sheet: sheet.name, kind: 'legacy-encoding', r: cells[0].r, c: cells[0].c, cells, message, fix };
}

function columnsOf(sheet: SheetGrid, layout: Layout): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [field, col] of Object.entries(layout.columns) as [string, FoundColumn][]) {
    const column = { c: sheet.left + col.j, r: sheet.top + col.i, header: col.header };
    out[field] = col.right !== undefined ? { ...column, right: sheet.left + col.right } : column;
  }
  return out;
}

interface Legacy {
  readonly rows: Set<number>;
  readonly problem: SheetProblem;
}

/** Names typed in TCVN3 / VNI: one problem for the column, and every such name marked. */
function legacyNames(found: Found, field: string): Legacy | undefined {
  const col = columnOf(found.layout, field);
  if (!col) return undefined;
  const { sheet } = found;
  const j = col.j;
  const rows = new Set<number>();
  const cells: { r: number; c: number }[] = [];
  const counts = { TCVN3: 0, VNI: 0 };
  const seen = new Map<string, 'TCVN3' | 'VNI' | null>();
  for (const i of found.rows) {
    const v = sheet.values[i][j];
    if (typeof v !== 'string' || isBlank(v)) continue;
    let enc = seen.get(v);
    if (enc === undefined) {
      enc = detectLegacyEncoding(v);
      seen.set(v, enc);
    }
    if (enc) {
      counts[enc]++;
      rows.add(i);
      cells.push({ r: sheet.top + i, c: sheet.left + j });
    }
  }
  // Even a few names pasted from an old file cannot be compared with the others: each is marked.
  if (rows.size === 0) return undefined;
  const encoding = counts.VNI > counts.TCVN3 ? 'VNI' : 'TCVN3';
  const { message, fix } = legacyEncoding(sheet.name, col.header, encoding, rows.size);
  return {
    rows,
    problem: {
      sheet: sheet.name,
      kind: 'legacy-encoding',
      book: found.layout.kind,
      r: sheet.top + col.i,
      c: sheet.left + j,
      cells,
      message,
      fix,
    },
  };
}

/** Raw grids → typed books, with every sheet that looks like a book but cannot be read reported. */
export function recognize(grids: WorkbookGrids, assignment?: SheetAssignment): Recognized {
  const visible: Entry[] = [];
  const hidden: Entry[] = [];
  grids.sheets.forEach((sheet, index) => {
    const forced = assignment?.[sheet.name];
    const result = recognizeSheet(sheet, index, forced);
    // A hidden sheet (an old copy, a lookup list) counts only when no visible sheet is that book.
    (sheet.hidden && !forced ? hidden : visible).push({ sheet, index, result });
  });
  const entries = [...visible, ...countedHidden(hidden, visible)];
  entries.sort((a, b) => a.index - b.index);

  const problems: SheetProblem[] = [];
  const tables: Found[] = [];
  const clubInfo: ClubInfo[] = [];
  for (const { sheet, result } of entries) {
    if (result.kind === 'problem') problems.push(result.problem);
    else if (result.kind === 'table') {
      tables.push(result.found);
      if (result.below) tables.push(...result.below);
      if (result.found.headerless) problems.push(headerlessProblem(result.found, result.found.headerless));
    }
    else if (result.kind === 'clubInfo') for (const labels of infoRows(sheet, result.labels)) clubInfo.push(readClubInfo(sheet, labels));
  }
  if (clubInfo.length === 0) clubInfo.push(...infoInTitles(tables));
  addCombined(tables, entries);
  splitParts(tables);
  sortOutCopies(tables, problems);
  namedListsNoBooks(entries, tables, problems);

  assignClubs(tables, clubInfo);
  for (const t of tables) if (t.partOf) t.club = t.partOf.club;
  const communeOf = communeSheets(tables);
  const names = new ClubNames();
  for (const info of clubInfo) if (info.name?.value) names.canonical(info.name.value);
  const byKind = (k: TableKind) => tables.filter((t) => t.layout.kind === k);
  const ordered = [...byKind('members'), ...byKind('loans'), ...byKind('repayments'), ...byKind('cashbook')];
  for (const t of ordered) t.club = names.canonical(t.club);

  const members: MemberBook[] = [];
  const loans: LoanBook[] = [];
  const repayments: RepaymentBook[] = [];
  const cashbooks: CashBook[] = [];
  for (const t of ordered) {
    const kind = t.layout.kind;
    const nameField = kind === 'members' ? 'name' : kind === 'cashbook' ? undefined : 'borrower';
    const legacy = nameField ? legacyNames(t, nameField) : undefined;
    if (legacy) problems.push(legacy.problem);
    const ctx: RowContext = {
      sheet: t.sheet,
      layout: t.layout,
      rows: t.rows,
      bookClub: t.club,
      clubOf: names.ofCell,
      legacyRows: legacy?.rows,
      amountUnit: titleAmountUnit(t.sheet, t.layout.top),
      clubTitles: t.clubTitles,
      commune: communeOf.get(t),
    };
    const base = {
      sheet: t.sheet.name,
      headerTop: t.sheet.top + t.layout.top,
      headerBottom: t.sheet.top + t.layout.bottom,
      club: t.club,
      mergedData: t.mergedData,
    };
    const columns = columnsOf(t.sheet, t.layout);
    if (kind === 'members') {
      const marks = sexMarksOf(t.layout);
      const layout = !columns.birth || (!columns.sex && !marks) ? 'split-birth' : marks ? 'sex-marks' : 'plain';
      members.push({ kind, ...base, columns, layout, rows: readMembers(ctx), ...(t.partOf ? { partOf: t.partOf.sheet.name } : {}) });
    } else if (kind === 'loans') loans.push({ kind, ...base, columns, rows: readLoans(ctx) });
    else if (kind === 'repayments') repayments.push({ kind, ...base, columns, rows: readRepayments(ctx) });
    else cashbooks.push({ kind, ...base, columns, rows: readCash(ctx) });
  }
  const sheetIndex = new Map(grids.sheets.map((s, i) => [s.name, i]));
  problems.sort((a, b) => (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0));
  return { members, loans, repayments, cashbooks, clubInfo, problems };
}

/**
 * The second book of a combined member-and-loan sheet, when no other sheet is that book (a loan
 * sheet that lists each borrower's birth year is not a second member list). Its loan rows are the
 * members who borrowed: a member without a loan is no loan without an amount.
 */
function addCombined(tables: Found[], entries: readonly Entry[]): void {
  const kinds = new Set(tables.map((t) => t.layout.kind));
  for (const { result } of entries) {
    if (result.kind !== 'table' || !result.also || kinds.has(result.also.layout.kind)) continue;
    const also = result.also;
    const loans = also.layout.kind === 'loans' ? also : result.found;
    // The member list reports the sheet's merged cells; the loan rows are a subset of its rows.
    const loanRows = { ...loans, rows: rowsWithLoan(loans), mergedData: [] };
    if (loans === also) tables.push(loanRows);
    else {
      tables[tables.indexOf(result.found)] = loanRows;
      tables.push(also);
    }
    kinds.add(also.layout.kind);
  }
  tables.sort((a, b) => a.index - b.index);
}

function headerlessProblem(t: Found, rows: { top: number; bottom: number }): SheetProblem {
  const cols = t.layout.columns as Partial<Record<string, FoundColumn>>;
  const name = cols.name?.j ?? 0;
  const { message, fix } = headerlessRows(t.sheet.top + rows.top + 1, t.sheet.top + rows.bottom + 1, (cols.sex?.header ?? '').replace(/\s+/g, ' ').trim());
  return { sheet: t.sheet.name, kind: 'headerless-rows', book: t.layout.kind, r: t.sheet.top + rows.top, c: t.sheet.left + name, message, fix };
}

/**
 * A one-club file with no information sheet may give the club's details in its books' title lines:
 * read as the club's information, on the sheet that states the fee (the fee rule marks that cell).
 * A roll-up's title lines say which club a sheet is, not the others' details.
 */
function infoInTitles(tables: readonly Found[]): ClubInfo[] {
  const found = tables.map((t) => ({ sheet: t.sheet, labels: titleInfoLabels(t.sheet, t.layout.top) })).filter((f) => f.labels.length > 0);
  const oneClub = tables.filter((t) => t.layout.kind === 'members').length <= 1 && !tables.some((t) => hasColumn(t, 'club'));
  if (found.length === 0 || !oneClub) return [];
  const fee = found.find((f) => f.labels.some((l) => l.field === 'fee')) ?? found[0];
  const info = readClubInfo(fee.sheet, fee.labels) as unknown as Record<string, unknown>;
  // Details from other sheets (the capital in the loan book's title): values only, their cells are not marked.
  for (const f of found) {
    if (f === fee) continue;
    const other = readClubInfo(f.sheet, f.labels) as unknown as Record<string, unknown>;
    for (const l of f.labels) if (info[l.field] === undefined) info[l.field] = other[l.field];
  }
  return [info as unknown as ClubInfo];
}

/** Rows of a sheet looked at to tell whether it lists the club's people. */
const LIST_ROWS = 300;
/** Share of a sheet's rows naming members for it to be a list of the club's people. */
const NAMED_SHARE = 0.7;

/**
 * A sheet that looks like a book but lacks a column, whose rows nearly all name the club's members
 * (an attendance sheet, a care log, a livelihood-model list, a pivot table of the loans), or that is
 * another document (minutes): a record of the same people, not a broken book. Its "missing column"
 * error becomes a note.
 */
function namedListsNoBooks(entries: readonly Entry[], tables: readonly Found[], problems: SheetProblem[]): void {
  const members = tables.filter((t) => t.layout.kind === 'members');
  const candidates = entries.filter(({ result }) => result.kind === 'problem' && result.problem.kind === 'missing-column' && result.looks);
  if (members.length === 0 || candidates.length === 0) return;
  const names = new Set(members.flatMap((t) => [...nameKeysOf(t)]));
  const longest = Math.max(...members.map((t) => t.rows.length));
  const named = (v: CellValue | undefined) => typeof v === 'string' && !isBlank(v) && (names.has(nameKey(v)) || names.has(personNameCore(v) ?? ''));
  for (const { sheet, result } of candidates) {
    if (result.kind !== 'problem' || !result.looks) continue;
    const looks = result.looks;
    const doc = isOtherDocument(sheet, looks.top);
    // "SỔ THU NỢ": a sheet that names a loan or repayment book is one, however it reads (minutes aside).
    if (!doc && [sheet.name, ...titleTexts(sheet, looks.top)].some((t) => LOAN_BOOK_NAME.test(t.normalize('NFC')))) continue;
    // A loan or repayment book lacking one column is a broken book, whoever it names.
    if (looks.kind !== 'members' && (looks.missing.length < 2 || hasField(looks, 'date'))) continue;
    // A list with the members' own columns (Chức vụ, Hoàn cảnh, TNV …) is the member list lacking one,
    // unless it is a part of a whole list twice as long (the board, the poor members given a gift).
    const ownColumns = looks.kind === 'members' && hasField(looks, 'name') && MEMBER_FIELDS.some((f) => hasField(looks, f));
    let rows = 0;
    let hits = 0;
    for (let i = looks.bottom + 1; i < Math.min(sheet.values.length, looks.bottom + 1 + LIST_ROWS); i++) {
      const row = sheet.values[i] ?? [];
      if (!row.some((v) => !isBlank(v ?? null))) continue;
      rows++;
      if (row.some(named)) hits++;
    }
    if (!doc && ownColumns && rows * PART_OF_WHOLE > longest) continue;
    // Minutes with a table of the loans approved that day are a document too.
    if (!doc && (hits < SHORT_LIST_MIN || hits < rows * NAMED_SHARE)) continue;
    const { message, fix } = namedList(sheet.name);
    problems[problems.indexOf(result.problem)] = { ...result.problem, kind: 'other-list', message, fix };
  }
}

const SHORT_LIST_MIN = 3;
const LOAN_BOOK_NAME = /(?:^|[^\p{L}])(?:thu nợ|trả nợ|thu no|tra no|cho vay|vay vốn|sổ vay)(?:[^\p{L}]|$)/iu;
/** A part of a list is at most half as long as it. */
const PART_OF_WHOLE = 2;

/** Member fields beyond name, birth and sex: a list for another purpose lacks them. */
const MEMBER_FIELDS = ['role', 'hardship', 'poorMark', 'volunteer', 'caredAtHome', 'status', 'left', 'joined'];

/**
 * Last year's member list kept beside this year's is left out, and named (see copies.ts), as is the
 * same people's list kept for another purpose; a part of the list (the board, the volunteers, listed
 * again) is marked as such.
 */
function sortOutCopies(tables: Found[], problems: SheetProblem[]): void {
  const members = tables.filter((t) => t.layout.kind === 'members');
  if (members.length < 2) return;
  const fieldsOf = (t: Found) => MEMBER_FIELDS.filter((f) => hasColumn(t, f)).length;
  const lists = members.map((t) => ({ found: t, sheet: t.sheet, index: t.index, headerTop: t.layout.top, names: nameKeysOf(t), fields: fieldsOf(t) }));
  // A problem shown on a list's name header.
  const named = (l: (typeof lists)[number], kind: 'older-copy' | 'other-list', { message, fix }: { message: Text; fix: Text }): SheetProblem => ({
    sheet: l.sheet.name,
    kind,
    book: 'members',
    r: l.sheet.top + l.headerTop,
    c: l.sheet.left + (columnOf(l.found.layout, 'name')?.j ?? 0),
    message,
    fix,
  });
  const leaveOut = (old: (typeof lists)[number], kind: 'older-copy' | 'other-list', words: { message: Text; fix: Text }) => {
    problems.push(named(old, kind, words));
    tables.splice(tables.indexOf(old.found), 1);
  };
  const copies = olderCopies(lists);
  for (const [old, kept] of copies) {
    if (forOtherPurpose(old, kept)) leaveOut(old, 'other-list', samePeople(old.sheet.name, kept.sheet.name));
    else leaveOut(old, 'older-copy', olderCopy(old.sheet.name, kept.sheet.name));
  }
  const rest = lists.filter((l) => !copies.has(l));
  const others = otherPurposeLists(rest);
  for (const [other, list] of others) leaveOut(other, 'other-list', samePeople(other.sheet.name, list.sheet.name));
  for (const [part, whole] of partLists(rest.filter((l) => !others.has(l)))) {
    part.found.partOf = whole.found;
    problems.push(named(part, 'other-list', partOfList(part.sheet.name, whole.sheet.name)));
  }
}

function nameKeysOf(t: Found): Set<string> {
  const j = columnOf(t.layout, 'name')?.j;
  const keys = new Set<string>();
  if (j === undefined) return keys;
  for (const i of t.rows) {
    const v = t.sheet.values[i]?.[j];
    if (typeof v === 'string' && !isBlank(v)) keys.add(nameKey(v));
  }
  return keys;
}

/** A cash book in parts side by side (each fund's columns, or a two-sided ledger) is one cash book per part (see Layout.parts). */
function splitParts(tables: Found[]): void {
  for (let n = tables.length - 1; n >= 0; n--) {
    const t = tables[n];
    const parts = t.layout.parts;
    if (t.layout.kind !== 'cashbook' || !parts) continue;
    tables.splice(n, 1, ...parts.map((p) => ({ ...t, layout: { ...t.layout, columns: p.columns, parts: undefined, partTitle: p.title } as Layout })));
  }
}

const LOAN_DATA: readonly string[] = ['id', 'date', 'amount', 'rate', 'principalRepaid', 'outstanding', 'due'];

function rowsWithLoan(t: Found): Int32Array {
  const cols = LOAN_DATA.map((f) => columnOf(t.layout, f)?.j).filter((j): j is number => j !== undefined);
  return t.rows.filter((i) => cols.some((j) => !isBlank(t.sheet.values[i]?.[j] ?? null)));
}

interface Entry {
  readonly sheet: SheetGrid;
  readonly index: number;
  readonly result: SheetResult;
}

/**
 * The hidden sheets whose books count: a member list whose title names a club no visible sheet
 * names (a commune file with a finished club's sheets hidden), the other books of such a club (by
 * its sheet name or title), and any book when no visible sheet holds that kind. Never a very hidden
 * sheet (a program's), a header with no rows (a template), or a hidden old copy or lookup list.
 */
function countedHidden(hidden: readonly Entry[], visible: readonly Entry[]): Entry[] {
  const books = hidden.filter((e) => e.sheet.hidden !== 'very' && e.result.kind !== 'problem' && !(e.result.kind === 'table' && e.result.found.rows.length === 0));
  const visibleKinds = new Set(visible.filter((v) => v.result.kind !== 'problem').map((v) => kindOf(v.result)));
  const visibleKeys = new Set(visible.filter((v) => v.result.kind !== 'problem').flatMap(clubKeysOf));
  const titled = (e: Entry) => {
    const title = e.result.kind === 'table' ? e.result.found.title : undefined;
    return title !== undefined && !visibleKeys.has(clubCore(title)) ? clubCore(title) : undefined;
  };
  const hiddenClubs = new Set(books.filter((e) => kindOf(e.result) === 'members').map(titled).filter((k): k is string => k !== undefined));
  return books.filter((e) => !visibleKinds.has(kindOf(e.result)) || clubKeysOf(e).some((k) => hiddenClubs.has(k)));
}

// Excel's own names ("Sheet1", "Sheet1 (2)", "Trang tính1") name no club.
const DEFAULT_SHEET_NAME = /^(?:sheet|trang tinh|trang|bang tinh)\s*\d*(?:\s+\d+)?$/;

/** The club keys a sheet's name and title give ("Vay Mỹ An", "DANH SÁCH CLB ẤP MỸ AN" → "my an"). */
function clubKeysOf(e: Entry): string[] {
  const top = e.result.kind === 'table' ? e.result.found.layout.top : HEADER_SCAN_ROWS;
  const title = titleClub(e.sheet, top);
  const named = sheetCores(e.sheet.name).filter((k) => !DEFAULT_SHEET_NAME.test(k));
  return [...named, ...(title ? [clubCore(title)] : [])].filter((k) => k.length > 0);
}

function kindOf(r: SheetResult): BookKind | undefined {
  return r.kind === 'table' ? r.found.layout.kind : r.kind === 'clubInfo' ? 'clubInfo' : r.kind === 'problem' ? r.book : undefined;
}

/**
 * Book clubs: the member book's club (the club-info sheet's name when there is one of each, else a
 * "CLB …" title line, else the sheet name); other books follow the member book of their club.
 */
function assignClubs(tables: Found[], infos: readonly ClubInfo[]): void {
  const own = (t: Found) => t.title ?? t.sheet.name;
  const memberBooks = tables.filter((t) => t.layout.kind === 'members');
  const others = tables.filter((t) => t.layout.kind !== 'members');
  const infoName = infos.length === 1 ? infos[0].name?.value : undefined;
  // Collected only when a book without a club column is placed, from member lists that have one.
  let listed: Map<string, string | undefined> | undefined;
  const keysOf = (t: Found) => [t.title ? clubCore(t.title) : '', ...sheetCores(t.sheet.name)].filter((k) => k.length > 0);
  /** The club a book without a club column names in its title or sheet name, among a roll-up's club column. */
  const listedClub = (t: Found) => {
    if (hasColumn(t, 'club')) return undefined;
    listed ??= listedClubs(memberBooks);
    const exact = keysOf(t).map((k) => listed?.get(k)).find((c) => c !== undefined);
    if (exact !== undefined) return exact;
    const cut = cutKey(t);
    const started = cut === undefined ? [] : [...listed.keys()].filter((k) => k.startsWith(cut));
    return started.length === 1 ? listed.get(started[0]) : undefined;
  };
  if (memberBooks.length <= 1) {
    const club = memberBooks.length === 1 ? (infoName ?? own(memberBooks[0])) : infoName;
    for (const t of tables) t.club = (t.layout.kind === 'members' ? undefined : listedClub(t)) ?? club ?? own(t);
    return;
  }
  const keysOfMember = memberBooks.map((m) => {
    m.club = own(m);
    return new Set([clubCore(own(m)), ...sheetCores(m.sheet.name)].filter((k) => k.length > 0));
  });
  // The members who left, kept on a sheet of their own ("Đã ra khỏi CLB"), are the club's own: they
  // still answer for loans made while they were members.
  const leavers = memberBooks.filter((m) => !m.title && !hasColumn(m, 'club') && isLeaversList(m));
  if (leavers.length > 0) {
    const clubs = new Set(memberBooks.filter((m) => !leavers.includes(m)).map((m) => m.club));
    const club = clubs.size === 1 ? [...clubs][0] : infoName;
    if (club !== undefined) for (const m of leavers) m.club = club;
  }
  const matching = (keys: readonly string[]) => memberBooks.filter((_, n) => keys.some((k) => keysOfMember[n].has(k)));
  for (const t of others) {
    // A sheet name's shortened key (the name may have been cut at 31 characters) only when the whole one matches none.
    const keys = keysOf(t);
    const whole = matching(keys.filter((k) => !isShortened(t, k)));
    const cut = cutKey(t);
    const started = cut === undefined ? [] : memberBooks.filter((_, n) => [...keysOfMember[n]].some((k) => k.startsWith(cut)));
    const matches = whole.length > 0 ? whole : matching(keys).length > 0 ? matching(keys) : started;
    t.club = matches.length === 1 ? matches[0].club : (listedClub(t) ?? own(t));
  }
}

const LEAVERS = /(?:^|[^\p{L}])(?:đã|da)\s+(?:ra|rời|roi|nghỉ|nghi|thôi|thoi)(?:[^\p{L}]|$)|ra khỏi|ra khoi|thôi sinh hoạt|thoi sinh hoat/iu;

/** A list of the members who left: its sheet name or a title line says so. */
function isLeaversList(t: Found): boolean {
  return [t.sheet.name, ...titleTexts(t.sheet, t.layout.top)].some((v) => LEAVERS.test(v.normalize('NFC')));
}

/**
 * The key of a sheet name Excel cut at 31 characters, possibly in the middle of the place ("Vay CLB
 * Liên thế hệ ấp Phú Thạn…"): a club whose key starts with it is the one meant, when only one does.
 */
function cutKey(t: Found): string | undefined {
  return t.sheet.name.length >= 31 ? sheetCores(t.sheet.name)[0] : undefined;
}

/** Is `key` the shortened key of the sheet's name (sheetCores' second)? */
function isShortened(t: Found, key: string): boolean {
  const cores = sheetCores(t.sheet.name);
  return cores.length > 1 && cores[1] === key;
}

function hasColumn(t: Found, field: string): boolean {
  return hasField(t.layout, field);
}

function hasField(l: Layout, field: string): boolean {
  return columnOf(l, field) !== undefined;
}

/** How many distinct clubs of a club column are collected (a roll-up holds hundreds, not thousands). */
const LISTED_CLUBS_MAX = 2000;

/**
 * The clubs named in the club columns of member lists (a province roll-up on one long sheet), by
 * their place ("CLB ấp Phú Hòa" → "phu hoa"): a loan sheet titled "SỔ CHO VAY CLB ẤP PHÚ HÒA" or named
 * "Vay Phú Hòa" then belongs to that club. A place two clubs share names neither.
 */
function listedClubs(memberBooks: readonly Found[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const seen = new Set<string>();
  for (const m of memberBooks) {
    const col = columnOf(m.layout, 'club');
    if (!col) continue;
    for (const i of m.rows) {
      const v = m.sheet.values[i]?.[col.j];
      if (typeof v !== 'string' || seen.has(v)) continue;
      seen.add(v);
      if (seen.size > LISTED_CLUBS_MAX) return out;
      const core = clubCore(v);
      if (!core) continue;
      const club = v.trim();
      if (!out.has(core)) out.set(core, club);
      else if (nameKey(out.get(core) ?? '') !== nameKey(club)) out.set(core, undefined);
    }
  }
  return out;
}
