// Loan books from the audit of real-like workbooks 115–122 (test/fixtures/real-like): each test
// failed before its fix.
import type { CellRange, CellValue, SheetGrid } from '../../../src/domain/grid';
import { formatDateVi, isSettled, personNames, readDate, readExtensionNote, serialFromIso } from '../../../src/domain/values';
import { check, merge, sheet } from '../recognize/grids';

const MEMBER_NAMES = [
  'Nguyễn Thị Lan',
  'Trần Thị Mai',
  'Lê Thị Hoa',
  'Phạm Thị Cúc',
  'Tô Thị Thảo',
  'Lý Văn Minh',
  'Đỗ Thị Kim',
  'Võ Thị Tám',
  ...Array.from({ length: 40 }, (_, i) => `Hồ Thị Bích ${i + 1}`),
];

function members(): SheetGrid {
  return sheet('DS thành viên', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...MEMBER_NAMES.map((n, i) => [i + 1, n, 1950, i % 3 === 2 ? 'Nam' : 'Nữ'])]);
}

/** Each header cell of the first header row (0-based `top`) not in a group merged down over both rows. */
function mergedDown(top: number, columns: readonly number[]): CellRange[] {
  return columns.map((c) => merge(top, c, top + 1, c));
}

function loanFindings(loans: SheetGrid): string[] {
  return check(members(), loans)
    .filter((f) => f.rule.startsWith('loan.') || f.rule === 'book.unreadable-value')
    .map((f) => `${f.rule} ${f.cells.join(',')}`)
    .sort();
}

function loanFinding(loans: SheetGrid, rule: string) {
  return check(members(), loans).find((f) => f.rule === rule);
}

describe('principal repaid before the year, month by month and as a running total (115)', () => {
  const title: CellValue[] = ['SỔ THEO DÕI CHO VAY VÀ THU NỢ GỐC NĂM 2025'];
  const top: CellValue[] = ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Ngày đến hạn', 'Đã trả gốc đến 31/12/2024', 'Trả gốc hàng tháng năm 2025', null, null];
  const months: CellValue[] = [null, null, null, null, null, null, null, 'T1', 'T2', 'T3'];

  it('takes the running total "Lũy kế gốc đã trả" as what was repaid, and marks an overpayment there', () => {
    const rows: CellValue[][] = [
      title,
      [...top, 'Lũy kế gốc đã trả', 'Dư nợ đến 30/6/2025'],
      [...months, null, null],
      [1, 'Nguyễn Thị Lan', '15/03/2024', 4_000_000, 0.8, '15/03/2026', 1_000_000, 500_000, null, 500_000, 2_000_000, 2_000_000],
      [2, 'Trần Thị Mai', '10/04/2024', 3_000_000, 0.8, '10/04/2026', 1_000_000, null, 10_000_000, null, 11_000_000, -8_000_000],
      [3, 'Lê Thị Hoa', '20/05/2024', 2_000_000, 0.8, '20/05/2026', null, 500_000, null, null, 500_000, 2_000_000],
    ];
    const loans = sheet('Theo dõi vay 2025', rows, { merges: [merge(1, 7, 1, 9), ...mergedDown(1, [0, 1, 2, 3, 4, 5, 6, 10, 11])] });
    expect(loanFindings(loans)).toEqual(['loan.outstanding-mismatch L6', 'loan.overpaid K5']);
  });

  it('adds up the column dated before the year and the months beside it when there is no total', () => {
    const rows: CellValue[][] = [
      title,
      [...top, 'Dư nợ đến 30/6/2025'],
      [...months, null],
      [1, 'Nguyễn Thị Lan', '15/03/2024', 4_000_000, 0.8, '15/03/2026', 1_000_000, 500_000, null, 500_000, 2_000_000],
      [2, 'Lê Thị Hoa', '20/05/2024', 2_000_000, 0.8, '20/05/2026', null, 500_000, null, null, 2_000_000],
    ];
    const loans = sheet('Theo dõi vay 2025', rows, { merges: [merge(1, 7, 1, 9), ...mergedDown(1, [0, 1, 2, 3, 4, 5, 6, 10])] });
    expect(loanFindings(loans)).toEqual(['loan.outstanding-mismatch K5']);
  });
});

