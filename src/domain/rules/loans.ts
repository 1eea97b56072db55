// Loan book (sổ theo dõi cho vay, quỹ tăng thu nhập) rules. Vĩnh Long plan 13/KH-SLĐTBXH (seed 004):
// loans to members from the income fund at 0.6%–1% per month; Bắc Kạn plan (seed 003): at least half
// of the members borrow. Optional limits (term, amount, one loan at a time) come from the profile.
import type { LoanBook, LoanRow, MemberRow, RateRead, ReadIssue, RepaymentBook } from '../books';
import { a1 } from '../grid';
import type { RuleId, Severity } from '../findings';
import type { Profile } from '../profiles';
import { text, type Lang, type Text } from '../text';
import { addMonths, closestNames, formatDateVi, personNameCore, personNames, termEnd, ymdFromSerial } from '../values';
import type { ClubMembers } from './club';
import { activeOn, finding, headerCell, rowCells, type Emit, type RuleContext } from './context';
import { both, counted, dong, num, pct, ratePct } from './format';
import { cellShown, describeIssue } from './issues';

/** Club → name keys of members who have borrowed. */
export type BorrowersEver = ReadonlyMap<string, ReadonlySet<string>>;

interface MemberIndex {
  readonly byKey: Map<string, MemberRow[]>;
  readonly names: string[];
}

function indexMembers(rows: readonly MemberRow[]): MemberIndex {
  const byKey = new Map<string, MemberRow[]>();
  const names: string[] = [];
  for (const m of rows) {
    if (!m.nameKey) continue;
    const list = byKey.get(m.nameKey);
    if (list) list.push(m);
    else {
      byKey.set(m.nameKey, [m]);
      if (m.name) names.push(m.name);
    }
  }
  return { byKey, names };
}

/**
 * Principal repaid per loan row from the repayment log (by loan id, else by borrower, oldest loan
 * first). `who` gives the person a borrower key stands for ("Bà Nguyễn Thị Lan" is Nguyễn Thị Lan).
 */
/** A payment of principal a repayment log dates: the fund has it back from that day. */
interface DatedPayment {
  readonly day: number;
  readonly amount: number;
}

function repaidFromLog(loans: readonly LoanRow[], logs: readonly RepaymentBook[], asOf: number, who: Who, dated?: Map<LoanRow, DatedPayment[]>): Map<LoanRow, number> {
  const out = new Map<LoanRow, number>();
  if (logs.length === 0) return out;
  const byId = new Map<string, LoanRow[]>();
  const byBorrower = new Map<string, LoanRow[]>();
  for (const l of loans) {
    if (l.id) {
      const k = `${l.club}\u0000${l.id.trim().toLowerCase()}`;
      const list = byId.get(k);
      if (list) list.push(l);
      else byId.set(k, [l]);
    }
    if (l.borrowerKey) {
      const k = `${l.club}\u0000${who(l.club, l.borrowerKey)}`;
      const list = byBorrower.get(k);
      if (list) list.push(l);
      else byBorrower.set(k, [l]);
    }
  }
  for (const list of byBorrower.values()) list.sort((a, b) => (a.date ?? 0) - (b.date ?? 0) || a.r - b.r);
  for (const book of logs) {
    for (const p of book.rows) {
      if (p.principal === undefined || p.principal <= 0) continue;
      if (p.date !== undefined && p.date > asOf) continue;
      let target: LoanRow | undefined;
      if (p.loanId) {
        // An id used twice (loan.duplicate-id) names no loan by itself: the payer's name decides.
        const list = byId.get(`${p.club}\u0000${p.loanId.trim().toLowerCase()}`);
        const payer = p.borrowerKey !== undefined ? who(p.club, p.borrowerKey) : undefined;
        target = list && list.length > 1 ? list.find((l) => l.borrowerKey !== undefined && who(l.club, l.borrowerKey) === payer) : list?.[0];
      }
      const credit = (loan: LoanRow, amount: number) => {
        out.set(loan, (out.get(loan) ?? 0) + amount);
        if (!dated || p.date === undefined) return;
        const list = dated.get(loan);
        if (list) list.push({ day: p.date, amount });
        else dated.set(loan, [{ day: p.date, amount }]);
      };
      if (target) {
        credit(target, p.principal);
        continue;
      }
      if (!p.borrowerKey) continue;
      // By name only: the payment goes to the oldest loans still owed, each up to what it owes (one
      // row may settle the old loan and start on the new); what is left over, to the last loan.
      const all = byBorrower.get(`${p.club}\u0000${who(p.club, p.borrowerKey)}`);
      if (!all) continue;
      // Loans made by the payment's day (a payment dated before every loan still goes to them).
      const made = all.filter((l) => p.date === undefined || l.date === undefined || l.date <= (p.date as number));
      const list = made.length > 0 ? made : all;
      let left = p.principal;
      for (const l of list) {
        const owed = Math.max(0, (l.amount ?? 0) - (out.get(l) ?? 0));
        const part = Math.min(owed, left);
        if (part > 0) credit(l, part);
        left -= part;
        if (left <= 0) break;
      }
      if (left > 0) credit(list[list.length - 1], left);
    }
  }
  return out;
}

/** Loan ids compare without surrounding spaces or case ("v12 " = "V12"); plain ids are used as they are. */
function idKey(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const ch = id.charCodeAt(i);
    if (ch <= 32 || (ch >= 97 && ch <= 122) || ch > 127) return id.trim().toUpperCase();
  }
  return id;
}

