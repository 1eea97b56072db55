// The typed tables recognition produces from raw grids (see ../shared/SHEETS.md).
// Rows keep their 0-based sheet row `r`; columns are 0-based sheet columns, so every finding can
// name exact cells. Values that could not be read are recorded as `issues`, never guessed.

import type { CellRange, CellValue } from './grid';
import type { Text } from './text';

export type BookKind = 'members' | 'loans' | 'repayments' | 'cashbook' | 'clubInfo';

export interface Column {
  /** 0-based sheet column. */
  readonly c: number;
  /** 0-based sheet row of the header cell that named this column (the lower row of a two-row header). */
  readonly r: number;
  /** The header text as written. */
  readonly header: string;
  /** Last 0-based sheet column of a name written across columns under one header (Họ đệm | Tên). */
  readonly right?: number;
}

export type IssueKind =
  | 'empty' // required value missing
  | 'unreadable' // text that is not a number / date / known word
  | 'error-value' // #N/A, #REF!, … (formula error)
  | 'ambiguous' // text that could mean two numbers (e.g. "1,500")
  | 'legacy-encoding' // TCVN3 / VNI text
  | 'conflict'; // e.g. a birth year in both the Nam and the Nữ column

export interface ReadIssue {
  /** The field name of the row type (e.g. 'birth', 'amount', 'rate'). */
  readonly field: string;
  readonly c: number;
  readonly kind: IssueKind;
  readonly raw: CellValue;
  /** What exactly could not be read, for the message. */
  readonly detail?: Text;
}

export type Sex = 'M' | 'F';
export type Hardship = 'poor' | 'near-poor' | 'hardship';
export type Role = 'chair' | 'vice-chair' | 'board-member' | 'member';
export type MemberStatus = 'active' | 'left' | 'moved' | 'deceased';

/** Dates are Excel serial day numbers (1900 date system, integer days): 45838 = 2025-06-30. */
export type Serial = number;

export interface MemberRow {
  readonly r: number;
  /** Club key: the value of the club column, else the book's club. */
  readonly club: string;
  readonly name?: string;
  /** Normalized name (NFC, case-folded, spaces collapsed, tone marks in one placement). */
  readonly nameKey?: string;
  readonly birthYear?: number;
  /** Full birth date when one was written. */
  readonly birthDate?: Serial;
  /** Column the birth value was read from (in the split Nam/Nữ layout, the column that was filled). */
  readonly birthCol?: number;
  readonly sex?: Sex;
  /** undefined = not disadvantaged. */
  readonly hardship?: Hardship;
  readonly role: Role;
  /** An x in a "Ban chủ nhiệm" column: on the board, the role not written. */
  readonly boardMark?: true;
  readonly volunteer: boolean;
  readonly caredAtHome: boolean;
  readonly ethnicity?: string;
  readonly hamlet?: string;
  readonly joined?: Serial;
  readonly left?: Serial;
  readonly status?: MemberStatus;
  readonly issues: readonly ReadIssue[];
}

export type MemberField =
  | 'stt'
  | 'district'
  | 'commune'
  | 'club'
  | 'name'
  | 'birth'
  | 'sex'
  | 'birthMale'
  | 'birthFemale'
  | 'maleMark'
  | 'femaleMark'
  | 'hardship'
  | 'poorMark'
  | 'nearPoorMark'
  | 'hardshipMark'
  | 'role'
  | 'volunteer'
  | 'caredAtHome'
  | 'ethnicity'
  | 'hamlet'
  | 'joined'
  | 'otherMembership'
  | 'left'
  | 'status'
  | 'note';

export type LoanField =
  | 'stt'
  | 'district'
  | 'commune'
  | 'club'
  | 'id'
  | 'borrower'
  | 'date'
  | 'amount'
  | 'kind'
  | 'rate'
  | 'term'
  | 'due'
  | 'extended'
  | 'principalRepaid'
  | 'interestPaid'
  | 'openingBalance'
  | 'outstanding'
  | 'purpose'
  | 'guarantor'
  | 'note';

export type RepaymentField = 'stt' | 'district' | 'commune' | 'club' | 'loanId' | 'borrower' | 'date' | 'principal' | 'interest';

export type CashField = 'stt' | 'club' | 'date' | 'voucher' | 'description' | 'fund' | 'receipt' | 'payment' | 'balance';

/** How a rate was written, so a message can say what it probably meant. */
export interface RateRead {
  /** The rate in percent per month, as the rules compare it. */
  readonly monthlyPercent: number;
  /** The number as the officer typed or Excel stored it (0.008 for a 0.8% cell, 9.6 for "9,6%/năm"). */
  readonly typed: number;
  /**
   * percent-cell: a %-formatted cell holding a fraction; percent: a percent figure; per-mille: a
   * figure in ‰ (typed 8 = 0.8%); fraction: a bare fraction in a plain cell.
   */
  readonly form: 'percent-cell' | 'percent' | 'per-mille' | 'fraction';
  readonly period: 'month' | 'year';
}