describe('a half-year report with opening and closing balances (116)', () => {
  const rows: CellValue[][] = [
    ['BÁO CÁO TÌNH HÌNH CHO VAY VÀ THU NỢ QUỸ TĂNG THU NHẬP 6 THÁNG ĐẦU NĂM 2025'],
    ['STT', 'Họ và tên', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Hạn trả', 'Dư nợ đầu kỳ (01/01/2025)', 'Cho vay trong kỳ', 'Thu nợ gốc trong kỳ', null, 'Dư nợ cuối kỳ (30/6/2025)'],
    [null, null, null, null, null, null, null, null, 'Quý I', 'Quý II', null],
    [1, 'Nguyễn Thị Lan', '20/03/2024', 3_000_000, 0.8, '20/03/2025', 2_000_000, null, 1_000_000, null, 1_000_000],
    [2, 'Trần Thị Mai', '10/06/2024', 3_000_000, 0.8, '10/06/2026', 2_000_000, null, null, 1_000_000, 2_000_000],
    [3, 'Lê Thị Hoa', '15/02/2025', 5_000_000, 0.8, '15/02/2027', null, 5_000_000, null, 500_000, 4_500_000],
    [4, 'Phạm Thị Cúc', '15/08/2023', 4_000_000, 0.8, '15/08/2025', 2_000_000, null, 1_000_000, 1_000_000, 0],
  ];
  const report = () => sheet('BC cho vay 6T', rows, { merges: [merge(1, 8, 1, 9), ...mergedDown(1, [0, 1, 2, 3, 4, 5, 6, 7, 10])] });

  it('checks the closing balance against the opening balance less what was repaid in the period', () => {
    expect(loanFindings(report())).toEqual(['loan.outstanding-mismatch K5', 'loan.overdue F4']);
  });

  it('gives the closing balance, not the opening one, as what an overdue loan still owes', () => {
    const f = loanFinding(report(), 'loan.overdue');
    expect(f?.message.vi).toContain('còn nợ gốc 1.000.000');
  });

  it('names the opening balance in the mismatch message', () => {
    const f = loanFinding(report(), 'loan.outstanding-mismatch');
    expect(f?.message.vi).toContain('dư nợ đầu kỳ 2.000.000');
    expect(f?.fix.vi).toContain('1.000.000');
  });
});

describe('borrower and guarantor under group titles, loans to couples (117)', () => {
  const title: CellValue[] = ['SỔ THEO DÕI CHO VAY VỐN'];
  const tail: CellValue[] = ['Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Đã trả gốc', 'Còn nợ'];
  const data = (borrower: CellValue, card: CellValue, guarantor: CellValue, relation: CellValue, rest: CellValue[]): CellValue[] => [card, borrower, guarantor, relation, ...rest];

  it('reads "Người vay" over Số thẻ | Họ và tên as the borrower, never the guarantor under "Người bảo lãnh"', () => {
    const rows: CellValue[][] = [
      title,
      ['STT', 'Người vay', null, 'Người bảo lãnh', null, ...tail],
      [null, 'Số thẻ', 'Họ và tên', 'Họ và tên', 'Quan hệ'],
      [1, ...data('Nguyễn Thị Lan', '001', 'Trần Văn Hùng', 'Con trai', ['15/01/2025', 2_000_000, 0.8, null, 2_000_000])],
      [2, ...data('Trần Văn Tâm', null, 'Nguyễn Thị Lan', 'Mẹ (TV CLB)', ['15/02/2025', 3_000_000, 0.8, null, 3_000_000])],
      [3, ...data('Lê Thị Hoa', '003', 'Trần Thị Mai', 'TV CLB', ['15/03/2025', 2_000_000, 1.2, 500_000, 2_000_000])],
    ];
    const loans = sheet('Sổ vay vốn', rows, { merges: [merge(1, 1, 1, 2), merge(1, 3, 1, 4), ...mergedDown(1, [0, 5, 6, 7, 8, 9])] });
    expect(loanFindings(loans)).toEqual(['loan.borrower-not-member C5', 'loan.outstanding-mismatch J6', 'loan.rate-out-of-range H6']);
  });

  it('takes the borrower under "Người vay" even when the guarantor’s columns come first', () => {
    const rows: CellValue[][] = [
      title,
      ['STT', 'Người bảo lãnh', null, 'Người vay', null, ...tail],
      [null, 'Họ và tên', 'Quan hệ', 'Số thẻ', 'Họ và tên'],
      [1, 'Trần Văn Hùng', 'Con trai', '001', 'Nguyễn Thị Lan', '15/01/2025', 2_000_000, 0.8, null, 2_000_000],
      [2, 'Nguyễn Thị Lan', 'Mẹ', null, 'Trần Văn Tâm', '15/02/2025', 3_000_000, 0.8, null, 3_000_000],
    ];
    const loans = sheet('Sổ vay vốn', rows, { merges: [merge(1, 1, 1, 2), merge(1, 3, 1, 4), ...mergedDown(1, [0, 5, 6, 7, 8, 9])] });
    expect(loanFindings(loans)).toEqual(['loan.borrower-not-member E5']);
  });

  it('splits a couple written with titles into its two people', () => {
    expect(personNames('Ông Trương Văn Hai - Bà Tô Thị Thảo')).toEqual(['trương văn hai', 'tô thị thảo']);
    expect(personNames('Ông Lý Văn Minh và bà Mai Thị Lài')).toEqual(['lý văn minh', 'mai thị lài']);
    expect(personNames('Bà Đỗ Thị Kim & Ông Lưu Văn Chín')).toEqual(['đỗ thị kim', 'lưu văn chín']);
    expect(personNames('Bà Đỗ Thị Kim + Ông Lưu Văn Chín')).toEqual(['đỗ thị kim', 'lưu văn chín']);
    // A place after a dash is no second person.
    expect(personNames('Lê Văn Tư - ấp Phú Hòa')).toBeUndefined();
    expect(personNames('Nguyễn Thị Lan')).toBeUndefined();
  });

  it('takes a loan to a couple as a member’s loan when either of them is a member', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      [1, 'Ông Trương Văn Hai - Bà Tô Thị Thảo', '15/01/2025', 3_000_000, 0.8],
      [2, 'Bà Đỗ Thị Kim - Ông Lưu Văn Chín', '15/02/2025', 3_000_000, 0.8],
      [3, 'Ông Lý Văn Minh và bà Mai Thị Lài', '15/03/2025', 2_000_000, 0.8],
      [4, 'Bà Võ Thị Tám & Ông Lưu Văn Chín', '15/03/2025', 2_000_000, 0.8],
      [5, 'Ông Lưu Văn Chín + Bà Mai Thị Lài', '15/04/2025', 2_000_000, 0.8],
    ];
    expect(loanFindings(sheet('Sổ cho vay', rows))).toEqual(['loan.borrower-not-member B6']);
  });
});