/** FNV-1a of the id, to 30 bits: a small integer (a Smi) the engine never boxes. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

function findIssue(issues: readonly ReadIssue[], field: string): ReadIssue | undefined {
  for (const issue of issues) if (issue.field === field) return issue;
  return undefined;
}

function anyActiveOn(members: readonly MemberRow[], day: number): boolean {
  for (const m of members) if (activeOn(m, day)) return true;
  return false;
}

function monthsBetween(from: number, to: number): number {
  const a = ymdFromSerial(from);
  const b = ymdFromSerial(to);
  return (b.y - a.y) * 12 + (b.m - a.m) + (b.d > a.d ? 1 : 0);
}

/** What a rate outside the band probably meant: a yearly rate, or a fraction in the wrong unit. */
function rateHint(rate: NonNullable<LoanRow['rate']>, band: { min: number; max: number }, l: Lang): string {
  const inBand = (x: number) => x >= band.min - 1e-9 && x <= band.max + 1e-9;
  if (rate.period === 'month' && rate.form === 'percent' && inBand(rate.typed / 12)) {
    return l === 'vi'
      ? ` Có vẻ đây là lãi suất năm: ${ratePct(rate.typed, 'vi')}/năm = ${ratePct(rate.typed / 12, 'vi')}/tháng.`
      : ` It looks like a yearly rate: ${ratePct(rate.typed, 'en')}/year = ${ratePct(rate.typed / 12, 'en')}/month.`;
  }
  if (rate.form === 'percent' && inBand(rate.typed * 100)) {
    return l === 'vi'
      ? ` Có vẻ đã ghi dạng thập phân: ${num(rate.typed, 'vi', 4)} nghĩa là ${ratePct(rate.typed * 100, 'vi')}.`
      : ` It looks like a fraction typed in the wrong unit: ${num(rate.typed, 'en', 4)} means ${ratePct(rate.typed * 100, 'en')}.`;
  }
  if (rate.form === 'percent-cell' && inBand(rate.typed)) {
    return l === 'vi'
      ? ` Ô được định dạng %, nên số ${num(rate.typed, 'vi', 3)} hiện thành ${ratePct(rate.typed * 100, 'vi')}; có lẽ ý là ${ratePct(rate.typed, 'vi')}.`
      : ` The cell is formatted as a percentage, so ${num(rate.typed, 'en', 3)} shows as ${ratePct(rate.typed * 100, 'en')}; it probably meant ${ratePct(rate.typed, 'en')}.`;
  }
  return '';
}

export function checkLoans(
  books: readonly LoanBook[],
  logs: readonly RepaymentBook[],
  clubs: readonly ClubMembers[],
  ctx: RuleContext,
  emit: Emit,
): BorrowersEver {
  const { profile, asOf } = ctx;
  const haveMembers = clubs.length > 0;
  const clubIndex = new Map<string, MemberIndex>();
  for (const c of clubs) clubIndex.set(c.club, indexMembers(c.rows));
  let allIndex: MemberIndex | undefined;
  const indexFor = (club: string): MemberIndex => {
    const own = clubIndex.get(club) ?? (clubs.length === 1 ? clubIndex.get(clubs[0].club) : undefined);
    if (own) return own;
    return (allIndex ??= indexMembers(clubs.flatMap((c) => c.rows)));
  };
  // The member a borrower key stands for: itself, or the name inside a title or a place note
  // ("Bà Nguyễn Thị Lan", "Nguyễn Thị Lan (Tổ 2)") when only that is on the list, as checkBorrower.
  // A loan to a couple ("Ông Trương Văn Hai - Bà Tô Thị Thảo") is a member's loan when either of
  // them is a member: the household borrows, one of them belongs to the club.
  const who: Who = (club, key) => {
    if (!haveMembers) return key;
    const idx = indexFor(club);
    if (idx.byKey.has(key)) return key;
    const core = personNameCore(key);
    if (core !== undefined && idx.byKey.has(core)) return core;
    return personNames(key)?.find((k) => idx.byKey.has(k)) ?? key;
  };
  // Built only when a borrower is on no list of her club's.
  let memberClubs: Map<string, string> | undefined;
  const clubOfMember = (key: string, club: string): string | undefined => {
    if (clubs.length < 2) return undefined;
    if (!memberClubs) {
      memberClubs = new Map();
      for (const c of clubs) for (const m of c.rows) if (m.nameKey && !memberClubs.has(m.nameKey)) memberClubs.set(m.nameKey, c.club);
    }
    const other = memberClubs.get(key) ?? memberClubs.get(personNameCore(key) ?? '');
    return other !== club ? other : undefined;
  };
  const allLoans = books.flatMap((b) => b.rows);
  const logPaid = new Map<LoanRow, DatedPayment[]>();
  const logRepaid = repaidFromLog(allLoans, logs, asOf, who, logPaid);
  const band = profile.loanRatePerMonth;
  const borrowersEver = new Map<string, Set<string>>();

  for (const book of books) {
    const place = { kind: book.kind, sheet: book.sheet };
    const col = book.columns;
    const scope: LoanScope = { ctx, emit, place, col, band, haveMembers, indexFor, who, logRepaid, borrowersEver, clubOfMember };
    for (const loan of book.rows) checkLoan(loan, scope);

    for (const list of repeatedIds(book.rows)) {
      for (const loan of list) {
        const others = list.filter((o) => o !== loan).map((o) => o.r + 1).join(', ');
        emit(
          finding('loan.duplicate-id', 'error', place, loan.club, loan.r, rowCells(loan.r, col.id),
            text(`Mã vay "${loan.id}" bị trùng với dòng ${others}.`, `Loan id "${loan.id}" is also used on row ${others}.`),
            text('Mỗi khoản vay một mã riêng; nếu là cùng một khoản, xóa dòng trùng.', 'Give each loan its own id; if it is the same loan, delete the copy.'),
          ),
        );
      }
    }
  }

  if (profile.oneOutstandingLoanPerMember) checkMultipleActive(books, logRepaid, who, ctx, emit);
  checkFund(books, logRepaid, logPaid, ctx, emit);
  checkBorrowerShare(books, clubs, borrowersEver, ctx, emit);
  return borrowersEver;
}

