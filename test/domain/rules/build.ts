// Typed books built directly, so each rule is tested apart from recognition.
import type {
  CashBook,
  CashRow,
  ClubInfo,
  Column,
  LoanBook,
  LoanRow,
  MemberBook,
  MemberRow,
  Recognized,
  RepaymentBook,
  RepaymentRow,
} from '../../../src/domain/books';
import { checkRecognized, type CheckResult } from '../../../src/domain/check';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { nameKey, serialFromIso } from '../../../src/domain/values';

export const AS_OF = '2025-06-30';
export const day = (iso: string): number => serialFromIso(iso) as number;

const HEADER_ROW = 3;
const col = (c: number, header: string): Column => ({ c, r: HEADER_ROW, header });

export const MEMBER_COLUMNS = {
  stt: col(0, 'STT'),
  name: col(1, 'Họ và tên'),
  birth: col(2, 'Năm sinh'),
  sex: col(3, 'Giới tính'),
  hardship: col(4, 'Hoàn cảnh'),
  role: col(5, 'Chức vụ'),
  volunteer: col(6, 'TNV'),
};

/** A plausible name for the i-th filler member, the same on every call. */
export function someName(i: number, woman = true): string {
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ', 'Đặng', 'Bùi', 'Hồ'];
  const given = woman ? ['Lan', 'Hoa', 'Cúc', 'Mai', 'Huệ', 'Thu', 'Nga', 'Sen'] : ['Hùng', 'Dũng', 'Minh', 'Tâm'];
  const middle = woman ? 'Thị' : 'Văn';
  return `${families[i % families.length]} ${middle} ${given[Math.floor(i / families.length) % given.length]} ${i + 1}`;
}

export type MemberInput = Partial<Omit<MemberRow, 'r' | 'club' | 'issues'>> & { issues?: MemberRow['issues'] };

export function member(m: MemberInput): MemberInput {
  return m;
}

/** A club that satisfies the default profile: 60 members, 45 older, 40 women, 39 disadvantaged, a full board, 6 volunteers. */
export function compliantMembers(): MemberInput[] {
  const out: MemberInput[] = [];
  const roles = ['chair', 'vice-chair', 'board-member', 'board-member', 'board-member'] as const;
  for (let i = 0; i < 60; i++) {
    const woman = i < 40;
    out.push({
      name: someName(i, woman),
      birthYear: i < 45 ? 1950 + (i % 15) : 1980,
      sex: woman ? 'F' : 'M',
      hardship: i < 39 ? (['poor', 'near-poor', 'hardship'] as const)[i % 3] : undefined,
      role: roles[i] ?? 'member',
      volunteer: i >= 10 && i < 16,
    });
  }
  return out;
}

export function memberBook(inputs: MemberInput[], options: { club?: string; sheet?: string; columns?: MemberBook['columns']; layout?: MemberBook['layout'] } = {}): MemberBook {
  const club = options.club ?? 'CLB ấp Phú Hòa';
  const rows: MemberRow[] = inputs.map((m, i) => ({
    role: 'member',
    volunteer: false,
    caredAtHome: false,
    ...m,
    r: HEADER_ROW + 1 + i,
    club,
    nameKey: m.nameKey ?? (m.name ? nameKey(m.name) : undefined),
    issues: m.issues ?? [],
  }));
  return {
    kind: 'members',
    sheet: options.sheet ?? 'DS thành viên',
    headerTop: HEADER_ROW,
    headerBottom: HEADER_ROW,
    columns: options.columns ?? MEMBER_COLUMNS,
    club,
    mergedData: [],
    layout: options.layout ?? 'plain',
    rows,
  };
}

export const LOAN_COLUMNS = {
  id: col(1, 'Mã vay'),
  borrower: col(2, 'Họ tên người vay'),
  date: col(3, 'Ngày vay'),
  amount: col(4, 'Số tiền vay'),
  rate: col(5, 'Lãi suất (%/tháng)'),
  term: col(6, 'Thời hạn'),
  due: col(7, 'Ngày đến hạn'),
  principalRepaid: col(8, 'Đã trả gốc'),
  outstanding: col(9, 'Dư nợ'),
};

