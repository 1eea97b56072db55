// Cash book (sổ quỹ) rules: every entry readable, the running balance right and never below zero.
// Vĩnh Long plan (seed 004): membership fee 2,000–5,000 đồng/month, set in the club regulation.
import type { CashBook, CashRow, ClubInfo, Column } from '../books';
import { a1 } from '../grid';
import { text } from '../text';
import { formatDateVi } from '../values';
import { finding, rowCells, type Emit, type RuleContext } from './context';
import { both, dong, num } from './format';
import { describeIssue } from './issues';

const CENT = 0.5;

/** Fields whose unreadable value is an invalid entry. */
const ENTRY_FIELDS = new Set(['date', 'receipt', 'payment', 'balance']);

/** A row's cells, each once: receipts and payments may be one "Số tiền" column beside a Thu/Chi column. */
function cellsOf(r: number, ...columns: (Column | undefined)[]): string[] {
  return [...new Set(rowCells(r, ...columns))];
}

/** The amount that opens the book: the stated balance, or, in a book without one, the amount under Thu. */
function openingAmount(row: CashRow): number | undefined {
  return row.balance ?? row.receipt;
}

/**
 * A running balance: recomputed from the last balance line (opening, closing), and the last stated
 * balance carried on by the movements since. A stated balance agreeing with either is right: one
 * typo marks one row.
 */
class Chain {
  /** Recomputed from the last balance line (or from the first stated balance). */
  running: number | undefined;
  /** The last stated balance, plus the movements of rows without one. */
  stated: number | undefined;

  get known(): boolean {
    return this.running !== undefined || this.stated !== undefined;
  }
  agrees(b: number, delta: number): boolean {
    return (this.stated !== undefined && Math.abs(this.stated + delta - b) <= CENT) || (this.running !== undefined && Math.abs(this.running + delta - b) <= CENT);
  }
  expected(delta: number): number {
    return (this.stated ?? (this.running as number)) + delta;
  }
  /** A balance line: the stated balance carries on; a wrong one does not replace the recomputed one. */
  restart(b: number): void {
    if (this.running === undefined || this.agrees(b, 0)) this.running = b;
    this.stated = b;
  }
  move(delta: number, b: number | undefined): void {
    if (this.running !== undefined) this.running += delta;
    if (b !== undefined) {
      this.running ??= b;
      this.stated = b;
    } else if (this.stated !== undefined) this.stated += delta;
  }
  get now(): number | undefined {
    return this.running ?? this.stated;
  }
}