/**
 * Rows sharing a loan id within one club (the same id in two clubs is two loans). Ids are first
 * hashed into an open-addressing table of integers: a Map of 100,000 ids, or of their hashes, cost
 * a province check 20–40 ms, this table a few. Only ids whose hashes meet are then compared.
 */
function repeatedIds(loans: readonly LoanRow[]): LoanRow[][] {
  const n = loans.length;
  const hashes = new Int32Array(n);
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size); // loan index + 1; 0 is empty
  let met: Set<number> | undefined;
  for (let i = 0; i < n; i++) {
    const id = loans[i].id;
    if (!id) continue;
    const h = idHash(idKey(id));
    hashes[i] = h;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = table[slot];
      if (at === 0) {
        table[slot] = i + 1;
        break;
      }
      if (hashes[at - 1] === h) {
        (met ??= new Set()).add(h);
        break;
      }
    }
  }
  if (!met) return [];
  const same = new Map<string, LoanRow[]>();
  for (let i = 0; i < n; i++) {
    const loan = loans[i];
    if (!loan.id || !met.has(hashes[i])) continue;
    const key = `${loan.club}\u0000${idKey(loan.id)}`;
    const list = same.get(key);
    if (list) list.push(loan);
    else same.set(key, [loan]);
  }
  return [...same.values()].filter((list) => list.length > 1);
}

/** Active members of a club who have ever borrowed (in a one-club workbook, from any loan book). */
export function countBorrowers(c: ClubMembers, borrowersEver: BorrowersEver, clubCount: number): number {
  const ever = borrowersEver.get(c.club) ?? (clubCount === 1 ? mergeSets(borrowersEver) : new Set<string>());
  let n = 0;
  for (const m of c.active) if (m.nameKey && ever.has(m.nameKey)) n++;
  return n;
}

/** The person a borrower key stands for, within a club. */
type Who = (club: string, key: string) => string;

/** What the per-loan checks share within one loan book. */
interface LoanScope {
  readonly ctx: RuleContext;
  readonly emit: Emit;
  readonly place: { kind: 'loans'; sheet: string };
  readonly col: LoanBook['columns'];
  readonly band: { min: number; max: number };
  readonly haveMembers: boolean;
  readonly indexFor: (club: string) => MemberIndex;
  readonly who: Who;
  readonly logRepaid: Map<LoanRow, number>;
  readonly borrowersEver: Map<string, Set<string>>;
  /** In a roll-up, the other club a borrower is a member of (a province's staff wants to know). */
  readonly clubOfMember: (key: string, club: string) => string | undefined;
}

// One small function per loan that only tests; each report is built out of line. A province file
// runs this 100,000 times, so it must stay cheap for the engine to compile early and run fast.
function checkLoan(loan: LoanRow, s: LoanScope): void {
  const { asOf, profile } = s.ctx;
  const issues = loan.issues.length === 0 ? undefined : loan.issues;
  const borrowerIssue = issues && findIssue(issues, 'borrower');
  if (borrowerIssue && borrowerIssue.kind !== 'legacy-encoding') reportBorrowerMissing(loan, borrowerIssue, s);
  else if (loan.borrowerKey && s.haveMembers && borrowerIssue?.kind !== 'legacy-encoding') checkBorrower(loan, loan.borrowerKey, s);

  const amountIssue = issues && findIssue(issues, 'amount');
  const amount = loan.amount !== undefined && loan.amount > 0 ? loan.amount : undefined;
  if (amountIssue || (loan.amount !== undefined && amount === undefined)) reportAmountInvalid(loan, amountIssue, s);

  const dateIssue = issues && findIssue(issues, 'date');
  if (dateIssue || (loan.date !== undefined && loan.date > asOf)) reportDateInvalid(loan, dateIssue, s);

  const rateIssue = issues && findIssue(issues, 'rate');
  if (rateIssue) reportRateInvalid(loan, rateIssue, s);
  else if (loan.rate && (loan.rate.monthlyPercent < s.band.min - 1e-9 || loan.rate.monthlyPercent > s.band.max + 1e-9)) {
    reportRateOutOfRange(loan, loan.rate, s);
  }

  const dueBeforeDate = loan.due !== undefined && loan.date !== undefined && loan.due < loan.date;
  if (dueBeforeDate) reportDueBeforeDisbursed(loan, s);
  if (profile.maxLoanTermMonths !== null) checkTerm(loan, profile.maxLoanTermMonths, s);
  if (profile.maxLoan && amount !== undefined) checkAmountLimit(loan, amount, profile.maxLoan, s);

  const repaid = repaidOf(loan, amount, s.logRepaid);
  // Without a principal-repaid column or a repayment log, nothing says what was repaid (an opening
  // balance alone says nothing of the period's payments): a stated outstanding balance below the
  // amount is then not a mismatch.
  const repaidKnown = s.col.principalRepaid !== undefined || s.logRepaid.size > 0;
  if (amount !== undefined) {
    if (repaid !== undefined && repaid > amount + 0.5) reportOverpaid(loan, amount, repaid, s);
    else if (loan.outstanding !== undefined && (repaidKnown || loan.outstanding > amount + 0.5 || loan.outstanding < -0.5) && Math.abs(loan.outstanding - (amount - (repaid ?? 0))) > 0.5) {
      reportOutstandingMismatch(loan, amount, loan.outstanding, repaid ?? 0, s);
    }
    const outstanding = loan.outstanding ?? amount - (repaid ?? 0);
    if (loan.due !== undefined || loan.extended !== undefined) {
      // An extension (Gia hạn đến) moves the date the loan falls due.
      const due = loan.extended ?? (loan.due as number);
      if (due < asOf && outstanding > 0.5 && !dueBeforeDate) reportOverdue(loan, due, outstanding, s);
      // A due date worked out from the term only where the books say what is still owed: a book
      // without repayments would otherwise show every loan past its term as overdue.
    } else if (loan.term !== undefined && loan.date !== undefined && outstanding > 0.5 && (repaidKnown || loan.outstanding !== undefined)) {
      checkOverdueByTerm(loan, loan.date, loan.term, outstanding, s);
    }
  }
}

