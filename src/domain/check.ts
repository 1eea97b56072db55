// The engine: raw grids + profile + as-of date → findings. One pure function, the same for the CLI,
// the add-in and the tests (DESIGN.md: read → recognize → check → present → write).
import type { Book, BookKind, ClubInfo, ClubInfoField, Recognized, SheetAssignment } from './books';
import type { Finding } from './findings';
import type { WorkbookGrids } from './grid';
import type { Profile } from './profiles';
import { recognize } from './recognize';
import { placeCore } from './recognize/clubs';
import { checkCashBook, checkFee } from './rules/cashbook';
import { checkClubs, checkEmptyMemberBooks, composition, groupClubs } from './rules/club';
import type { Emit, RuleContext } from './rules/context';
import { checkLoans, countBorrowers } from './rules/loans';
import { checkDuplicates, checkMemberRows } from './rules/members';
import { reportMergedCells, reportProblems, reportUnreadable } from './rules/reading';
import { isoFromSerial, nameKey, ymdFromSerial } from './values';

export interface CheckOptions {
  readonly profile: Profile;
  /** Excel serial day of the end of the reporting period. */
  readonly asOf: number;
  readonly assignment?: SheetAssignment;
}

export interface ClubComposition {
  readonly club: string;
  readonly active: number;
  readonly older: number;
  readonly women: number;
  readonly disadvantaged: number;
  readonly volunteers: number;
  readonly borrowersEver: number;
}

export type SheetNames = string | string[] | null;

export interface CheckResult {
  readonly workbook: string;
  readonly profile: string;
  readonly asOf: string;
  readonly sheets: { members: SheetNames; loans: SheetNames; cashbook: SheetNames; clubInfo: SheetNames };
  readonly recognized: Recognized;
  readonly findings: Finding[];
  readonly summary: { errors: number; warnings: number; info: number; members: number; loans: number };
  readonly clubs: ClubComposition[];
}

/** Fields that a rule reads itself; an unreadable value elsewhere is reported as book.unreadable-value. */
const RULE_FIELDS: Record<BookKind, ReadonlySet<string>> = {
  members: new Set(['name', 'birth', 'sex', 'hardship', 'poorMark', 'nearPoorMark', 'hardshipMark', 'role', 'status', 'volunteer', 'caredAtHome']),
  loans: new Set(['borrower', 'amount', 'date', 'rate']),
  repayments: new Set(),
  cashbook: new Set(['date', 'receipt', 'payment', 'balance']),
  clubInfo: new Set(),
};

function names(list: readonly { sheet: string }[]): SheetNames {
  const unique = [...new Set(list.map((b) => b.sheet))];
  return unique.length === 0 ? null : unique.length === 1 ? unique[0] : unique;
}

/**
 * A club's information sheet: the one naming it (also by its place: "CLB Liên thế hệ tự giúp nhau ấp
 * Tân Lợi" is "CLB LTHTGN ẤP TÂN LỢI"), or the only one when the workbook holds only one club.
 */
function clubInfoLookup(infos: readonly ClubInfo[], clubCount: number): (club: string) => ClubInfo | undefined {
  if (infos.length === 0) return () => undefined;
  const byName = new Map<string, ClubInfo>();
  const byCore = new Map<string, ClubInfo | null>();
  // The first sheet naming a club is its information sheet (a report form later in the workbook
  // may repeat some of it).
  for (const info of infos) {
    const name = info.name?.value;
    if (!name) continue;
    if (!byName.has(nameKey(name))) byName.set(nameKey(name), info);
    const core = placeCore(name);
    if (core && byCore.get(core) !== info) byCore.set(core, byCore.has(core) ? null : info);
  }
  const only = infos.length === 1 && clubCount <= 1 ? infos[0] : undefined;
  return (club) => byName.get(nameKey(club)) ?? byCore.get(placeCore(club)) ?? only;
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const ra = a.row ?? 0;
  const rb = b.row ?? 0;
  if (ra !== rb) return ra - rb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const ca = a.cells[0] ?? '';
  const cb = b.cells[0] ?? '';
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0;
}