export function checkCashBook(book: CashBook, _ctx: RuleContext, emit: Emit): void {
  const place = { kind: book.kind, sheet: book.sheet };
  const col = book.columns;
  // One balance for the book; with a Quỹ column, also one per fund, for a book whose Tồn is each
  // fund's own balance (a row agreeing with either is right).
  const all = new Chain();
  const byFund = new Map<string, Chain>();
  // A book without a balance column is recomputed from its opening line ("Tồn đầu kỳ" under Thu).
  // Without one it may start mid-year, or be the payments alone: nothing says what the fund held.
  let wasNegative = false;

  const mismatch = (r: number, club: string, b: number, expected: number, receipt: number, payment: number) =>
    emit(
      finding('fund.balance-mismatch', 'error', place, club, r, rowCells(r, col.balance),
        both((l) =>
          l === 'vi'
            ? `Tồn quỹ ghi ${num(b, 'vi')} nhưng tồn trước ${num(expected - receipt + payment, 'vi')} + thu ${num(receipt, 'vi')} − chi ${num(payment, 'vi')} = ${num(expected, 'vi')}.`
            : `The balance says ${num(b, 'en')} but previous ${num(expected - receipt + payment, 'en')} + receipts ${num(receipt, 'en')} − payments ${num(payment, 'en')} = ${num(expected, 'en')}.`,
        ),
        both((l) => (l === 'vi' ? `Sửa tồn quỹ thành ${num(expected, 'vi')}, hoặc sửa số thu/chi của dòng này.` : `Change the balance to ${num(expected, 'en')}, or correct this row's receipt or payment.`)),
      ),
    );

  for (const row of book.rows) {
    const { r, club } = row;
    // Only an unreadable amount breaks the recomputation: a bad date or balance marks its own cell.
    let unreadable = false;
    for (const issue of row.issues) {
      if (!ENTRY_FIELDS.has(issue.field) || issue.kind === 'empty') continue;
      if (issue.field === 'receipt' || issue.field === 'payment') unreadable = true;
      emit(
        finding('fund.entry-invalid', 'error', place, club, r, [a1(r, issue.c)],
          issue.field === 'date'
            ? text(`Không đọc được ngày: ${describeIssue(issue).vi}.`, `Cannot read the date: ${describeIssue(issue).en}.`)
            : text(`Không đọc được số tiền: ${describeIssue(issue).vi}.`, `Cannot read the amount: ${describeIssue(issue).en}.`),
          issue.field === 'date'
            ? text('Ghi ngày dạng ngày/tháng/năm, ví dụ 05/01/2025.', 'Write the date as day/month/year, e.g. 05/01/2025.')
            : text('Ghi số tiền bằng số, ví dụ 500000 hoặc 500.000.', 'Write the amount as a number, e.g. 500000 or 500.000.'),
        ),
      );
    }
    let fund: Chain | undefined;
    if (row.fund !== undefined) {
      fund = byFund.get(row.fund);
      if (!fund) byFund.set(row.fund, (fund = new Chain()));
    }
    if (row.opening) {
      const b = openingAmount(row);
      if (b !== undefined) {
        // A fund's opening starts that fund's chain; a closing or a later opening must agree.
        const own = fund ?? all;
        if (row.balance !== undefined && own.known && !own.agrees(b, 0)) mismatch(r, club, b, own.expected(0), 0, 0);
        own.restart(b);
        // The book's own balance goes on through a fund's opening line (its cash for both funds).
        if (fund) {
          if (all.known) all.move((row.receipt ?? 0) - (row.payment ?? 0), row.balance);
          else all.restart(b);
        }
      }
      continue;
    }
    const moved = row.receipt !== undefined || row.payment !== undefined;
    if (!moved && !unreadable) {
      emit(
        finding('fund.entry-invalid', 'error', place, club, r, cellsOf(r, col.receipt, col.payment),
          text(`Dòng ${r + 1} không ghi số thu cũng không ghi số chi.`, `Row ${r + 1} has neither a receipt nor a payment.`),
          text('Ghi số tiền vào cột Thu hoặc cột Chi, hoặc xóa dòng.', 'Write the amount in the receipt (Thu) or payment (Chi) column, or delete the row.'),
        ),
      );
    }
    if (unreadable) {
      // The balance cannot be followed through an unreadable amount: resume from the next stated balance.
      for (const c of fund ? [all, fund] : [all]) {
        c.running = row.balance;
        c.stated = row.balance;
      }
      continue;
    }
    const delta = (row.receipt ?? 0) - (row.payment ?? 0);
    const b = row.balance;
    if (b !== undefined) {
      const chains = [all, fund].filter((c): c is Chain => c !== undefined && c.known);
      if (chains.length > 0 && !chains.some((c) => c.agrees(b, delta))) {
        // The balance it should be: by the chain nearest what is written (a typo is near its figure).
        const expected = chains.map((c) => c.expected(delta)).reduce((x, y) => (Math.abs(y - b) < Math.abs(x - b) ? y : x));
        mismatch(r, club, b, expected, row.receipt ?? 0, row.payment ?? 0);
      }
    }
    all.move(delta, b);
    fund?.move(delta, b);
    const now = fund?.running !== undefined ? fund.running : all.now;
    if (now !== undefined && now < -CENT) {
      if (!wasNegative) {
        emit(
          finding('fund.overdrawn', 'error', place, club, r, cellsOf(r, col.payment, col.balance),
            both((l) =>
              l === 'vi'
                ? `Sau khoản chi ${row.date !== undefined ? `ngày ${formatDateVi(row.date)}` : `ở dòng ${r + 1}`}, quỹ âm ${dong(-now, 'vi')}.`
                : `After the payment ${row.date !== undefined ? `of ${formatDateVi(row.date)}` : `on row ${r + 1}`}, the fund is ${dong(-now, 'en')} below zero.`,
            ),
            text('Quỹ không được chi quá số tiền đang có: kiểm tra số chi và các khoản thu chưa ghi.', 'The fund cannot pay out more than it holds: check the payment and any receipts not yet recorded.'),
          ),
        );
      }
      wasNegative = true;
    } else wasNegative = false;
  }
}

export function checkFee(info: ClubInfo, ctx: RuleContext, emit: Emit): void {
  const fee = info.fee;
  if (!fee || fee.value === undefined) return;
  const band = ctx.profile.feePerMonth;
  if (fee.value >= band.min && fee.value <= band.max) return;
  emit(
    finding('fund.fee-out-of-range', 'warning', { kind: 'clubInfo', sheet: info.sheet }, info.name?.value, fee.r, [a1(fee.r, fee.c)],
      both((l) =>
        l === 'vi'
          ? `Mức phí thành viên ${dong(fee.value as number, 'vi')}/tháng ngoài khoảng ${dong(band.min, 'vi')}–${dong(band.max, 'vi')}.`
          : `The membership fee of ${dong(fee.value as number, 'en')}/month is outside ${dong(band.min, 'en')}–${dong(band.max, 'en')}.`,
      ),
      both((l) =>
        l === 'vi'
          ? `Đặt mức phí trong khoảng ${num(band.min, 'vi')}–${num(band.max, 'vi')} đồng/tháng theo quy chế CLB.`
          : `Set the fee between ${num(band.min, 'en')} and ${num(band.max, 'en')} đồng a month in the club regulation.`,
      ),
    ),
  );
}