export interface LoanRow {
  readonly r: number;
  readonly club: string;
  readonly id?: string;
  readonly borrower?: string;
  readonly borrowerKey?: string;
  readonly date?: Serial;
  readonly amount?: number;
  readonly kind?: 'cash' | 'in-kind';
  readonly rate?: RateRead;
  /** Months. */
  readonly term?: number;
  readonly due?: Serial;
  /** The due date an extension moved it to (Gia hạn đến). */
  readonly extended?: Serial;
  /** The extension was read from the notes ("Gia hạn 3 tháng" in Ghi chú), not from a column of its own. */
  readonly extendedInNote?: boolean;
  readonly principalRepaid?: number;
  readonly interestPaid?: number;
  /**
   * What was still owed when the period began (Dư nợ đầu kỳ), on a report of one period: the
   * principal repaid then counts only the period's payments. Not the outstanding balance.
   */
  readonly openingBalance?: number;
  readonly outstanding?: number;
  readonly purpose?: string;
  readonly issues: readonly ReadIssue[];
}

export interface RepaymentRow {
  readonly r: number;
  readonly club: string;
  readonly loanId?: string;
  readonly borrowerKey?: string;
  readonly date?: Serial;
  readonly principal?: number;
  readonly interest?: number;
  readonly issues: readonly ReadIssue[];
}

export interface CashRow {
  readonly r: number;
  readonly club: string;
  readonly date?: Serial;
  readonly voucher?: string;
  readonly description?: string;
  readonly fund?: 'income' | 'activity';
  readonly receipt?: number;
  readonly payment?: number;
  readonly balance?: number;
  /**
   * A balance line, only a balance and no movement: an opening (Tồn đầu kỳ, Số dư đầu kỳ, Chuyển
   * sang) or a closing (Tồn cuối tháng). It agrees with the running balance, if any, and restarts it.
   */
  readonly opening: boolean;
  readonly issues: readonly ReadIssue[];
}

interface BookBase<K extends BookKind, F extends string> {
  readonly kind: K;
  readonly sheet: string;
  /** 0-based rows of the header (one or two rows). */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: Readonly<Partial<Record<F, Column>>>;
  /** Club of the whole book when it has no club column (club-info name, a "CLB …" title line, or the sheet name). */
  readonly club: string;
  /** Merged areas inside the data rows (read as their top-left value). */
  readonly mergedData: readonly CellRange[];
}

export interface MemberBook extends BookBase<'members', MemberField> {
  /** plain: birth + sex columns; split-birth: the year under Nam or Nữ; sex-marks: birth + x under Nữ (and Nam). */
  readonly layout: 'plain' | 'split-birth' | 'sex-marks';
  readonly rows: readonly MemberRow[];
  /**
   * The sheet of the whole list when this one is a part of it (the board or the volunteers listed
   * again): its people are counted there; its roles count when the whole list has none.
   */
  readonly partOf?: string;
}

export interface LoanBook extends BookBase<'loans', LoanField> {
  readonly rows: readonly LoanRow[];
}

export interface RepaymentBook extends BookBase<'repayments', RepaymentField> {
  readonly rows: readonly RepaymentRow[];
}

export interface CashBook extends BookBase<'cashbook', CashField> {
  readonly rows: readonly CashRow[];
}

export type ClubInfoField =
  | 'name'
  | 'hamlet'
  | 'commune'
  | 'district'
  | 'province'
  | 'founded'
  | 'fee'
  | 'rate'
  | 'incomeCapital'
  | 'activityCapital';

/** A value on the club-information sheet, with the cell it came from. */
export interface InfoValue<T> {
  readonly value?: T;
  readonly r: number;
  readonly c: number;
  readonly raw: CellValue;
}

export interface ClubInfo {
  readonly kind: 'clubInfo';
  readonly sheet: string;
  readonly name?: InfoValue<string>;
  readonly hamlet?: InfoValue<string>;
  readonly commune?: InfoValue<string>;
  readonly district?: InfoValue<string>;
  readonly province?: InfoValue<string>;
  readonly founded?: InfoValue<Serial>;
  /** đồng per month */
  readonly fee?: InfoValue<number>;
  readonly rate?: InfoValue<RateRead>;
  /** đồng */
  readonly incomeCapital?: InfoValue<number>;
  readonly activityCapital?: InfoValue<number>;
  readonly issues: readonly ReadIssue[];
}

export type Book = MemberBook | LoanBook | RepaymentBook | CashBook;

/** A sheet that looks like a book but cannot be read as one. */
export interface SheetProblem {
  readonly sheet: string;
  readonly kind: 'missing-column' | 'legacy-encoding' | 'too-large' | 'older-copy' | 'other-list' | 'headerless-rows';
  readonly book?: BookKind;
  /** 0-based cell the problem is shown on (the header row's first cell, or the offending cell). */
  readonly r: number;
  readonly c: number;
  /** Extra cells involved (e.g. every legacy-encoded cell of a column). */
  readonly cells?: readonly { r: number; c: number }[];
  readonly message: Text;
  readonly fix: Text;
}

/** Everything recognition found in a workbook. */
export interface Recognized {
  readonly members: readonly MemberBook[];
  readonly loans: readonly LoanBook[];
  readonly repayments: readonly RepaymentBook[];
  readonly cashbooks: readonly CashBook[];
  readonly clubInfo: readonly ClubInfo[];
  readonly problems: readonly SheetProblem[];
}

/** A user's correction of a wrong guess: sheet name → book kind, or 'none' to ignore a sheet. */
export type SheetAssignment = Readonly<Record<string, BookKind | 'none'>>;