export function checkRecognized(workbook: string, recognized: Recognized, options: CheckOptions): CheckResult {
  const { profile, asOf } = options;
  const findings: Finding[] = [];
  const emit: Emit = (f) => findings.push(f);
  const clubs = groupClubs(recognized.members, asOf);
  const ctx: RuleContext = {
    profile,
    asOf,
    asOfYear: ymdFromSerial(asOf).y,
    recognized,
    clubInfoOf: clubInfoLookup(recognized.clubInfo, clubs.length),
  };

  reportProblems(recognized.problems, emit);
  const books: Book[] = [...recognized.members, ...recognized.loans, ...recognized.repayments, ...recognized.cashbooks];
  for (const book of books) {
    reportMergedCells(book, emit);
    const handled = RULE_FIELDS[book.kind];
    for (const row of book.rows) {
      for (const issue of row.issues) {
        if (issue.kind === 'empty' || handled.has(issue.field)) continue;
        if (issue.kind === 'legacy-encoding' && issue.field === 'name') continue;
        reportUnreadable({ kind: book.kind, sheet: book.sheet }, row.club, row.r, issue, emit);
      }
    }
  }
  for (const info of recognized.clubInfo) {
    for (const issue of info.issues) {
      if (issue.kind === 'empty') continue;
      const at = info[issue.field as ClubInfoField];
      reportUnreadable({ kind: 'clubInfo', sheet: info.sheet }, info.name?.value, at?.r ?? 0, issue, emit);
    }
    checkFee(info, ctx, emit);
  }

  // A part of the list (the board or the volunteers listed again, often with notes of their own) is
  // checked on the whole list, where its people are.
  for (const book of recognized.members) if (book.partOf === undefined) checkMemberRows(book, ctx, emit);
  checkDuplicates(recognized.members, asOf, emit);
  checkClubs(clubs, ctx, emit);
  checkEmptyMemberBooks(recognized.members, ctx, emit);
  const borrowersEver = checkLoans(recognized.loans, recognized.repayments, clubs, ctx, emit);
  for (const book of recognized.cashbooks) checkCashBook(book, ctx, emit);

  findings.sort(compareFindings);
  let errors = 0;
  let warnings = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else info++;
  }
  const clubCompositions = clubs.map((c) => ({
    club: c.club,
    ...composition(c.active, ctx),
    borrowersEver: countBorrowers(c, borrowersEver, clubs.length),
  }));
  return {
    workbook,
    profile: profile.id,
    asOf: isoFromSerial(asOf),
    sheets: {
      members: names(recognized.members),
      loans: names(recognized.loans),
      cashbook: names(recognized.cashbooks),
      clubInfo: names(recognized.clubInfo),
    },
    recognized,
    findings,
    summary: {
      errors,
      warnings,
      info,
      members: recognized.members.reduce((n, b) => n + (b.partOf === undefined ? b.rows.length : 0), 0),
      loans: recognized.loans.reduce((n, b) => n + b.rows.length, 0),
    },
    clubs: clubCompositions,
  };
}

export function checkWorkbook(grids: WorkbookGrids, options: CheckOptions): CheckResult {
  return checkRecognized(grids.name, recognize(grids, options.assignment), options);
}

/** The JSON contract of RULES.md "Machine-readable output": exactly these keys, in this order. */
export function toJsonOutput(result: CheckResult) {
  return {
    workbook: result.workbook,
    profile: result.profile,
    asOf: result.asOf,
    sheets: result.sheets,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      ...(f.club !== undefined ? { club: f.club } : {}),
      ...(f.row !== undefined ? { row: f.row } : {}),
      cells: f.cells,
      message: f.message,
      fix: f.fix,
    })),
    summary: result.summary,
  };
}