describe('loan dates with a month named in letters (119)', () => {
  it('reads Google Sheets’ "20 thg 6, 2025" and "9 thg 2, 2024" (a comma before the year)', () => {
    expect(readDate('20 thg 6, 2025', null)).toEqual({ ok: true, value: 45828 });
    expect(readDate('9 thg 2, 2024', null)).toEqual({ ok: true, value: 45331 });
    expect(readDate('15 tháng 3, 2025', null)).toEqual({ ok: true, value: 45731 });
  });

  it('says which month name it could not read, not to write day/month/year, when the day is already first', () => {
    const r = readDate('19-Mrz-25', null);
    expect(r.ok).toBe(false);
    const detail = r.ok ? undefined : r.detail;
    expect(detail?.vi).toContain('Mrz');
    expect(detail?.vi).not.toContain('viết ngày/tháng/năm');
    expect(detail?.en).not.toContain('write day/month/year');
  });
});

describe('an amount written in figures and in words under "Số tiền vay" (120)', () => {
  const rows: CellValue[][] = [
    ['SỔ THEO DÕI CHO VAY QUỸ TĂNG THU NHẬP'],
    ['STT', 'Họ và tên người vay', 'Ngày vay', 'Số tiền vay', null, 'Lãi suất (%/tháng)', 'Đã trả gốc (1.000đ)', 'Dư nợ (1.000đ)'],
    [null, null, null, 'Bằng số (1.000đ)', 'Bằng chữ'],
    [1, 'Nguyễn Thị Lan', '15/01/2025', 3_500, 'Ba triệu năm trăm nghìn đồng', 0.8, null, 3_500],
    [2, 'Trần Thị Mai', '15/02/2025', 5_500, 'Năm triệu năm trăm nghìn đồng', 0.8, 1_000, 5_500],
  ];
  const loans = () => sheet('Sổ cho vay', rows, { merges: [merge(1, 3, 1, 4), ...mergedDown(1, [0, 1, 2, 5, 6, 7])] });

  it('reads "Bằng số" as the amount in its own unit, ignores "Bằng chữ", and takes no loan from the sub-header row', () => {
    expect(loanFindings(loans())).toEqual(['loan.outstanding-mismatch H5']);
  });

  it('gives every figure of the message in đồng', () => {
    const f = loanFinding(loans(), 'loan.outstanding-mismatch');
    expect(f?.message.vi).toBe('Dư nợ ghi 5.500.000 nhưng số vay 5.500.000 − gốc đã trả 1.000.000 = 4.500.000.');
  });
});

