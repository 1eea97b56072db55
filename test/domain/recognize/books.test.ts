import type { CellValue } from '../../../src/domain/grid';
import { recognize } from '../../../src/domain/recognize';
import { loanSheet, memberSheet, sheet, workbook } from './grids';

const repaymentSheet = () =>
  sheet('Thu nợ', [
    ['SỔ THEO DÕI TRẢ NỢ', null, null, null, null],
    ['STT', 'Mã vay', 'Người vay', 'Ngày trả', 'Tiền gốc', 'Tiền lãi'],
    [1, 'V01', 'Nguyễn Thị Lan', '15/03/2025', '1.000.000', 40000],
    [2, null, 'Lê Thị Hoà', 45748, 500000, null],
    [3, null, null, 45749, 500000, null],
  ]);

describe('loan book and repayment log', () => {
  it('reads a loan book: amounts as text, rates per month', () => {
    const r = recognize(workbook(loanSheet()));
    const book = r.loans[0];
    expect(book.rows).toHaveLength(3);
    expect(book.rows[1]).toMatchObject({ borrower: 'Lê Thị Hoà', borrowerKey: 'lê thị hòa', amount: 3000000, date: 45320 });
    expect(book.rows[1].rate).toMatchObject({ monthlyPercent: 0.8, period: 'month' });
    expect(r.repayments).toEqual([]);
  });

  it('reads a yearly rate column and optional columns', () => {
    const rows: CellValue[][] = [
      ['Số HĐ', 'Họ và tên', 'Ngày giải ngân', 'Số tiền (đồng)', 'Hình thức', 'Lãi suất (%/năm)', 'Thời hạn (tháng)', 'Ngày đến hạn', 'Đã trả gốc', 'Lãi đã trả', 'Còn nợ', 'Mục đích vay'],
      [12, 'Nguyễn Thị Lan', '05/01/2025', '5.000.000 đ', 'Tiền mặt', '9,6', 12, '05/01/2026', 1000000, 120000, 4000000, 'Nuôi heo'],
      ['HĐ-13', 'Trần Văn Hùng', 45300, 6000000, 'Bò giống', 12, 'một năm', null, null, null, null, null],
      ['HĐ-14', 'Võ Văn Hưng', 'mai', null, null, null, null, null, null, null, null, null],
    ];
    const book = recognize(workbook(sheet('Vay', rows))).loans[0];
    expect(book.rows[0]).toMatchObject({ id: '12', amount: 5000000, kind: 'cash', term: 12, due: 46027, principalRepaid: 1000000, interestPaid: 120000, outstanding: 4000000, purpose: 'Nuôi heo' });
    expect(book.rows[0].rate).toMatchObject({ monthlyPercent: 0.8, period: 'year' });
    expect(book.rows[1]).toMatchObject({ id: 'HĐ-13', kind: 'in-kind' });
    expect(book.rows[1].issues.map((i) => i.field)).toEqual(['term']);
    expect(book.rows[2].issues.map((i) => [i.field, i.kind])).toEqual([
      ['date', 'unreadable'],
      ['amount', 'empty'],
      ['rate', 'empty'],
    ]);
  });

  it('tells a repayment log (payment date and principal, no rate) from a loan book', () => {
    const r = recognize(workbook(loanSheet(), repaymentSheet()));
    expect(r.loans.map((b) => b.sheet)).toEqual(['Sổ cho vay']);
    expect(r.repayments.map((b) => b.sheet)).toEqual(['Thu nợ']);
    const rows = r.repayments[0].rows;
    expect(rows[0]).toMatchObject({ loanId: 'V01', borrowerKey: 'nguyễn thị lan', date: 45731, principal: 1000000, interest: 40000 });
    expect(rows[1]).toMatchObject({ loanId: undefined, borrowerKey: 'lê thị hòa', principal: 500000 });
    expect(rows[2].issues).toEqual([expect.objectContaining({ field: 'loanId', kind: 'empty' })]);
  });

  it('reads a loan book that also has payment columns as a loan book', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Ngày trả', 'Gốc đã trả'],
      ['Nguyễn Thị Lan', 45300, 5000000, 0.008, 45400, 1000000],
    ];
    const r = recognize(workbook(sheet('Vay', rows, { formats: [[], [null, null, null, '0.0%']] })));
    expect(r.loans).toHaveLength(1);
    expect(r.repayments).toHaveLength(0);
    expect(r.loans[0].rows[0].rate).toMatchObject({ monthlyPercent: 0.8, form: 'percent-cell' });
  });
});