/**
 * Principal repaid in all: the book's column, else the repayment log. A report of one period (Dư nợ
 * đầu kỳ | Thu nợ gốc trong kỳ | Dư nợ cuối kỳ) writes only the period's payments: what was repaid
 * before it is the amount less the opening balance. RULES.md's check, outstanding = amount − principal
 * repaid, then reads closing = opening − the period's payments, and a loan is overpaid when the
 * period took more than was owed at its start. Checking closing = opening + lent − repaid instead
 * would lean on "Cho vay trong kỳ", which only repeats the amount of a loan made in the period; such
 * a loan has no opening balance and is checked against its amount like any other.
 */
function repaidOf(loan: LoanRow, amount: number | undefined, logRepaid: Map<LoanRow, number>): number | undefined {
  const paid = loan.principalRepaid ?? (logRepaid.size > 0 ? logRepaid.get(loan) : undefined);
  if (loan.openingBalance === undefined || amount === undefined) return paid;
  return amount - loan.openingBalance + (paid ?? 0);
}

function checkBorrower(loan: LoanRow, key: string, s: LoanScope): void {
  const idx = s.indexFor(loan.club);
  let found = idx.byKey.get(key);
  let memberKey = key;
  if (!found) {
    // "Bà Nguyễn Thị Lan", "Nguyễn Thị Lan (Tổ 2)": the member inside a title or a place note.
    memberKey = s.who(loan.club, key);
    found = memberKey !== key ? idx.byKey.get(memberKey) : undefined;
    if (!found) {
      reportNotMember(loan, idx, s);
      return;
    }
  }
  let set = s.borrowersEver.get(loan.club);
  if (!set) s.borrowersEver.set(loan.club, (set = new Set()));
  set.add(memberKey);
  if (loan.date !== undefined && !anyActiveOn(found, loan.date)) reportInactive(loan, loan.date, found[0], s);
}

function report(s: LoanScope, rule: RuleId, severity: Severity, loan: LoanRow, cells: string[], message: Text, fix: Text): void {
  s.emit(finding(rule, severity, s.place, loan.club, loan.r, cells, message, fix));
}

function reportBorrowerMissing(loan: LoanRow, issue: ReadIssue, s: LoanScope): void {
  report(s, 'loan.borrower-missing', 'error', loan, rowCells(loan.r, s.col.borrower),
    issue.kind === 'empty'
      ? text(`Khoản vay ở dòng ${loan.r + 1} không ghi tên người vay.`, `The loan on row ${loan.r + 1} has no borrower name.`)
      : text(`Khoản vay ở dòng ${loan.r + 1} ghi "${cellShown(issue.raw)}" ở ô người vay, không phải họ tên.`, `The loan on row ${loan.r + 1} has "${cellShown(issue.raw)}" in the borrower cell, not a name.`),
    text('Ghi họ tên thành viên vay đúng như trong danh sách thành viên.', 'Write the borrower’s name exactly as on the member list.'),
  );
}

function reportNotMember(loan: LoanRow, idx: MemberIndex, s: LoanScope): void {
  const other = loan.borrowerKey !== undefined ? s.clubOfMember(loan.borrowerKey, loan.club) : undefined;
  if (other !== undefined) {
    report(s, 'loan.borrower-not-member', 'error', loan, rowCells(loan.r, s.col.borrower),
      text(
        `Người vay "${loan.borrower}" không có trong danh sách thành viên ${loan.club}: là thành viên ${other}.`,
        `Borrower "${loan.borrower}" is not on the member list of ${loan.club}: they are a member of ${other}.`,
      ),
      text(`Mỗi CLB chỉ cho thành viên của mình vay: ghi khoản vay vào sổ của ${other}, hoặc sửa lại tên người vay.`, `A club lends to its own members only: record the loan in ${other}'s book, or correct the borrower's name.`),
    );
    return;
  }
  const near = closestNames(personNameCore(loan.borrower ?? '') ?? loan.borrower ?? '', idx.names, 3);
  const hint = (l: Lang) => (near.length ? (l === 'vi' ? ` Có phải: ${near.join(', ')}?` : ` Did you mean: ${near.join(', ')}?`) : '');
  report(s, 'loan.borrower-not-member', 'error', loan, rowCells(loan.r, s.col.borrower),
    both((l) =>
      l === 'vi'
        ? `Người vay "${loan.borrower}" không có trong danh sách thành viên.${hint('vi')}`
        : `Borrower "${loan.borrower}" is not on the member list.${hint('en')}`,
    ),
    text('Chỉ cho thành viên CLB vay. Sửa tên cho khớp danh sách, hoặc kết nạp người này trước.', 'Only club members may borrow. Correct the name to match the list, or admit this person first.'),
  );
}

function reportInactive(loan: LoanRow, date: number, m: MemberRow, s: LoanScope): void {
  const why = (l: Lang) =>
    m.joined !== undefined && m.joined > date
      ? l === 'vi'
        ? `mới vào CLB ngày ${formatDateVi(m.joined)}`
        : `joined the club only on ${formatDateVi(m.joined)}`
      : l === 'vi'
        ? `đã rời CLB ngày ${formatDateVi(m.left as number)}`
        : `had left the club on ${formatDateVi(m.left as number)}`;
  report(s, 'loan.borrower-inactive', 'error', loan, rowCells(loan.r, s.col.borrower, s.col.date),
    both((l) =>
      l === 'vi'
        ? `${loan.borrower} vay ngày ${formatDateVi(date)} nhưng ${why('vi')}.`
        : `${loan.borrower} borrowed on ${formatDateVi(date)} but ${why('en')}.`,
    ),
    text('Kiểm tra ngày vay và ngày vào/rời CLB của thành viên.', "Check the loan date and the member's join / leave dates."),
  );
}

