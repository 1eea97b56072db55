import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { LOAN_COLUMNS, clubInfo, compliantMembers, day, loan, loanBook, memberBook, only, repaymentBook, run, type LoanInput } from './build';

const members = compliantMembers();
const names = members.map((m) => m.name as string);
const membersBook = memberBook(members);

/** Loans to the first 35 members (58% have borrowed), each healthy. */
function healthyLoans(): LoanInput[] {
  return names.slice(0, 35).map((n, i) => loan(n, { id: `V${i + 1}` }));
}

function check(loans: LoanInput[], extra: Parameters<typeof run>[0] = {}, options: Parameters<typeof run>[1] = {}) {
  return run({ members: [membersBook], loans: [loanBook(loans)], ...extra }, options);
}

describe('loan book rules', () => {
  it('finds nothing wrong in healthy loans', () => {
    expect(check(healthyLoans()).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('requires a borrower name', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], borrower: undefined, issues: [{ field: 'borrower', c: 2, kind: 'empty', raw: null }] };
    expect(only(check(loans), 'loan.borrower-missing')[0].cells).toEqual(['C5']);
  });

  it('flags a borrower who is not on the member list and suggests the closest names', () => {
    const loans = healthyLoans();
    const real = names[0]; // e.g. "Nguyễn Thị Lan 0"
    const typo = real.replace('Thị', 'Thi');
    loans[2] = { ...loans[2], borrower: typo };
    const [f] = only(check(loans), 'loan.borrower-not-member');
    expect(f.cells).toEqual(['C7']);
    expect(f.message.vi).toContain(real);
    expect(f.message.en).toContain('Did you mean');
  });

  it('matches a borrower written with the old tone-mark placement (Hoà = Hòa)', () => {
    const rows = compliantMembers();
    rows[0] = { ...rows[0], name: 'Trần Thị Hòa' };
    const loans = healthyLoans();
    loans[0] = { ...loans[0], borrower: 'Trần Thị Hoà' };
    expect(only(run({ members: [memberBook(rows)], loans: [loanBook(loans)] }), 'loan.borrower-not-member')).toEqual([]);
  });

  it('never matches names with different diacritics (Hùng is not Hưng)', () => {
    const rows = compliantMembers();
    rows[0] = { ...rows[0], name: 'Lê Văn Hùng' };
    const loans = healthyLoans();
    loans[0] = { ...loans[0], borrower: 'Lê Văn Hưng' };
    const [f] = only(run({ members: [memberBook(rows)], loans: [loanBook(loans)] }), 'loan.borrower-not-member');
    expect(f.message.en).toContain('Lê Văn Hùng');
  });

  it('flags a loan to a member before she joined or after she left', () => {
    const rows = compliantMembers();
    rows[0] = { ...rows[0], joined: day('2025-02-01') };
    rows[1] = { ...rows[1], left: day('2024-12-31') };
    const loans = healthyLoans(); // dated 10/01/2025
    const found = only(run({ members: [memberBook(rows)], loans: [loanBook(loans)] }), 'loan.borrower-inactive');
    expect(found.map((f) => f.row)).toEqual([5, 6]);
    expect(found[0].message.vi).toContain('01/02/2025');
  });

  it('flags empty, unreadable, zero and negative amounts', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], amount: undefined, issues: [{ field: 'amount', c: 4, kind: 'empty', raw: null }] };
    loans[1] = { ...loans[1], amount: undefined, issues: [{ field: 'amount', c: 4, kind: 'unreadable', raw: 'năm triệu' }] };
    loans[2] = { ...loans[2], amount: 0 };
    loans[3] = { ...loans[3], amount: -500_000 };
    const found = only(check(loans), 'loan.amount-invalid');
    expect(found.map((f) => f.cells[0])).toEqual(['E5', 'E6', 'E7', 'E8']);
    expect(found[1].message.vi).toContain('năm triệu');
  });

  it('flags an unreadable date and a loan dated after the as-of date', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], date: undefined, issues: [{ field: 'date', c: 3, kind: 'unreadable', raw: '31/02/2025', detail: { vi: 'tháng 2 không có ngày 31', en: 'February has no 31st' } }] };
    loans[1] = { ...loans[1], date: day('2025-07-02'), due: day('2026-07-02') };
    const found = only(check(loans), 'loan.date-invalid');
    expect(found.map((f) => f.cells[0])).toEqual(['D5', 'D6']);
    expect(found[0].message.en).toContain('February has no 31st');
  });

  it('flags an empty or unreadable rate', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], rate: undefined, issues: [{ field: 'rate', c: 5, kind: 'empty', raw: null }] };
    expect(only(check(loans), 'loan.rate-invalid')[0].cells).toEqual(['F5']);
  });

  it('marks a loan at 1.2%/month as above the 1% ceiling', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], rate: { monthlyPercent: 1.2, typed: 1.2, form: 'percent', period: 'month' } };
    const [f] = only(check(loans), 'loan.rate-out-of-range');
    expect(f.message.en).toContain('1.2%/month is above the 1% ceiling');
    expect(f.message.vi).toContain('1,2%/tháng vượt mức trần 1%');
  });

  it('accepts 0.6% and 1% exactly, and a percent-formatted 0.8% cell', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], rate: { monthlyPercent: 0.6, typed: 0.6, form: 'percent', period: 'month' } };
    loans[1] = { ...loans[1], rate: { monthlyPercent: 1, typed: 1, form: 'percent', period: 'month' } };
    loans[2] = { ...loans[2], rate: { monthlyPercent: 0.8, typed: 0.008, form: 'percent-cell', period: 'month' } };
    loans[3] = { ...loans[3], rate: { monthlyPercent: 0.8, typed: 9.6, form: 'percent', period: 'year' } };
    expect(only(check(loans), 'loan.rate-out-of-range')).toEqual([]);
  });

  it('says what a rate probably meant: a yearly rate, or a fraction in the wrong unit', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], rate: { monthlyPercent: 9.6, typed: 9.6, form: 'percent', period: 'month' } };
    loans[1] = { ...loans[1], rate: { monthlyPercent: 0.008, typed: 0.008, form: 'percent', period: 'month' } };
    const [yearly, fraction] = only(check(loans), 'loan.rate-out-of-range');
    expect(yearly.message.en).toContain('yearly rate: 9.6%/year = 0.8%/month');
    expect(fraction.message.en).toContain('0.008 means 0.8%');
  });

  it('flags a due date before the loan date', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], due: day('2024-01-10') };
    expect(only(check(loans), 'loan.due-before-disbursed')[0].cells).toEqual(['D5', 'H5']);
  });

  it('warns about a term above the profile maximum only when one is set', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], term: 24, due: day('2027-01-10') };
    expect(only(check(loans), 'loan.term-too-long')).toEqual([]);
    const strict: Profile = { ...(builtinProfile('default') as Profile), maxLoanTermMonths: 12 };
    const [f] = only(check(loans, {}, { profile: strict }), 'loan.term-too-long');
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['G5']);
  });

  it('warns about an amount above the profile maximum, in đồng or as a share of the fund', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], amount: 20_000_000 };
    const byDong: Profile = { ...(builtinProfile('default') as Profile), maxLoan: { dong: 10_000_000 } };
    expect(only(check(loans, {}, { profile: byDong }), 'loan.amount-over-limit')).toHaveLength(1);
    const byFund: Profile = { ...(builtinProfile('default') as Profile), maxLoan: { percentOfFund: 5 } };
    const info = clubInfo({ incomeCapital: { value: 300_000_000, r: 5, c: 1, raw: 300_000_000 } });
    expect(only(check(loans, { clubInfo: [info] }, { profile: byFund }), 'loan.amount-over-limit')).toHaveLength(1);
  });

  it('flags principal repaid above the amount lent', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], principalRepaid: 6_000_000 };
    expect(only(check(loans), 'loan.overpaid')[0].cells).toEqual(['I5']);
  });

  it('flags an outstanding balance that is not amount − principal repaid, counting the repayment log', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], principalRepaid: 1_000_000, outstanding: 4_000_000 };
    loans[1] = { ...loans[1], principalRepaid: 1_000_000, outstanding: 3_000_000 };
    loans[2] = { ...loans[2], outstanding: 3_000_000 }; // repaid 2,000,000 in the log below
    loans[3] = { ...loans[3], outstanding: 5_000_000 }; // repaid 1,000,000 in the log: wrong
    const log = repaymentBook([
      { loanId: 'V3', date: day('2025-03-10'), principal: 1_000_000 },
      { loanId: 'v3', date: day('2025-04-10'), principal: 1_000_000 },
      { loanId: 'V4', date: day('2025-04-10'), principal: 1_000_000 },
    ]);
    const found = only(check(loans, { repayments: [log] }), 'loan.outstanding-mismatch');
    expect(found.map((f) => f.cells[0])).toEqual(['J6', 'J8']);
    expect(found[0].fix.en).toContain('4,000,000');
  });

  it('warns about an overdue loan and gives the days overdue', () => {
    const loans = healthyLoans();
    loans[0] = { ...loans[0], date: day('2024-03-15'), due: day('2025-03-15'), principalRepaid: 2_000_000 };
    loans[1] = { ...loans[1], date: day('2024-03-15'), due: day('2025-03-15'), principalRepaid: 5_000_000 };
    const [f] = only(check(loans), 'loan.overdue');
    expect(f.row).toBe(5);
    expect(f.message.en).toContain('107 days overdue');
    expect(f.message.en).toContain('3,000,000');
  });

  describe('a loan with a term but no due date', () => {
    const { due: _none, ...noDue } = LOAN_COLUMNS;
    const termLoans = (over: LoanInput): LoanInput[] => {
      const loans = healthyLoans();
      loans[0] = { ...loans[0], date: day('2023-01-10'), term: 12, due: undefined, ...over };
      return loans;
    };
    const checkNoDue = (loans: LoanInput[], asOf?: string) =>
      run({ members: [membersBook], loans: [loanBook(loans, { columns: noDue })] }, asOf ? { asOf } : {});

    it('is overdue a term after its date, marked on the date and term cells', () => {
      const [f] = only(checkNoDue(termLoans({})), 'loan.overdue');
      expect(f.row).toBe(5);
      expect(f.cells).toEqual(['D5', 'G5']);
      expect(f.message.vi).toBe('Quá hạn 537 ngày (đến hạn 10/01/2024 theo thời hạn 12 tháng), còn nợ gốc 5.000.000.');
      expect(f.message.en).toContain('537 days overdue (due 10/01/2024 by its 12-month term)');
    });

    it('is not overdue once repaid', () => {
      expect(only(checkNoDue(termLoans({ outstanding: 0 })), 'loan.overdue')).toEqual([]);
      expect(only(checkNoDue(termLoans({ principalRepaid: 5_000_000 })), 'loan.overdue')).toEqual([]);
    });

    it('falls due on the last day of a shorter month', () => {
      const loans = termLoans({ date: day('2024-01-31'), term: 1 });
      expect(only(checkNoDue(loans), 'loan.overdue')[0].message.en).toContain('due 29/02/2024 by its 1-month term');
      loans[0] = { ...loans[0], date: day('2023-01-31') };
      expect(only(checkNoDue(loans), 'loan.overdue')[0].message.en).toContain('due 28/02/2023');
      // Due on 28/02/2025, so not yet overdue on the as-of date itself, overdue the day after.
      loans[0] = { ...loans[0], date: day('2025-01-31') };
      expect(only(checkNoDue(loans, '2025-02-28'), 'loan.overdue')).toEqual([]);
      expect(only(checkNoDue(loans, '2025-03-01'), 'loan.overdue')).toHaveLength(1);
    });

    it('keeps using a due date that is written, even when the term says otherwise', () => {
      expect(only(check(termLoans({ due: day('2025-12-31') })), 'loan.overdue')).toEqual([]);
      const [f] = only(check(termLoans({ due: day('2025-03-15') })), 'loan.overdue');
      expect(f.cells).toEqual(['H5']);
      expect(f.message.en).toContain('(due 15/03/2025)');
    });

    it('uses the term when the due column is there but the cell is empty', () => {
      const [f] = only(check(termLoans({})), 'loan.overdue');
      expect(f.cells).toEqual(['D5', 'G5']);
    });
  });

  it('marks every copy of a duplicated loan id', () => {
    const loans = healthyLoans();
    loans[5] = { ...loans[5], id: 'V1' };
    expect(only(check(loans), 'loan.duplicate-id').map((f) => f.row)).toEqual([5, 10]);
  });

  it('treats ids that differ only in case or spaces as the same id, and the same id in two clubs as two loans', () => {
    const loans = healthyLoans();
    loans[7] = { ...loans[7], id: ' v3 ' };
    expect(only(check(loans), 'loan.duplicate-id').map((f) => f.row)).toEqual([7, 12]);
    const other = loanBook([loan(names[0], { id: 'V1' })], { club: 'CLB ấp Tân Hòa', sheet: 'Cho vay Tân Hòa' });
    const clubs = { members: [membersBook, memberBook(members, { club: 'CLB ấp Tân Hòa', sheet: 'DS Tân Hòa' })] };
    expect(only(run({ ...clubs, loans: [loanBook(healthyLoans()), other] }), 'loan.duplicate-id')).toEqual([]);
  });

  it('tells apart distinct ids whose hashes meet, among 100,000 loans', () => {
    const loans = Array.from({ length: 100_000 }, (_, i) => loan(names[i % 35], { id: `V${i + 1}` }));
    // "CV-9ZT" and "CV-4Y6XB" have the same 30-bit hash: only the real copy of V77777 is a duplicate.
    loans.push(loan(names[0], { id: 'CV-9ZT' }), loan(names[1], { id: 'CV-4Y6XB' }), loan(names[2], { id: 'V77777' }));
    expect(only(check(loans), 'loan.duplicate-id').map((f) => f.row)).toEqual([77_776 + 5, 100_002 + 5]);
  });

  it('warns about two loans outstanding at once only when the profile asks', () => {
    const loans = [...healthyLoans(), loan(names[0], { id: 'V99', date: day('2025-02-01') })];
    expect(only(check(loans), 'loan.multiple-active')).toEqual([]);
    const strict: Profile = { ...(builtinProfile('default') as Profile), oneOutstandingLoanPerMember: true };
    expect(only(check(loans, {}, { profile: strict }), 'loan.multiple-active')).toHaveLength(2);
  });

  it('marks the first loan that takes outstanding principal above the fund capital', () => {
    const loans = healthyLoans().map((l, i) => ({ ...l, date: day('2025-01-01') + i }));
    const info = clubInfo({ incomeCapital: { value: 100_000_000, r: 5, c: 1, raw: 100_000_000 } });
    const [f] = only(check(loans, { clubInfo: [info] }), 'loan.fund-exceeded');
    expect(f.row).toBe(4 + 21); // the 21st loan of 5 million passes 100 million
    expect(f.message.en).toContain('105,000,000');
  });

  it('does not count a repaid loan against the fund after its due date', () => {
    const loans = healthyLoans().slice(0, 25).map((l, i) => ({
      ...l,
      date: i < 10 ? day('2024-01-01') : day('2025-02-01'),
      due: i < 10 ? day('2024-12-31') : day('2026-02-01'),
      principalRepaid: i < 10 ? 5_000_000 : 0,
    }));
    const info = clubInfo({ incomeCapital: { value: 100_000_000, r: 5, c: 1, raw: 100_000_000 } });
    expect(only(check(loans, { clubInfo: [info] }), 'loan.fund-exceeded')).toEqual([]);
  });

  it('does not count a repaid loan against the fund after the end of its term, when no due date is written', () => {
    const loans = healthyLoans().slice(0, 25).map((l, i) => ({
      ...l,
      date: i < 10 ? day('2024-01-01') : day('2025-02-01'),
      due: undefined,
      term: 12,
      principalRepaid: i < 10 ? 5_000_000 : 0,
    }));
    const info = clubInfo({ incomeCapital: { value: 100_000_000, r: 5, c: 1, raw: 100_000_000 } });
    expect(only(check(loans, { clubInfo: [info] }), 'loan.fund-exceeded')).toEqual([]);
  });

  it('warns when fewer than half of the active members have ever borrowed', () => {
    const loans = healthyLoans().slice(0, 29); // 29 of 60
    const [f] = only(check(loans), 'club.borrower-share');
    expect(f.severity).toBe('warning');
    expect(f.message.en).toContain('29 of 60');
    expect(f.cells).toEqual(['C4']);
    expect(only(check(healthyLoans().slice(0, 30)), 'club.borrower-share')).toEqual([]);
    expect(only(check(loans, {}, { profile: 'vinh-long' }), 'club.borrower-share')).toEqual([]);
  });
});
