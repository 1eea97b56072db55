// Cash book (sổ quỹ) rules: every entry readable, the running balance right and never below zero.
// Vĩnh Long plan (seed 004): membership fee 2,000–5,000 đồng/month, set in the club regulation.
import type { CashBook, ClubInfo } from '../books';
import { a1 } from '../grid';
import { text } from '../text';
import { formatDateVi } from '../values';
import { finding, rowCells, type Emit, type RuleContext } from './context';
import { both, dong, num } from './format';
import { describeIssue } from './issues';

const CENT = 0.5;

export function checkCashBook(book: CashBook, _ctx: RuleContext, emit: Emit): void {
  const place = { kind: book.kind, sheet: book.sheet };
  const col = book.columns;
  /** Balance recomputed from the opening line (or from the first stated balance). */
  let running: number | undefined;
  /** The previous row's stated balance. */
  let prevStated: number | undefined;
  let wasNegative = false;

  for (const row of book.rows) {
    const { r, club } = row;
    let unreadable = false;
    for (const issue of row.issues) {
      if (issue.field === 'date' && issue.kind === 'empty') continue;
      if (!['date', 'receipt', 'payment', 'balance'].includes(issue.field) || issue.kind === 'empty') continue;
      unreadable = true;
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
    if (row.opening) {
      if (row.balance !== undefined) {
        running = row.balance;
        prevStated = row.balance;
      }
      continue;
    }
    const moved = row.receipt !== undefined || row.payment !== undefined;
    if (!moved && !unreadable) {
      emit(
        finding('fund.entry-invalid', 'error', place, club, r, rowCells(r, col.receipt, col.payment),
          text(`Dòng ${r + 1} không ghi số thu cũng không ghi số chi.`, `Row ${r + 1} has neither a receipt nor a payment.`),
          text('Ghi số tiền vào cột Thu hoặc cột Chi, hoặc xóa dòng.', 'Write the amount in the receipt (Thu) or payment (Chi) column, or delete the row.'),
        ),
      );
    }
    if (unreadable) {
      // The balance cannot be followed through an unreadable amount: resume from the next stated balance.
      running = row.balance;
      prevStated = row.balance;
      continue;
    }
    const delta = (row.receipt ?? 0) - (row.payment ?? 0);
    const fromOpening = running === undefined ? undefined : running + delta;
    if (row.balance !== undefined) {
      const b = row.balance;
      const agreesPrev = prevStated !== undefined && Math.abs(prevStated + delta - b) <= CENT;
      const agreesOpening = fromOpening !== undefined && Math.abs(fromOpening - b) <= CENT;
      const first = prevStated === undefined && fromOpening === undefined;
      if (!first && !agreesPrev && !agreesOpening) {
        const expected = prevStated !== undefined ? prevStated + delta : (fromOpening as number);
        emit(
          finding('fund.balance-mismatch', 'error', place, club, r, rowCells(r, col.balance),
            both((l) =>
              l === 'vi'
                ? `Tồn quỹ ghi ${num(b, 'vi')} nhưng tồn trước ${num(expected - delta, 'vi')} + thu ${num(row.receipt ?? 0, 'vi')} − chi ${num(row.payment ?? 0, 'vi')} = ${num(expected, 'vi')}.`
                : `The balance says ${num(b, 'en')} but previous ${num(expected - delta, 'en')} + receipts ${num(row.receipt ?? 0, 'en')} − payments ${num(row.payment ?? 0, 'en')} = ${num(expected, 'en')}.`,
            ),
            both((l) => (l === 'vi' ? `Sửa tồn quỹ thành ${num(expected, 'vi')}, hoặc sửa số thu/chi của dòng này.` : `Change the balance to ${num(expected, 'en')}, or correct this row's receipt or payment.`)),
          ),
        );
      }
      running = fromOpening ?? b;
      prevStated = b;
    } else {
      running = fromOpening;
      if (prevStated !== undefined) prevStated += delta;
    }
    const now = running ?? prevStated;
    if (now !== undefined && now < -CENT) {
      if (!wasNegative) {
        emit(
          finding('fund.overdrawn', 'error', place, club, r, rowCells(r, col.payment, col.balance),
            both((l) =>
              l === 'vi'
                ? `Sau khoản chi ngày ${row.date !== undefined ? formatDateVi(row.date) : `ở dòng ${r + 1}`}, quỹ âm ${dong(-now, 'vi')}.`
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