function reportAmountInvalid(loan: LoanRow, issue: ReadIssue | undefined, s: LoanScope): void {
  report(s, 'loan.amount-invalid', 'error', loan, rowCells(loan.r, s.col.amount),
    issue
      ? issue.kind === 'empty'
        ? text('Khoản vay chưa ghi số tiền.', 'The loan has no amount.')
        : text(`Không đọc được số tiền vay: ${describeIssue(issue).vi}.`, `Cannot read the loan amount: ${describeIssue(issue).en}.`)
      : both((l) => (l === 'vi' ? `Số tiền vay ${num(loan.amount as number, 'vi')} phải lớn hơn 0.` : `The loan amount ${num(loan.amount as number, 'en')} must be more than 0.`)),
    text('Ghi số tiền bằng số, ví dụ 5000000 hoặc 5.000.000 (hiện vật thì quy ra tiền).', 'Write the amount as a number, e.g. 5000000 or 5.000.000 (value an in-kind loan in đồng).'),
  );
}

function reportDateInvalid(loan: LoanRow, issue: ReadIssue | undefined, s: LoanScope): void {
  const asOf = s.ctx.asOf;
  report(s, 'loan.date-invalid', 'error', loan, rowCells(loan.r, s.col.date),
    issue
      ? issue.kind === 'empty'
        ? text('Khoản vay chưa ghi ngày vay.', 'The loan has no disbursement date.')
        : text(`Không đọc được ngày vay: ${describeIssue(issue).vi}.`, `Cannot read the loan date: ${describeIssue(issue).en}.`)
      : text(
          `Ngày vay ${formatDateVi(loan.date as number)} ở sau ngày báo cáo ${formatDateVi(asOf)}.`,
          `The loan date ${formatDateVi(loan.date as number)} is after the reporting date ${formatDateVi(asOf)}.`,
        ),
    dateFix(issue),
  );
}

// A date typed day first ("31-Thg4-2025", "19-Mrz-25") is in the right order: only a day, a month or
// a year in it is wrong, so asking for day/month/year would not help.
const DAY_FIRST = /^\s*\d{1,2}\s*[-/. ]/;

function dateFix(issue: ReadIssue | undefined): Text {
  return issue?.kind === 'unreadable' && typeof issue.raw === 'string' && DAY_FIRST.test(issue.raw)
    ? text('Sửa lại ngày, tháng hoặc năm cho đúng, ví dụ 15/03/2025.', 'Correct the day, the month or the year, e.g. 15/03/2025.')
    : text('Ghi ngày vay dạng ngày/tháng/năm, ví dụ 15/03/2025.', 'Write the loan date as day/month/year, e.g. 15/03/2025.');
}

function reportRateInvalid(loan: LoanRow, issue: ReadIssue, s: LoanScope): void {
  report(s, 'loan.rate-invalid', 'error', loan, rowCells(loan.r, s.col.rate),
    issue.kind === 'empty'
      ? text('Khoản vay chưa ghi lãi suất.', 'The loan has no interest rate.')
      : text(`Không đọc được lãi suất: ${describeIssue(issue).vi}.`, `Cannot read the interest rate: ${describeIssue(issue).en}.`),
    text('Ghi lãi suất theo tháng, ví dụ 0,8 (nghĩa là 0,8%/tháng).', 'Write the monthly rate, e.g. 0.8 (meaning 0.8% per month).'),
  );
}

function reportRateOutOfRange(loan: LoanRow, rate: RateRead, s: LoanScope): void {
  const { band } = s;
  const mp = rate.monthlyPercent;
  report(s, 'loan.rate-out-of-range', 'error', loan, rowCells(loan.r, s.col.rate),
    both((l) => {
      const typed = rate.form === 'percent-cell' ? rate.typed * 100 : rate.form === 'per-mille' ? rate.typed / 10 : rate.typed;
      const asRead =
        rate.period === 'year'
          ? l === 'vi'
            ? `${ratePct(typed, 'vi')}/năm = ${ratePct(mp, 'vi')}/tháng`
            : `${ratePct(typed, 'en')}/year = ${ratePct(mp, 'en')}/month`
          : l === 'vi'
            ? `${ratePct(mp, 'vi')}/tháng`
            : `${ratePct(mp, 'en')}/month`;
      const where =
        mp < band.min
          ? l === 'vi' ? `thấp hơn mức sàn ${ratePct(band.min, 'vi')}` : `below the ${ratePct(band.min, 'en')} floor`
          : l === 'vi' ? `vượt mức trần ${ratePct(band.max, 'vi')}` : `above the ${ratePct(band.max, 'en')} ceiling`;
      return l === 'vi'
        ? `Lãi suất ${asRead} ${where} (quy định ${ratePct(band.min, 'vi')}–${ratePct(band.max, 'vi')}/tháng).${rateHint(rate, band, 'vi')}`
        : `Interest ${asRead} is ${where} (the rule is ${ratePct(band.min, 'en')}–${ratePct(band.max, 'en')}/month).${rateHint(rate, band, 'en')}`;
    }),
    both((l) =>
      l === 'vi'
        ? `Ghi lãi suất tháng trong khoảng ${ratePct(band.min, 'vi')}–${ratePct(band.max, 'vi')}, ví dụ 0,8.`
        : `Write a monthly rate between ${ratePct(band.min, 'en')} and ${ratePct(band.max, 'en')}, e.g. 0.8.`,
    ),
  );
}