describe('settled words and extensions written in Ghi chú (121)', () => {
  it('reads "Trả đủ" as settled', () => {
    expect(isSettled('Trả đủ')).toBe(true);
    expect(isSettled('Đã trả đủ')).toBe(true);
    expect(isSettled('Xong')).toBe(true);
  });

  it('reads the new due date of an extension written in a note', () => {
    const due = serialFromIso('2025-05-20') as number;
    const read = (note: string) => {
      const d = readExtensionNote(note, due);
      return d === undefined ? undefined : formatDateVi(d);
    };
    expect(read('Gia hạn 3 tháng (BCN họp 15/5/2025)')).toBe('20/08/2025');
    expect(read('Đã gia hạn thêm 6 tháng')).toBe('20/11/2025');
    expect(read('Gia hạn đến 31/12/2025 do ốm')).toBe('31/12/2025');
    expect(read('Gia hạn tới tháng 9/2025')).toBe('30/09/2025');
    expect(read('Đã nhắc nhở 2 lần')).toBeUndefined();
    expect(read('Tất toán 30/12/2023')).toBeUndefined();
  });

  it('moves the due date by an extension written only in the notes', () => {
    const rows: CellValue[][] = [
      ['STT', 'Mã vay', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Thời hạn (tháng)', 'Ngày đến hạn', 'Đã trả gốc', 'Dư nợ', 'Ghi chú'],
      [1, 'VV23-03', 'Nguyễn Thị Lan', '05/04/2023', 5_000_000, '0,8', 12, '05/04/2024', 'Trả đủ', 0, 'Tất toán 2/4/2024'],
      [2, 'VV24-15', 'Trần Thị Mai', '20/05/2024', 7_000_000, '0,8', 12, '20/05/2025', 1_000_000, 6_000_000, 'Gia hạn 3 tháng (BCN họp 15/5/2025)'],
      [3, 'VV24-16', 'Lê Thị Hoa', '10/06/2024', 4_000_000, '0,8', 12, '10/06/2025', 500_000, 3_500_000, 'Gia hạn đến 31/12/2025 do ốm'],
      [4, 'VV24-11', 'Phạm Thị Cúc', '10/03/2024', 3_000_000, '0,8', 12, '10/03/2025', 1_000_000, 2_000_000, 'Đã nhắc nhở 2 lần'],
      [5, 'VV24-05', 'Tô Thị Thảo', '10/01/2024', 3_000_000, '0,8', 12, '10/01/2025', 1_000_000, 2_000_000, 'Gia hạn 3 tháng'],
    ];
    const loans = sheet('Theo dõi cho vay', rows);
    expect(loanFindings(loans)).toEqual(['loan.overdue H5', 'loan.overdue H6,K6']);
    const late = check(members(), loans).filter((f) => f.rule === 'loan.overdue');
    expect(late[1].message.vi).toContain('10/04/2025');
  });
});

describe('each month’s principal and interest side by side (122)', () => {
  it('adds up the Gốc columns under the months as the principal repaid', () => {
    const rows: CellValue[][] = [
      ['THEO DÕI CHO VAY, THU GỐC VÀ LÃI NĂM 2025'],
      ['STT', 'Họ và tên', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Hạn trả', 'Tháng 1/2025', null, 'Tháng 2/2025', null, 'Tháng 3/2025', null, 'Dư nợ 31/3/2025'],
      [null, null, null, null, null, null, 'Gốc', 'Lãi', 'Gốc', 'Lãi', 'Gốc', 'Lãi', null],
      [1, 'Nguyễn Thị Lan', '15/01/2024', 3_000_000, 0.8, '15/01/2026', 1_000_000, 24_000, null, 16_000, 1_000_000, 16_000, 1_000_000],
      [2, 'Trần Thị Mai', '15/02/2024', 5_000_000, 0.8, '15/02/2026', null, 40_000, 500_000, 40_000, null, 36_000, 5_000_000],
      [3, 'Lê Thị Hoa', '15/02/2024', 5_000_000, 0.8, '15/02/2026', null, 40_000, 4_000_000, 40_000, 2_000_000, 36_000, -1_000_000],
    ];
    const loans = sheet('Theo dõi vay 2025', rows, { merges: [merge(1, 6, 1, 7), merge(1, 8, 1, 9), merge(1, 10, 1, 11), ...mergedDown(1, [0, 1, 2, 3, 4, 5, 12])] });
    expect(loanFindings(loans)).toEqual(['loan.outstanding-mismatch M5', 'loan.overpaid G6']);
  });
});
