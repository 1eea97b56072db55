// Plain data for the pane: findings grouped for the list, the counts of the summary, the sheet →
// book table, and the composition bars. Everything here rearranges what the engine decided.

import type { CheckResult, ClubComposition } from '../domain/check';
import type { BookKind, Recognized, SheetAssignment } from '../domain/books';
import type { Finding, RuleId, Severity } from '../domain/findings';
import type { Band, Profile } from '../domain/profiles';
import type { StoredState } from '../workbook/port';
import { findingKey, isAcknowledged } from './checkService';

export type GroupKey = BookKind | 'reading';

export interface FindingItem {
  readonly key: string;
  readonly finding: Finding;
  readonly acknowledged?: { readonly reason: string; readonly at: string };
}

export interface RuleGroup {
  readonly rule: RuleId;
  /** The worst severity in the group. */
  readonly severity: Severity;
  readonly items: readonly FindingItem[];
}

export interface BookGroup {
  readonly group: GroupKey;
  readonly rules: readonly RuleGroup[];
  readonly count: number;
}

const GROUP_ORDER: readonly GroupKey[] = ['reading', 'members', 'loans', 'repayments', 'cashbook', 'clubInfo'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet-level reading problems get their own group; an unreadable cell stays with its book. */
function groupOf(f: Finding): GroupKey {
  return f.rule.startsWith('book.') && f.rule !== 'book.unreadable-value' ? 'reading' : f.book;
}

/** Findings by book (reading problems first), then by rule; errors before warnings inside a book. */
export function groupFindings(findings: readonly Finding[], acknowledged: StoredState['acknowledged']): BookGroup[] {
  const books = new Map<GroupKey, Map<RuleId, FindingItem[]>>();
  for (const f of findings) {
    const g = groupOf(f);
    let rules = books.get(g);
    if (!rules) books.set(g, (rules = new Map()));
    let items = rules.get(f.rule);
    if (!items) rules.set(f.rule, (items = []));
    const key = findingKey(f);
    const ack = isAcknowledged(f, acknowledged) ? acknowledged?.[key] : undefined;
    items.push(ack ? { key, finding: f, acknowledged: ack } : { key, finding: f });
  }
  return GROUP_ORDER.filter((g) => books.has(g)).map((g) => {
    const rules = [...(books.get(g) ?? new Map<RuleId, FindingItem[]>()).entries()].map(([rule, items]) => ({
      rule,
      items,
      severity: items.reduce<Severity>((w, i) => (RANK[i.finding.severity] < RANK[w] ? i.finding.severity : w), 'info'),
    }));
    rules.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    return { group: g, rules, count: rules.reduce((n, r) => n + r.items.length, 0) };
  });
}

export interface Counts {
  readonly errors: number;
  /** Warnings not acknowledged. */
  readonly warnings: number;
  readonly acknowledged: number;
  readonly info: number;
  readonly members: number;
  readonly loans: number;
}

/** Acknowledged warnings are counted apart: the summary's warnings are the ones still to look at. */
export function countFindings(result: CheckResult, acknowledged: StoredState['acknowledged']): Counts {
  let warnings = 0;
  let ack = 0;
  let info = 0;
  for (const f of result.findings) {
    if (f.severity === 'error') continue;
    if (isAcknowledged(f, acknowledged)) ack++;
    else if (f.severity === 'warning') warnings++;
    else info++;
  }
  return {
    errors: result.summary.errors,
    warnings,
    acknowledged: ack,
    info,
    members: result.summary.members,
    loans: result.summary.loans,
  };
}

export interface SheetRow {
  readonly sheet: string;
  readonly kind: BookKind | 'none';
  /** The user chose this kind (stored assignment), rather than the engine guessing it. */
  readonly chosen: boolean;
}

export function recognizedKinds(recognized: Recognized): Map<string, BookKind> {
  const kinds = new Map<string, BookKind>();
  for (const b of recognized.members) kinds.set(b.sheet, 'members');
  for (const b of recognized.loans) kinds.set(b.sheet, 'loans');
  for (const b of recognized.repayments) kinds.set(b.sheet, 'repayments');
  for (const b of recognized.cashbooks) kinds.set(b.sheet, 'cashbook');
  for (const b of recognized.clubInfo) kinds.set(b.sheet, 'clubInfo');
  for (const p of recognized.problems) if (p.book && !kinds.has(p.sheet)) kinds.set(p.sheet, p.book);
  return kinds;
}

export function sheetRows(sheetNames: readonly string[], recognized: Recognized, assignment: SheetAssignment | undefined): SheetRow[] {
  const kinds = recognizedKinds(recognized);
  return sheetNames.map((sheet) => {
    const chosen = assignment?.[sheet];
    return chosen ? { sheet, kind: chosen, chosen: true } : { sheet, kind: kinds.get(sheet) ?? 'none', chosen: false };
  });
}

export function noBookRecognized(recognized: Recognized): boolean {
  return !recognized.members.length && !recognized.loans.length && !recognized.repayments.length && !recognized.cashbooks.length && !recognized.clubInfo.length;
}

export type ShareStatus = 'ok' | 'low' | 'high' | 'none';

export interface ShareBar {
  readonly what: 'older' | 'women' | 'disadvantaged' | 'borrowers';
  readonly part: number;
  readonly whole: number;
  /** Percent, 0–100. */
  readonly percent: number;
  /** Target band in percent; null ends are open. Absent: the profile sets no target. */
  readonly band?: { readonly min: number | null; readonly max: number | null };
  readonly status: ShareStatus;
}

function statusOf(percent: number, band: Band | undefined | null): ShareStatus {
  if (!band) return 'none';
  if (band.min !== null && percent < band.min) return 'low';
  if (band.max !== null && percent > band.max) return 'high';
  return 'ok';
}

export function shareBars(club: ClubComposition, profile: Profile): ShareBar[] {
  const whole = club.active;
  const bar = (what: ShareBar['what'], part: number, band: Band | null | undefined): ShareBar => {
    const percent = whole > 0 ? (part / whole) * 100 : 0;
    return band ? { what, part, whole, percent, band, status: statusOf(percent, band) } : { what, part, whole, percent, status: 'none' };
  };
  const borrowerBand = profile.minBorrowerShare === null ? null : { min: profile.minBorrowerShare, max: null };
  return [
    bar('older', club.older, profile.olderShare),
    bar('women', club.women, profile.womenShare),
    bar('disadvantaged', club.disadvantaged, profile.poorShare),
    bar('borrowers', club.borrowersEver, borrowerBand),
  ];
}
