import type { BookKind } from './books';
import type { Text } from './text';

export type Severity = 'error' | 'warning' | 'info';

/** Stable rule ids (../shared/RULES.md). Ids never change meaning; a retired id stays unused. */
export const RULE_IDS = [
  'member.name-missing',
  'member.birth-missing',
  'member.birth-invalid',
  'member.sex-missing',
  'member.duplicate',
  'member.status-unknown',
  'club.size',
  'club.older-share',
  'club.women-share',
  'club.poor-share',
  'club.board',
  'club.volunteers',
  'loan.borrower-missing',
  'loan.borrower-not-member',
  'loan.borrower-inactive',
  'loan.amount-invalid',
  'loan.date-invalid',
  'loan.rate-invalid',
  'loan.rate-out-of-range',
  'loan.due-before-disbursed',
  'loan.term-too-long',
  'loan.amount-over-limit',
  'loan.overpaid',
  'loan.outstanding-mismatch',
  'loan.overdue',
  'loan.duplicate-id',
  'loan.multiple-active',
  'loan.fund-exceeded',
  'club.borrower-share',
  'fund.balance-mismatch',
  'fund.overdrawn',
  'fund.entry-invalid',
  'fund.fee-out-of-range',
  // Reading problems: a sheet or cell that cannot be read as the book it looks like.
  'book.missing-column',
  'book.legacy-encoding',
  'book.merged-cells',
  'book.unreadable-value',
  'book.older-copy',
  'book.other-list',
  'book.headerless-rows',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly book: BookKind;
  readonly club?: string;
  /** 1-based sheet row, absent for a club-level finding without a row. */
  readonly row?: number;
  /** A1 addresses on `sheet`. */
  readonly cells: readonly string[];
  readonly message: Text;
  readonly fix: Text;
}