function reportDueBeforeDisbursed(loan: LoanRow, s: LoanScope): void {
  const due = loan.due as number;
  const date = loan.date as number;
  report(s, 'loan.due-before-disbursed', 'error', loan, rowCells(loan.r, s.col.date, s.col.due),
    text(`Ngày đến hạn ${formatDateVi(due)} trước ngày vay ${formatDateVi(date)}.`, `The due date ${formatDateVi(due)} is before the loan date ${formatDateVi(date)}.`),
    text('Kiểm tra lại ngày vay và ngày đến hạn (ngày/tháng/năm).', 'Check the loan date and the due date (day/month/year).'),
  );
}

function checkTerm(loan: LoanRow, maxTerm: number, s: LoanScope): void {
  const term =
    loan.term ?? (loan.date !== undefined && loan.due !== undefined && loan.due >= loan.date ? monthsBetween(loan.date, loan.due) : undefined);
  if (term === undefined || term <= maxTerm) return;
  report(s, 'loan.term-too-long', 'warning', loan, rowCells(loan.r, loan.term !== undefined ? s.col.term : s.col.due),
    text(`Thời hạn vay ${num(term, 'vi')} tháng, quá mức ${maxTerm} tháng của quy chế.`, `The loan term is ${num(term, 'en')} months, over the regulation's ${maxTerm} months.`),
    text(`Rút thời hạn xuống tối đa ${maxTerm} tháng.`, `Shorten the term to at most ${maxTerm} months.`),
  );
}

function checkAmountLimit(loan: LoanRow, amount: number, maxLoan: NonNullable<Profile['maxLoan']>, s: LoanScope): void {
  const capital = s.ctx.clubInfoOf(loan.club)?.incomeCapital?.value;
  const limit = 'dong' in maxLoan ? maxLoan.dong : capital !== undefined ? (capital * maxLoan.percentOfFund) / 100 : undefined;
  if (limit === undefined || amount <= limit) return;
  report(s, 'loan.amount-over-limit', 'warning', loan, rowCells(loan.r, s.col.amount),
    both((l) => (l === 'vi' ? `Số tiền vay ${dong(amount, 'vi')} vượt mức tối đa ${dong(limit, 'vi')}.` : `The loan of ${dong(amount, 'en')} is over the ${dong(limit, 'en')} maximum.`)),
    both((l) => (l === 'vi' ? `Cho vay tối đa ${dong(limit, 'vi')} một khoản.` : `Lend at most ${dong(limit, 'en')} per loan.`)),
  );
}

function reportOverpaid(loan: LoanRow, amount: number, repaid: number, s: LoanScope): void {
  const opening = loan.openingBalance;
  report(s, 'loan.overpaid', 'error', loan, rowCells(loan.r, loan.principalRepaid !== undefined ? s.col.principalRepaid : s.col.amount),
    opening !== undefined
      ? periodOverpaid(opening, repaid - (amount - opening))
      : both((l) => (l === 'vi' ? `Gốc đã trả ${num(repaid, 'vi')} lớn hơn số tiền vay ${num(amount, 'vi')}.` : `Principal repaid ${num(repaid, 'en')} exceeds the amount lent ${num(amount, 'en')}.`)),
    text('Kiểm tra số gốc đã trả; tiền lãi ghi ở cột lãi, không cộng vào gốc.', 'Check the principal repaid; interest goes in the interest column, not into principal.'),
  );
}

/** On a report of one period, the period's payments against what was owed when it began. */
function periodOverpaid(opening: number, paid: number): Text {
  return both((l) =>
    l === 'vi'
      ? `Gốc thu trong kỳ ${num(paid, 'vi')} lớn hơn dư nợ đầu kỳ ${num(opening, 'vi')}.`
      : `Principal repaid in the period ${num(paid, 'en')} exceeds the opening balance ${num(opening, 'en')}.`,
  );
}

function reportOutstandingMismatch(loan: LoanRow, amount: number, stated: number, repaid: number, s: LoanScope): void {
  const expected = amount - repaid;
  if (loan.openingBalance !== undefined) {
    reportClosingMismatch(loan, loan.openingBalance, stated, repaid - (amount - loan.openingBalance), s);
    return;
  }
  report(s, 'loan.outstanding-mismatch', 'error', loan, rowCells(loan.r, s.col.outstanding),
    both((l) =>
      l === 'vi'
        ? `Dư nợ ghi ${num(stated, 'vi')} nhưng số vay ${num(amount, 'vi')} − gốc đã trả ${num(repaid, 'vi')} = ${num(expected, 'vi')}.`
        : `Outstanding is ${num(stated, 'en')} but amount ${num(amount, 'en')} − principal repaid ${num(repaid, 'en')} = ${num(expected, 'en')}.`,
    ),
    both((l) => (l === 'vi' ? `Sửa dư nợ thành ${num(expected, 'vi')}, hoặc sửa số gốc đã trả.` : `Change the outstanding balance to ${num(expected, 'en')}, or correct the principal repaid.`)),
  );
}

/** The closing balance of a report of one period, against the opening balance less the period's payments. */
function reportClosingMismatch(loan: LoanRow, opening: number, stated: number, paid: number, s: LoanScope): void {
  const expected = opening - paid;
  report(s, 'loan.outstanding-mismatch', 'error', loan, rowCells(loan.r, s.col.outstanding),
    both((l) =>
      l === 'vi'
        ? `Dư nợ cuối kỳ ghi ${num(stated, 'vi')} nhưng dư nợ đầu kỳ ${num(opening, 'vi')} − gốc thu trong kỳ ${num(paid, 'vi')} = ${num(expected, 'vi')}.`
        : `The closing balance is ${num(stated, 'en')} but the opening balance ${num(opening, 'en')} − principal repaid in the period ${num(paid, 'en')} = ${num(expected, 'en')}.`,
    ),
    both((l) =>
      l === 'vi'
        ? `Sửa dư nợ cuối kỳ thành ${num(expected, 'vi')}, hoặc sửa số gốc thu trong kỳ.`
        : `Change the closing balance to ${num(expected, 'en')}, or correct the principal repaid in the period.`,
    ),
  );
}