export type LoanInput = Partial<Omit<LoanRow, 'r' | 'club' | 'issues'>> & { issues?: LoanRow['issues'] };

/** A healthy loan to the given member: 5 million at 0.8%/month, due in a year, nothing repaid yet. */
export function loan(borrower: string, over: LoanInput = {}): LoanInput {
  return {
    borrower,
    date: day('2025-01-10'),
    amount: 5_000_000,
    rate: { monthlyPercent: 0.8, typed: 0.8, form: 'percent', period: 'month' },
    due: day('2026-01-10'),
    ...over,
  };
}

export function loanBook(inputs: LoanInput[], options: { club?: string; sheet?: string; columns?: LoanBook['columns'] } = {}): LoanBook {
  const club = options.club ?? 'CLB ấp Phú Hòa';
  return {
    kind: 'loans',
    sheet: options.sheet ?? 'Sổ cho vay',
    headerTop: HEADER_ROW,
    headerBottom: HEADER_ROW,
    columns: options.columns ?? LOAN_COLUMNS,
    club,
    mergedData: [],
    rows: inputs.map((l, i) => ({
      ...l,
      r: HEADER_ROW + 1 + i,
      club,
      borrowerKey: l.borrowerKey ?? (l.borrower ? nameKey(l.borrower) : undefined),
      issues: l.issues ?? [],
    })),
  };
}

export function repaymentBook(inputs: Partial<Omit<RepaymentRow, 'r' | 'club' | 'issues'>>[], club = 'CLB ấp Phú Hòa'): RepaymentBook {
  return {
    kind: 'repayments',
    sheet: 'Sổ thu nợ',
    headerTop: HEADER_ROW,
    headerBottom: HEADER_ROW,
    columns: { loanId: col(1, 'Mã vay'), date: col(2, 'Ngày trả'), principal: col(3, 'Tiền gốc') },
    club,
    mergedData: [],
    rows: inputs.map((p, i) => ({ ...p, r: HEADER_ROW + 1 + i, club, issues: [] })),
  };
}

export const CASH_COLUMNS = {
  date: col(0, 'Ngày'),
  description: col(2, 'Diễn giải'),
  receipt: col(4, 'Thu'),
  payment: col(5, 'Chi'),
  balance: col(6, 'Tồn quỹ'),
};

export type CashInput = Partial<Omit<CashRow, 'r' | 'club' | 'issues' | 'opening'>> & { opening?: boolean; issues?: CashRow['issues'] };

export function cashBook(inputs: CashInput[], club = 'CLB ấp Phú Hòa'): CashBook {
  return {
    kind: 'cashbook',
    sheet: 'Sổ quỹ',
    headerTop: HEADER_ROW,
    headerBottom: HEADER_ROW,
    columns: CASH_COLUMNS,
    club,
    mergedData: [],
    rows: inputs.map((c, i) => ({ opening: false, ...c, r: HEADER_ROW + 1 + i, club, issues: c.issues ?? [] })),
  };
}

export function clubInfo(over: Partial<ClubInfo> = {}): ClubInfo {
  return {
    kind: 'clubInfo',
    sheet: 'Thông tin CLB',
    name: { value: 'CLB ấp Phú Hòa', r: 2, c: 1, raw: 'CLB ấp Phú Hòa' },
    issues: [],
    ...over,
  };
}

export function run(parts: Partial<Recognized>, options: { profile?: Profile | string; asOf?: string } = {}): CheckResult {
  const profile = typeof options.profile === 'object' ? options.profile : (builtinProfile(options.profile ?? 'default') as Profile);
  const recognized: Recognized = {
    members: [],
    loans: [],
    repayments: [],
    cashbooks: [],
    clubInfo: [],
    problems: [],
    ...parts,
  };
  return checkRecognized('test.xlsx', recognized, { profile, asOf: day(options.asOf ?? AS_OF) });
}

export function rulesOf(result: CheckResult, prefix = ''): string[] {
  return result.findings.filter((f) => f.rule.startsWith(prefix)).map((f) => f.rule);
}

export function only(result: CheckResult, rule: string) {
  return result.findings.filter((f) => f.rule === rule);
}