describe('cash book', () => {
  it('marks the opening-balance line and reads the funds', () => {
    const rows: CellValue[][] = [
      ['SỔ QUỸ TIỀN MẶT', null, null, null, null, null, null],
      ['Ngày', 'Số phiếu', 'Diễn giải', 'Quỹ', 'Thu', 'Chi', 'Tồn'],
      [null, null, 'Tồn đầu kỳ', 'Hoạt động', null, null, 1200000],
      ['05/01/2025', 'PT01', 'Thu phí thành viên tháng 1', 'Hoạt động', '300.000', null, 1500000],
      [45667, 'PC01', 'Chi cho vay', 'Tăng thu nhập', null, 5000000, -3500000],
      ['Cộng tháng 1', null, null, null, 300000, 5000000, null],
      [45700, 'PT02', 'Thu lãi', 'Quỹ TTN', 40000, null, -3460000],
      [45701, 'PT03', 'Thu khác', 'không rõ', 10000, null, -3450000],
      ['Cộng', null, null, null, 350000, 5000000, null],
    ];
    const book = recognize(workbook(sheet('Sổ quỹ', rows))).cashbooks[0];
    expect(book.rows.map((c) => c.r)).toEqual([2, 3, 4, 6, 7]);
    expect(book.rows[0]).toMatchObject({ opening: true, balance: 1200000, fund: 'activity' });
    expect(book.rows[0].issues).toEqual([]);
    expect(book.rows[1]).toMatchObject({ opening: false, date: 45662, voucher: 'PT01', receipt: 300000, fund: 'activity' });
    expect(book.rows[2]).toMatchObject({ payment: 5000000, fund: 'income' });
    expect(book.rows[3].fund).toBe('income');
    expect(book.rows[4].issues).toEqual([expect.objectContaining({ field: 'fund', kind: 'unreadable' })]);
  });

  it('reads a two-row header with "Số tiền" over Thu | Chi | Tồn and "Chứng từ" over Số | Ngày', () => {
    const rows: CellValue[][] = [
      ['Chứng từ', null, 'Diễn giải', 'Số tiền', null, null],
      ['Số', 'Ngày', null, 'Thu', 'Chi', 'Tồn'],
      [null, null, 'Số dư đầu kỳ', null, null, 500000],
      ['PT01', '02/01/2025', 'Thu hội phí', 200000, null, 700000],
    ];
    const book = recognize(workbook(sheet('SQ', rows, { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 0, left: 2, bottom: 1, right: 2 }, { top: 0, left: 3, bottom: 0, right: 5 }] }))).cashbooks[0];
    expect(book.headerBottom).toBe(1);
    expect(book.columns.voucher?.c).toBe(0);
    expect(book.columns.date?.c).toBe(1);
    expect(book.columns.receipt?.c).toBe(3);
    expect(book.rows.map((c) => [c.opening, c.voucher, c.date, c.receipt, c.balance])).toEqual([
      [true, undefined, undefined, undefined, 500000],
      [false, 'PT01', 45659, 200000, 700000],
    ]);
  });

  it('takes a first row with only a balance as the opening line', () => {
    const rows: CellValue[][] = [
      ['Ngày tháng', 'Nội dung', 'Số tiền thu', 'Số tiền chi', 'Tồn quỹ'],
      [null, null, null, null, 2000000],
      [45662, 'Thu phí', 150000, null, 2150000],
    ];
    const book = recognize(workbook(sheet('Quy', rows))).cashbooks[0];
    expect(book.rows.map((c) => c.opening)).toEqual([true, false]);
  });
});