/** When a repaid loan ended: its due date (as extended), else its date plus its term; undefined when unknown. */
function endOf(loan: LoanRow): number | undefined {
  const due = loan.extended ?? loan.due;
  if (due !== undefined) return due;
  return termEnd(loan.date, loan.term);
}

/**
 * A loan with no due date written but a term falls due `term` months after its date (RULES.md:
 * overdue = due before the as-of date). Out of checkLoan: only such loans pay for the date math.
 */
function checkOverdueByTerm(loan: LoanRow, date: number, term: number, outstanding: number, s: LoanScope): void {
  // An unreadable due cell still says a date was meant; a part month gives no calendar day.
  if (!Number.isInteger(term) || term <= 0) return;
  const dueIssue = loan.issues.length > 0 ? findIssue(loan.issues, 'due') : undefined;
  if (dueIssue && dueIssue.kind !== 'empty') return;
  const due = addMonths(date, term);
  if (due < s.ctx.asOf) reportOverdue(loan, due, outstanding, s, term);
}

/** `term` when the due date was worked out from the loan's term (no due date was written). */
function reportOverdue(loan: LoanRow, due: number, outstanding: number, s: LoanScope, term?: number): void {
  const days = s.ctx.asOf - due;
  const cells =
    term !== undefined
      ? rowCells(loan.r, s.col.date, s.col.term ?? s.col.due) // the term may be written where the due date goes
      : loan.extendedInNote
        ? rowCells(loan.r, s.col.due, s.col.note) // the due date, and the note that moved it
        : rowCells(loan.r, (loan.extended !== undefined ? s.col.extended : undefined) ?? s.col.due ?? s.col.borrower);
  const dueVi = term !== undefined ? `${formatDateVi(due)} theo thời hạn ${num(term, 'vi')} tháng` : formatDateVi(due);
  const dueEn = term !== undefined ? `${formatDateVi(due)} by its ${num(term, 'en')}-month term` : formatDateVi(due);
  report(s, 'loan.overdue', 'warning', loan, cells,
    both((l) =>
      l === 'vi'
        ? `Quá hạn ${num(days, 'vi')} ngày (đến hạn ${dueVi}), còn nợ gốc ${num(outstanding, 'vi')}.`
        : `${num(days, 'en')} days overdue (due ${dueEn}), ${num(outstanding, 'en')} principal still owed.`,
    ),
    text('Nhắc thành viên trả nợ hoặc ghi gia hạn theo quy chế CLB; nếu đã trả, cập nhật gốc đã trả.', 'Remind the member, or record an extension under the club regulation; if repaid, update the principal repaid.'),
  );
}

function outstandingAt(loan: LoanRow, logRepaid: Map<LoanRow, number>): number | undefined {
  if (loan.amount === undefined || loan.amount <= 0) return undefined;
  return loan.outstanding ?? loan.amount - (repaidOf(loan, loan.amount, logRepaid) ?? 0);
}

function checkMultipleActive(books: readonly LoanBook[], logRepaid: Map<LoanRow, number>, who: Who, ctx: RuleContext, emit: Emit): void {
  for (const book of books) {
    const byBorrower = new Map<string, LoanRow[]>();
    for (const loan of book.rows) {
      if (!loan.borrowerKey || loan.date === undefined || loan.date > ctx.asOf) continue;
      const o = outstandingAt(loan, logRepaid);
      if (o === undefined || o <= 0.5) continue;
      const k = `${loan.club}\u0000${who(loan.club, loan.borrowerKey)}`;
      const list = byBorrower.get(k);
      if (list) list.push(loan);
      else byBorrower.set(k, [loan]);
    }
    for (const list of byBorrower.values()) {
      if (list.length < 2) continue;
      for (const loan of list) {
        const others = list.filter((o) => o !== loan).map((o) => o.r + 1).join(', ');
        emit(
          finding('loan.multiple-active', 'warning', { kind: book.kind, sheet: book.sheet }, loan.club, loan.r, rowCells(loan.r, book.columns.borrower),
            text(`${loan.borrower} đang có hơn một khoản vay chưa trả hết (cả dòng ${others}).`, `${loan.borrower} has more than one loan outstanding (also row ${others}).`),
            text('Theo quy chế CLB, mỗi thành viên chỉ vay một khoản một lúc: thu hồi khoản cũ trước khi cho vay tiếp.', 'Under the club regulation a member has one loan at a time: collect the earlier loan before lending again.'),
          ),
        );
      }
    }
  }
}

/**
 * On each disbursement date, principal outstanding must not exceed the income fund's capital. A loan
 * counts from its date until it is fully repaid (its due date when the books say it is repaid, else
 * the as-of date). Only the first loan that crosses is marked.
 */