describe('club information sheet', () => {
  it('reads label / value pairs', () => {
    const rows: CellValue[][] = [
      ['THÔNG TIN CÂU LẠC BỘ', null, null],
      ['Tên CLB:', null, 'CLB LTHTGN ấp Phú Hòa'],
      ['Thôn/Ấp', 'Phú Hòa', null],
      ['Xã/Phường', 'An Bình', null],
      ['Tỉnh', 'Vĩnh Long', null],
      ['Ngày thành lập', '15/03/2018', null],
      ['Mức phí thành viên (đồng/tháng)', '5.000', null],
      ['Lãi suất cho vay (%/tháng)', 0.8, null],
      ['Vốn quỹ tăng thu nhập (đồng)', '50.000.000', null],
      ['Vốn quỹ hoạt động (đồng)', 'chưa có', null],
    ];
    const r = recognize(workbook(sheet('Thông tin', rows)));
    expect(r.clubInfo).toHaveLength(1);
    const info = r.clubInfo[0];
    expect(info.sheet).toBe('Thông tin');
    expect(info.name).toEqual({ value: 'CLB LTHTGN ấp Phú Hòa', r: 1, c: 2, raw: 'CLB LTHTGN ấp Phú Hòa' });
    expect(info.hamlet?.value).toBe('Phú Hòa');
    expect(info.commune?.value).toBe('An Bình');
    expect(info.province?.value).toBe('Vĩnh Long');
    expect(info.district).toBeUndefined();
    expect(info.founded?.value).toBe(43174);
    expect(info.fee?.value).toBe(5000);
    expect(info.rate?.value).toMatchObject({ monthlyPercent: 0.8, period: 'month' });
    expect(info.incomeCapital?.value).toBe(50000000);
    expect(info.activityCapital?.value).toBeUndefined();
    expect(info.issues).toEqual([expect.objectContaining({ field: 'activityCapital', kind: 'unreadable', c: 1, raw: 'chưa có' })]);
  });

  it('names the club of the books when there is one club-info sheet and one member list', () => {
    const info = sheet('TT', [
      ['Tên câu lạc bộ', 'CLB Phú Hòa'],
      ['Xã', 'An Bình'],
    ]);
    const r = recognize(workbook(info, memberSheet(), loanSheet()));
    expect(r.members[0].club).toBe('CLB Phú Hòa');
    expect(r.members[0].rows[0].club).toBe('CLB Phú Hòa');
    expect(r.loans[0].club).toBe('CLB Phú Hòa');
  });

  it('is not recognized from a single label', () => {
    const r = recognize(workbook(sheet('Ghi chú', [['Tỉnh', 'Vĩnh Long']])));
    expect(r.clubInfo).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('a sheet that looks like a book but lacks a required column', () => {
  it('is reported with the missing column named, in both languages', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Giới tính', 'Hoàn cảnh', 'Chức vụ'],
      [1, 'Nguyễn Thị Lan', 'Nữ', 'HN', 'CN'],
    ];
    const r = recognize(workbook(sheet('DS', rows)));
    expect(r.members).toEqual([]);
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0];
    expect(p).toMatchObject({ sheet: 'DS', kind: 'missing-column', book: 'members', r: 0, c: 0 });
    expect(p.message.vi).toBe("Trang 'DS' giống danh sách thành viên nhưng không có cột năm sinh.");
    expect(p.message.en).toBe("Sheet 'DS' looks like a member list but has no birth year column.");
    expect(p.fix.vi).toContain('Năm sinh');
    expect(p.fix.en).toContain('Add');
  });

  it('is reported when only the name and one more member header are there', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh'],
      [1, 'Nguyễn Thị Lan', 1955],
    ];
    const p = recognize(workbook(sheet('DS', rows))).problems;
    expect(p.map((x) => x.message.en)).toEqual(["Sheet 'DS' looks like a member list but has no sex column."]);
  });

  it('names every missing column', () => {
    const rows: CellValue[][] = [['Người vay', 'Ngày vay', 'Dư nợ', 'Thời hạn']];
    const p = recognize(workbook(sheet('Vay', rows))).problems[0];
    expect(p.message.en).toBe("Sheet 'Vay' looks like a loan book but has no loan amount or interest rate column.");
    expect(p.message.vi).toBe("Trang 'Vay' giống sổ theo dõi cho vay nhưng không có cột số tiền vay và lãi suất.");
  });

  it('ignores sheets that look like nothing', () => {
    const r = recognize(workbook(sheet('Ghi chú', [['Họp ngày 5/3'], ['Nội dung: bầu ban chủ nhiệm']]), sheet('Trống', [])));
    expect(r).toEqual({ members: [], loans: [], repayments: [], cashbooks: [], clubInfo: [], problems: [] });
  });
});

describe('the user’s sheet assignment', () => {
  it('ignores a sheet set to none', () => {
    const r = recognize(workbook(memberSheet('DS'), loanSheet()), { DS: 'none' });
    expect(r.members).toEqual([]);
    expect(r.loans).toHaveLength(1);
  });

  it('forces a kind, and reports what the forced kind lacks', () => {
    const r = recognize(workbook(memberSheet('DS')), { DS: 'loans' });
    expect(r.members).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message.en).toBe("Sheet 'DS' was set as a loan book but has no loan date, loan amount or interest rate column.");
  });

  it('forces a sheet that looks like too little into a book', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Thu', 'Chi'],
      [45662, 10000, null],
    ];
    expect(recognize(workbook(sheet('Nháp', rows))).cashbooks).toHaveLength(1);
    const r = recognize(workbook(sheet('Nháp', rows)), { 'Nháp': 'cashbook' });
    expect(r.cashbooks).toHaveLength(1);
    const r2 = recognize(workbook(sheet('Nháp', rows)), { 'Nháp': 'clubInfo' });
    expect(r2.cashbooks).toHaveLength(0);
    expect(r2.clubInfo).toHaveLength(1);
  });
});

describe('hidden sheets', () => {
  it('count when no visible sheet is the same book', () => {
    const r = recognize(workbook(sheet('Trang bìa', [['SỔ SÁCH CLB']]), { ...memberSheet('DS ẩn'), hidden: true }));
    expect(r.members.map((b) => b.sheet)).toEqual(['DS ẩn']);
  });

  it('are left out when a visible sheet is the same book (an old hidden copy)', () => {
    const r = recognize(workbook({ ...memberSheet('DS 2023'), hidden: true }, memberSheet('DS 2025')));
    expect(r.members.map((b) => b.sheet)).toEqual(['DS 2025']);
  });
});