function checkFund(books: readonly LoanBook[], logRepaid: Map<LoanRow, number>, logPaid: Map<LoanRow, DatedPayment[]>, ctx: RuleContext, emit: Emit): void {
  // The capital comes from a club-information sheet; without one there is nothing to compare.
  if (!ctx.recognized.clubInfo.some((info) => info.incomeCapital?.value !== undefined)) {
    noCapital(books, ctx, emit);
    return;
  }
  const byClub = new Map<string, { book: LoanBook; loan: LoanRow }[]>();
  for (const book of books) {
    for (const loan of book.rows) {
      if (loan.date === undefined || loan.date > ctx.asOf || loan.amount === undefined || loan.amount <= 0) continue;
      let list = byClub.get(loan.club);
      if (!list) byClub.set(loan.club, (list = []));
      list.push({ book, loan });
    }
  }
  for (const [club, list] of byClub) {
    const capital = ctx.clubInfoOf(club)?.incomeCapital?.value;
    if (capital === undefined || capital <= 0) continue;
    // Events in day order: a repaid loan leaves the day after it ended, before that day's loans go out.
    const events: { day: number; delta: number; order: number; at?: { book: LoanBook; loan: LoanRow } }[] = [];
    for (const item of list) {
      const { loan } = item;
      const amount = loan.amount as number;
      events.push({ day: loan.date as number, delta: amount, order: 1 + loan.r / 1e7, at: item });
      // A repayment log dates each payment: the fund has it back from the day after. Otherwise a
      // repaid loan leaves when it ended.
      const paid = logPaid.get(loan);
      let owed = amount;
      if (paid) {
        for (const p of [...paid].sort((a, b) => a.day - b.day)) {
          const back = Math.min(p.amount, owed);
          owed -= back;
          if (back > 0) events.push({ day: p.day + 1, delta: -back, order: 0 });
        }
      } else if ((outstandingAt(loan, logRepaid) ?? 0) <= 0.5) events.push({ day: (endOf(loan) ?? ctx.asOf) + 1, delta: -amount, order: 0 });
    }
    events.sort((a, b) => a.day - b.day || a.order - b.order);
    let out = 0;
    for (const e of events) {
      out += e.delta;
      if (!e.at || out <= capital + 0.5) continue;
      const { book, loan } = e.at;
      emit(
        finding('loan.fund-exceeded', 'error', { kind: book.kind, sheet: book.sheet }, club, loan.r, rowCells(loan.r, book.columns.amount),
          both((l) =>
            l === 'vi'
              ? `Ngày ${formatDateVi(e.day)}, tổng dư nợ ${num(out, 'vi')} vượt vốn quỹ tăng thu nhập ${num(capital, 'vi')}.`
              : `On ${formatDateVi(e.day)}, principal outstanding ${num(out, 'en')} exceeds the income fund's capital ${num(capital, 'en')}.`,
          ),
          text('Chỉ cho vay khi quỹ còn tiền: kiểm tra ngày vay, số tiền và vốn quỹ ghi ở trang Thông tin CLB.', 'Lend only what the fund holds: check the loan dates, amounts and the capital on the club-information sheet.'),
        ),
      );
      break;
    }
  }
}

/** A club-information sheet that gives no income-fund capital: say the fund rule could not be checked. */
function noCapital(books: readonly LoanBook[], ctx: RuleContext, emit: Emit): void {
  const info = ctx.recognized.clubInfo.find((i) => i.incomeCapital === undefined);
  const book = books.find((b) => b.rows.length > 0);
  if (!info || !book) return;
  const at = info.name ?? info.fee ?? info.rate ?? info.founded;
  emit(
    finding('loan.fund-exceeded', 'info', { kind: 'clubInfo', sheet: info.sheet }, info.name?.value, at?.r, at ? [a1(at.r, at.c)] : ['A1'],
      text(
        `Trang "${info.sheet}" không ghi vốn quỹ tăng thu nhập, nên chưa kiểm tra được tổng dư nợ có vượt vốn quỹ không.`,
        `Sheet "${info.sheet}" gives no income-fund capital, so whether the loans outstanding exceed it could not be checked.`,
      ),
      text('Thêm dòng "Vốn quỹ tăng thu nhập (đồng)" và số vốn hiện có.', 'Add a line "Vốn quỹ tăng thu nhập (đồng)" with the capital the fund holds.'),
    ),
  );
}

function checkBorrowerShare(
  books: readonly LoanBook[],
  clubs: readonly ClubMembers[],
  borrowersEver: BorrowersEver,
  ctx: RuleContext,
  emit: Emit,
): void {
  const target = ctx.profile.minBorrowerShare;
  if (target === null || books.length === 0) return;
  const bookOfClub = new Map<string, LoanBook>();
  if (books.length > 1 || clubs.length > 1) for (const b of books) for (const l of b.rows) if (!bookOfClub.has(l.club)) bookOfClub.set(l.club, b);
  for (const c of clubs) {
    // In a roll-up, a club with no loan in any loan book has no loan book here: nothing to count.
    const book = bookOfClub.get(c.club) ?? (clubs.length === 1 ? books[0] : undefined);
    if (!book || c.active.length === 0) continue;
    const n = countBorrowers(c, borrowersEver, clubs.length);
    const whole = c.active.length;
    if (100 * n >= target * whole) continue;
    const need = Math.ceil((target * whole) / 100) - n;
    emit(
      finding('club.borrower-share', 'warning', { kind: book.kind, sheet: book.sheet }, c.club, undefined, headerCell(book.columns.borrower),
        both((l) =>
          l === 'vi'
            ? `Mới có ${n}/${whole} thành viên (${pct(n / whole, 'vi')}) từng được vay, mục tiêu ≥ ${target}%.`
            : `Only ${n} of ${whole} members (${pct(n / whole, 'en')}) have ever borrowed; the target is ≥ ${target}%.`,
        ),
        text(`Ưu tiên cho thêm ${need} thành viên chưa từng vay được vay (tiền mặt hoặc hiện vật).`, `Lend to ${counted(need, 'more member who has', 'more members who have')} never borrowed (cash or in kind).`),
      ),
    );
  }
}

function mergeSets(map: BorrowersEver): Set<string> {
  const out = new Set<string>();
  for (const s of map.values()) for (const k of s) out.add(k);
  return out;
}

