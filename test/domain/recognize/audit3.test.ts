// Layouts and habits from the third audit of real-like workbooks (test/fixtures/real-like 38–53);
// each test failed before its fix.
import type { CellValue } from '../../../src/domain/grid';
import { matchHeader } from '../../../src/domain/recognize';
import { recognize } from '../../../src/domain/recognize';
import { clubFromTitle } from '../../../src/domain/recognize/clubs';
import { serialFromIso } from '../../../src/domain/values';
import { check, sheet, workbook } from './grids';


const MEMBERS: CellValue[][] = [
  ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
  [1, 'Nguyễn Thị Lan', 1950, 'Nữ'],
  [2, 'Trần Văn Ba', 1948, 'Nam'],
];

describe('headers', () => {
  it.each([
    ['members', 'Ngày/tháng/năm sinh', 'birth'],
    ['members', 'Hộ nghèo/cận nghèo', 'hardship'],
    ['loans', 'Lãi suất/tháng', 'rate'],
    ['loans', 'Ngày-vay', 'date'],
    ['loans', 'Tên thành viên', 'borrower'],
    ['loans', 'Số tiền đã trả', 'principalRepaid'],
  ] as const)('%s: "%s" names the %s column', (kind, header, field) => {
    expect(matchHeader(kind, header)?.field).toBe(field);
  });

  it('does not read "Điện thoại" (phone) as "Diện" (hardship), but still reads headers typed without diacritics', () => {
    expect(matchHeader('members', 'Điện thoại')).toBeUndefined();
    expect(matchHeader('members', 'Dien ho')?.field).toBe('hardship');
    expect(matchHeader('members', 'Gioi tinh')?.field).toBe('sex');
  });
});

describe('rows that are not loans or members', () => {
  it('skips a balance carried over from last year\'s loan sheet ("Dư nợ năm 2024 chuyển sang")', () => {
    const rows: CellValue[][] = [
      ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
      [null, 'Dư nợ năm 2024 chuyển sang', null, null, null, 12_000_000],
      [1, 'Nguyễn Thị Lan', '10/1/2025', 5_000_000, 0.8, 5_000_000],
    ];
    const book = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay 2025', rows))).loans[0];
    expect(book.rows.map((l) => l.borrower)).toEqual(['Nguyễn Thị Lan']);
  });

  it('ends an Excel Table at its "Total" row', () => {
    const rows: CellValue[][] = [...MEMBERS, ['Total', null, null, null, 2]];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows).toHaveLength(2);
  });
});

describe('ledger habits', () => {
  it('reads "-" in an amount column as nothing written, and "Đã tất toán" in Dư nợ as nothing owed', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Đã trả gốc', 'Dư nợ'],
      ['Nguyễn Thị Lan', '10/1/2025', 5_000_000, 0.8, '-', 5_000_000],
      ['Trần Văn Ba', '10/1/2024', 3_000_000, 0.8, 3_000_000, 'Đã tất toán'],
    ];
    const book = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', rows))).loans[0];
    expect(book.rows.map((l) => [l.principalRepaid, l.outstanding])).toEqual([
      [undefined, 5_000_000],
      [3_000_000, 0],
    ]);
    expect(check(sheet('DS', MEMBERS), sheet('Vay', rows)).filter((f) => f.rule.startsWith('loan.') || f.rule.startsWith('book.'))).toEqual([]);
  });

  it('adds up a loan written in cash and in kind under "Số tiền vay" over Tiền mặt | Hiện vật (quy ra tiền)', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', null, 'Lãi suất (%/tháng)'],
      [null, null, 'Tiền mặt', 'Hiện vật (quy ra tiền)', null],
      ['Nguyễn Thị Lan', '10/1/2025', 5_000_000, null, 0.8],
      ['Trần Văn Ba', '10/1/2025', null, 8_000_000, 0.8],
    ];
    const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }];
    const book = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', rows, { merges }))).loans[0];
    expect(book.rows.map((l) => l.amount)).toEqual([5_000_000, 8_000_000]);
  });

  it('reads a rate column headed in per mille', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (‰/tháng)'],
      ['Nguyễn Thị Lan', '10/1/2025', 5_000_000, 8],
      ['Trần Văn Ba', '10/1/2025', 5_000_000, 15],
    ];
    const found = check(sheet('DS', MEMBERS), sheet('Vay', rows)).filter((f) => f.rule.startsWith('loan.rate'));
    expect(found.map((f) => f.cells)).toEqual([['D3']]);
    expect(found[0].message.vi).toContain('1,5%/tháng');
    expect(found[0].message.vi).not.toContain('lãi suất năm');
  });
});

describe('a number where a name goes', () => {
  it('reports a member row whose name cell holds a number, and a loan whose borrower cell does', () => {
    const members: CellValue[][] = [...MEMBERS, [3, 910100200, 1952, 'Nữ']];
    const loans: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      [12, '10/1/2025', 5_000_000, 0.8],
    ];
    const found = check(sheet('DS', members), sheet('Vay', loans));
    const missing = found.filter((f) => f.rule === 'member.name-missing' || f.rule === 'loan.borrower-missing');
    expect(missing.map((f) => [f.rule, f.cells[0]])).toEqual([
      ['member.name-missing', 'B4'],
      ['loan.borrower-missing', 'A2'],
    ]);
    expect(missing[0].message.vi).toContain('"910100200"');
    expect(missing[1].message.en).toContain('"12" in the borrower cell');
  });
});

describe('a member written over two rows', () => {
  it('reads each member once, and does not warn about the cells merged down over the member\'s rows', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Địa chỉ / Điện thoại'],
      [1, 'Nguyễn Thị Lan', 1950, 'Nữ', 'Tổ 1'],
      [null, null, null, null, '0910 100 200'],
      [2, 'Trần Văn Ba', 1948, 'Nam', 'Tổ 2'],
      [null, null, null, null, '0910 100 300'],
    ];
    const merges = [0, 1, 2, 3].flatMap((j) => [
      { top: 1, left: j, bottom: 2, right: j },
      { top: 3, left: j, bottom: 4, right: j },
    ]);
    const book = recognize(workbook(sheet('DS', rows, { merges }))).members[0];
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Ba']);
    expect(check(sheet('DS', rows, { merges })).filter((f) => f.rule.startsWith('member.') || f.rule.startsWith('book.'))).toEqual([]);
  });
});

describe('sheets that are not books', () => {
  const INFO: CellValue[][] = [
    ['THÔNG TIN CLB'],
    ['Tên CLB', 'CLB LTHTGN ấp Phú Hòa'],
    ['Xã', 'Phú Hưng'],
    ['Mức phí thành viên (đồng/tháng)', 10_000],
    [],
    ['BAN CHỦ NHIỆM'],
    ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'],
    [1, 'Nguyễn Thị Lan', 1950, 'Nữ', 'Chủ nhiệm'],
    [2, 'Trần Văn Ba', 1948, 'Nam', 'Phó chủ nhiệm'],
  ];

  it('reads a club-information sheet with the board listed under it as club information, not a member list', () => {
    const rec = recognize(workbook(sheet('Thông tin CLB', INFO), sheet('DS', MEMBERS)));
    expect(rec.clubInfo.map((c) => c.sheet)).toEqual(['Thông tin CLB']);
    expect(rec.members.map((m) => m.sheet)).toEqual(['DS']);
    expect(check(sheet('Thông tin CLB', INFO), sheet('DS', MEMBERS)).filter((f) => f.rule === 'fund.fee-out-of-range')).toHaveLength(1);
  });

  it('does not read a sheet of instructions as club information', () => {
    const guide: CellValue[][] = [
      ['HƯỚNG DẪN GHI SỔ'],
      ['1. Tên CLB: ghi đầy đủ theo quyết định thành lập.'],
      ['- Lãi suất: ghi theo tháng, trong khoảng quy định.'],
      ['4. Mức phí thành viên: từ 2.000 đến 5.000 đồng mỗi tháng.'],
    ];
    const rec = recognize(workbook(sheet('Hướng dẫn', guide), sheet('DS', MEMBERS)));
    expect(rec.clubInfo).toEqual([]);
    expect(check(sheet('Hướng dẫn', guide), sheet('DS', MEMBERS)).filter((f) => f.sheet === 'Hướng dẫn')).toEqual([]);
  });

  it('reads a report form\'s figures past its unit column (Chỉ tiêu | Đơn vị tính | Kết quả)', () => {
    const form: CellValue[][] = [
      ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CLB'],
      ['Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
      ['Tên CLB', null, 'CLB LTHTGN ấp Phú Hòa'],
      ['Mức phí thành viên', 'nghìn đồng/tháng', 3],
      ['Lãi suất cho vay', '%/tháng', 0.8],
    ];
    const rec = recognize(workbook(sheet('Báo cáo', form)));
    expect([rec.clubInfo[0].fee?.value, rec.clubInfo[0].rate?.value?.monthlyPercent]).toEqual([3000, 0.8]);
    expect(rec.clubInfo[0].issues).toEqual([]);
  });

  it('does not report a summary by group (counts under Nữ, Hộ nghèo, TNV) as a member list without names', () => {
    const summary: CellValue[][] = [
      ['Tổ', 'Số thành viên', 'Nữ', 'Hộ nghèo', 'Cận nghèo', 'TNV'],
      ['Tổ 1', 15, 10, 4, 3, 2],
      ['Tổ 2', 14, 9, 5, 2, 2],
    ];
    expect(check(sheet('Tổng hợp', summary), sheet('DS', MEMBERS)).filter((f) => f.sheet === 'Tổng hợp')).toEqual([]);
  });
});

describe('invisible characters pasted with names and numbers', () => {
  it.each(['2060', '200E', '00AD', '200B', 'FEFF'])('matches a borrower and reads an amount with U+%s in them', (code) => {
    const mark = String.fromCharCode(parseInt(code, 16));
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      [`Nguyễn Thị ${mark}Lan${mark}`, `10/1/2025${mark}`, `5.000.000${mark}`, 0.8],
    ];
    const book = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', rows))).loans[0];
    expect(book.rows[0].amount).toBe(5_000_000);
    expect(check(sheet('DS', MEMBERS), sheet('Vay', rows)).filter((f) => f.rule.startsWith('loan.') || f.rule.startsWith('book.'))).toEqual([]);
  });
});

describe("last year's member list kept beside this year's", () => {
  const people = (n: number, from = 0): CellValue[][] => Array.from({ length: n }, (_, k) => [k + 1, `Nguyễn Thị Người ${from + k}`, 1950, 'Nữ']);
  const list = (title: string, rows: CellValue[][]): CellValue[][] => [[title], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...rows];

  it('checks only the newer list (by the year in its name), and says the older one was left out', () => {
    const old = sheet('DS 2024', list('DANH SÁCH THÀNH VIÊN CLB ẤP PHÚ HÒA NĂM 2024', people(55)));
    const now = sheet('DS 2025', list('DANH SÁCH THÀNH VIÊN CLB ẤP PHÚ HÒA NĂM 2025', people(58, 3)));
    for (const order of [[old, now], [now, old]]) {
      const rec = recognize(workbook(...order));
      expect(rec.members.map((m) => m.sheet)).toEqual(['DS 2025']);
      const found = check(...order);
      expect(found.filter((f) => f.rule === 'member.duplicate' || f.rule === 'club.size')).toEqual([]);
      const note = found.filter((f) => f.rule === 'book.older-copy');
      expect(note.map((f) => [f.sheet, f.severity])).toEqual([['DS 2024', 'info']]);
      expect(note[0].message.en).toContain("only 'DS 2025' is checked");
    }
  });

  it('reads the club of a title without the list\'s year', () => {
    expect(clubFromTitle('DANH SÁCH THÀNH VIÊN CLB ẤP PHÚ HÒA NĂM 2025')).toBe('CLB ẤP PHÚ HÒA');
    expect(clubFromTitle('Danh sách thành viên CLB LTHTGN ấp Tân An (2024)')).toBe('CLB LTHTGN ấp Tân An');
    expect(clubFromTitle('CLB LTHTGN Khu phố 2')).toBe('CLB LTHTGN Khu phố 2');
  });

  it('keeps a club list split over sheets of different people', () => {
    const a = sheet('Tổ 1', list('DANH SÁCH THÀNH VIÊN CLB ẤP PHÚ HÒA', people(30)));
    const b = sheet('Tổ 2', list('DANH SÁCH THÀNH VIÊN CLB ẤP PHÚ HÒA', people(30, 30)));
    expect(recognize(workbook(a, b)).members.map((m) => m.sheet)).toEqual(['Tổ 1', 'Tổ 2']);
  });
});

describe('cash books and club information as treasurers keep them (fourth audit)', () => {
  it('reads "Số dư đầu kỳ" typed in the date column, and a transfer "chuyển sang" quỹ hoạt động as a payment', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      ['Số dư đầu kỳ', null, null, null, 1_000_000],
      ['5/1/2025', 'Thu lãi', 200_000, null, 1_200_000],
      ['31/3/2025', 'Trích 30% tiền lãi chuyển sang quỹ hoạt động', null, 60_000, 1_140_000],
    ];
    expect(check(sheet('Sổ quỹ', rows)).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('goes on past a "Cộng tháng 1" line in a repayment log', () => {
    const loans: CellValue[][] = [
      ['Mã vay', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
      ['V1', 'Nguyễn Thị Lan', '10/1/2025', 3_000_000, 0.8, 1_000_000],
    ];
    const log: CellValue[][] = [
      ['Mã vay', 'Ngày trả', 'Số tiền trả gốc'],
      ['V1', '10/2/2025', 1_000_000],
      ['Cộng tháng 2', null, 1_000_000],
      ['V1', '10/3/2025', 1_000_000],
      ['Cộng tháng 3', null, 1_000_000],
      ['Tổng cộng', null, 2_000_000],
    ];
    expect(recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', loans), sheet('Thu nợ', log))).repayments[0].rows).toHaveLength(2);
    expect(check(sheet('DS', MEMBERS), sheet('Vay', loans), sheet('Thu nợ', log)).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
  });

  it('reads a fee "3.000đ/tháng/người", a "Tổng vốn quỹ tăng thu nhập" and a founding date inside a sentence', () => {
    const info: CellValue[][] = [
      ['Tên CLB', 'CLB LTHTGN ấp Phú Hòa'],
      ['Ngày thành lập', 'Thành lập năm 2019 theo QĐ số 123/QĐ-UBND ngày 15/3/2019'],
      ['Mức phí thành viên', '3.000đ/tháng/người'],
      ['Tổng vốn quỹ tăng thu nhập (đồng)', 45_000_000],
    ];
    const ci = recognize(workbook(sheet('Thông tin CLB', info))).clubInfo[0];
    expect([ci.fee?.value, ci.incomeCapital?.value, ci.founded?.value]).toEqual([3000, 45_000_000, serialFromIso('2019-03-15')]);
    expect(ci.issues).toEqual([]);
  });
});

describe('files holding several clubs (fourth audit)', () => {
  const people = (n: number, from: number): CellValue[][] => Array.from({ length: n }, (_, k) => [k + 1, `Lê Thị Người ${from + k}`, 1950, 'Nữ']);
  const list = (title: string, rows: CellValue[][]): CellValue[][] => [[title], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...rows];

  it('does not take a letterhead of club words only ("CLB LIÊN THẾ HỆ TỰ GIÚP NHAU") for the club: each sheet is its own club', () => {
    const a = sheet('CLB Ấp 1', list('CLB LIÊN THẾ HỆ TỰ GIÚP NHAU', people(55, 0)));
    const b = sheet('Ap 2', list('CLB LIÊN THẾ HỆ TỰ GIÚP NHAU', people(55, 100)));
    expect(recognize(workbook(a, b)).members.map((m) => m.club)).toEqual(['CLB Ấp 1', 'Ap 2']);
    expect(clubFromTitle('CLB LIÊN THẾ HỆ TỰ GIÚP NHAU')).toBeUndefined();
  });

  it('takes a loan book\'s "Ấp Phú Hòa" for the member list\'s "CLB LTHTGN ấp Phú Hoà", but keeps "CLB ấp 1" and "Tổ 1" apart', () => {
    const members: CellValue[][] = [
      ['Tên CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['CLB LTHTGN ấp Phú Hoà', 'Nguyễn Thị Lan', 1950, 'Nữ'],
      ['CLB LTHTGN ấp Tân Lợi', 'Trần Văn Ba', 1948, 'Nam'],
      ['CLB ấp 1', 'Lê Thị Cúc', 1951, 'Nữ'],
      ['Tổ 1', 'Lê Thị Mai', 1952, 'Nữ'],
    ];
    const loans: CellValue[][] = [
      ['CLB', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Ấp Phú Hòa', 'Nguyễn Thị Lan', '10/1/2025', 5_000_000, 0.8],
      ['Ấp Tân Lợi', 'Nguyễn Thị Lan', '10/1/2025', 5_000_000, 0.8],
    ];
    const rec = recognize(workbook(sheet('DS', members), sheet('Vay', loans)));
    expect(new Set(rec.members[0].rows.map((m) => m.club)).size).toBe(4);
    expect(rec.loans[0].rows.map((l) => l.club)).toEqual(['CLB LTHTGN ấp Phú Hoà', 'CLB LTHTGN ấp Tân Lợi']);
    const notMember = check(sheet('DS', members), sheet('Vay', loans)).filter((f) => f.rule === 'loan.borrower-not-member');
    expect(notMember.map((f) => f.cells)).toEqual([['B3']]);
  });

  it("uses a club's information sheet for that club only, found by its place, not for the other clubs of the file", () => {
    const info: CellValue[][] = [
      ['Tên CLB', 'CLB Liên thế hệ tự giúp nhau ấp Tân Lợi'],
      ['Vốn quỹ tăng thu nhập (đồng)', 10_000_000],
    ];
    const tanLoi = sheet('DS Tân Lợi', list('DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP TÂN LỢI', people(55, 0)));
    const phuHoa = sheet('DS Phú Hòa', list('DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP PHÚ HÒA', people(55, 100)));
    const loan = (name: string): CellValue[][] => [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      [name, '10/1/2025', 12_000_000, 0.8],
    ];
    const found = check(sheet('TT Tân Lợi', info), tanLoi, phuHoa, sheet('Vay Tân Lợi', loan('Lê Thị Người 1')), sheet('Vay Phú Hòa', loan('Lê Thị Người 101')));
    expect(found.filter((f) => f.rule === 'loan.fund-exceeded').map((f) => f.sheet)).toEqual(['Vay Tân Lợi']);
  });
});

describe('subtotals of roll-ups', () => {
  it('goes on past "Cộng CLB01" and Excel\'s "<club> Total" lines, and ends at "Grand Total"', () => {
    const rows: CellValue[][] = [
      ['CLB', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['CLB01', 'Nguyễn Thị Lan', '10/1/2025', 5_000_000, 0.8],
      ['Cộng CLB01', null, null, 5_000_000, null],
      ['CLB02', 'Trần Văn Ba', '10/1/2025', 3_000_000, 0.8],
      ['CLB02 Total', null, null, 3_000_000, null],
      ['CLB03', 'Lê Thị Cúc', '10/1/2025', 2_000_000, 0.8],
      ['Grand Total', null, null, 10_000_000, null],
      ['CLB04', 'Người ký', '1/1/2025', 1, 1],
    ];
    expect(recognize(workbook(sheet('Vay', rows))).loans[0].rows.map((l) => l.borrower)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Ba', 'Lê Thị Cúc']);
  });
});

describe('old files and unusual producers (fourth audit)', () => {
  it('does not count rows holding only an unticked checkbox as members', () => {
    const rows: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'TNV'], [1, 'Nguyễn Thị Lan', 1950, 'Nữ', true], [null, null, null, null, false], [null, null, null, null, false]];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows).toHaveLength(1);
  });

  it('reads ISO date-times as web exports write them, statuses with their date, and "Ð" for "Đ"', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày vào CLB', 'Tình trạng'],
      [1, 'Ðỗ Thị Hoa', 1950, 'Nữ', '2017-03-01T00:00:00', 'Đang sinh hoạt'],
      [2, 'Trần Văn Ba', 1948, 'Nam', '2017-03-01T00:00:00Z', 'Đã mất (2024)'],
      [3, 'Lê Thị Cúc', 1951, 'Nữ', '2018-05-02T08:30:00+07:00', 'Chuyển đi (3/2024)'],
      [4, 'Lê Thị Mai', 1952, 'Nữ', null, 'Đã chuyển đi'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.status)).toEqual(['active', 'deceased', 'moved', 'moved']);
    expect(book.rows[0].joined).toBe(serialFromIso('2017-03-01'));
    expect(book.rows[0].nameKey).toBe(book.rows[0].nameKey && 'đỗ thị hoa');
    expect(book.rows.flatMap((m) => m.issues)).toEqual([]);
  });
});

describe('cash-book balances (fourth audit)', () => {
  it("follows each fund's own balance in a book with a Quỹ column, and checks month-end lines", () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Quỹ', 'Diễn giải', 'Thu', 'Chi', 'Tồn quỹ'],
      ['1/1/2025', 'TTN', 'Số dư đầu năm', null, null, 10_000_000],
      ['1/1/2025', 'HĐ', 'Số dư đầu năm', null, null, 500_000],
      ['5/1/2025', 'TTN', 'Thu nợ gốc', 1_000_000, null, 11_000_000],
      ['6/1/2025', 'HĐ', 'Thu phí', 150_000, null, 650_000],
      ['9/1/2025', 'HĐ', 'Chi thăm ốm', null, 200_000, 450_000],
      ['31/1/2025', 'TTN', 'Tồn cuối tháng 1', null, null, 11_000_000],
      // 450.000 in the activity fund, not 500.000
      ['31/1/2025', 'HĐ', 'Tồn cuối tháng 1', null, null, 500_000],
    ];
    const found = check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => [f.rule, f.cells])).toEqual([['fund.balance-mismatch', ['F8']]]);
  });
});

describe('a district roll-up with Huyện | Xã | CLB columns', () => {
  it('keeps "CLB ấp 1" of one commune apart from "CLB ấp 1" of another', () => {
    const members: CellValue[][] = [
      ['Huyện', 'Xã', 'CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['Long Hồ', 'Long Phước', 'CLB ấp 1', 'Nguyễn Thị Lan', 1950, 'Nữ'],
      ['Long Hồ', 'Phú Đức', 'CLB ấp 1', 'Trần Văn Ba', 1948, 'Nam'],
    ];
    const loans: CellValue[][] = [
      ['Huyện', 'Xã', 'CLB', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Long Hồ', 'Long Phước', 'CLB ấp 1', 'Trần Văn Ba', '10/1/2025', 5_000_000, 0.8],
    ];
    const rec = recognize(workbook(sheet('TH thành viên', members), sheet('TH cho vay', loans)));
    expect(rec.members[0].rows.map((m) => m.club)).toEqual(['CLB ấp 1 (Long Phước, Long Hồ)', 'CLB ấp 1 (Phú Đức, Long Hồ)']);
    const notMember = check(sheet('TH thành viên', members), sheet('TH cho vay', loans)).filter((f) => f.rule === 'loan.borrower-not-member');
    expect(notMember.map((f) => f.cells)).toEqual([['D2']]);
  });
});

describe('cells merged down over several loans or payments', () => {
  it("reads a borrower, a loan id and a date merged down over her payments for each payment, without a warning", () => {
    const loans: CellValue[][] = [
      ['Mã vay', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
      ['V1', 'Nguyễn Thị Lan', '10/1/2025', 3_000_000, 0.8, 1_000_000],
    ];
    const log: CellValue[][] = [
      ['Mã vay', 'Người trả', 'Ngày trả', 'Số tiền trả gốc'],
      ['V1', 'Nguyễn Thị Lan', '10/2/2025', 1_000_000],
      [null, null, '10/3/2025', 1_000_000],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ];
    const rec = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', loans), sheet('Thu nợ', log, { merges })));
    expect(rec.repayments[0].rows.map((p) => p.loanId)).toEqual(['V1', 'V1']);
    const found = check(sheet('DS', MEMBERS), sheet('Vay', loans), sheet('Thu nợ', log, { merges }));
    expect(found.filter((f) => f.rule.startsWith('loan.') || f.rule.startsWith('book.'))).toEqual([]);
  });
});

describe('a cash book keeping both funds side by side', () => {
  it('is one cash book per fund, each with its own rows and balance', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Diễn giải', 'Quỹ tăng thu nhập', null, null, 'Quỹ hoạt động', null, null],
      [null, null, 'Thu', 'Chi', 'Tồn', 'Thu', 'Chi', 'Tồn'],
      ['1/1/2025', 'Số dư đầu năm', null, null, 10_000_000, null, null, 300_000],
      ['5/1/2025', 'Thu nợ gốc', 1_000_000, null, 11_000_000, null, null, null],
      ['6/1/2025', 'Thu phí', null, null, null, 150_000, null, 450_000],
      ['9/1/2025', 'Chi thăm ốm', null, null, null, null, 500_000, -50_000],
    ];
    const merges = [
      { top: 0, left: 2, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 0, right: 7 },
    ];
    const books = recognize(workbook(sheet('Sổ quỹ', rows, { merges }))).cashbooks;
    expect(books.map((b) => b.rows.map((r) => [r.r, r.fund]))).toEqual([
      [
        [2, 'income'],
        [3, 'income'],
      ],
      [
        [2, 'activity'],
        [4, 'activity'],
        [5, 'activity'],
      ],
    ]);
    const found = check(sheet('Sổ quỹ', rows, { merges })).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => [f.rule, f.cells])).toEqual([['fund.overdrawn', ['G6', 'H6']]]);
  });
});

describe('a two-sided ledger (THU on the left, CHI on the right)', () => {
  it('reads each side as its own book with its own dates', () => {
    const rows: CellValue[][] = [
      ['THU', null, null, null, 'CHI', null, null, null],
      ['Ngày', 'Số phiếu', 'Nội dung thu', 'Số tiền', 'Ngày', 'Số phiếu', 'Nội dung chi', 'Số tiền'],
      ['2/1/2025', 'PT01', 'Thu phí tháng 1', 300_000, '5/1/2025', 'PC01', 'Chi thăm ốm', 200_000],
      ['3/2/2025', 'PT02', 'Thu phí tháng 2', 300_000, '31/04/2025', 'PC02', 'Chi văn phòng phẩm', 50_000],
      ['3/3/2025', 'PT03', 'Thu phí tháng 3', 300_000, null, null, null, null],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 7 },
    ];
    const books = recognize(workbook(sheet('Thu chi', rows, { merges }))).cashbooks;
    expect(books.map((b) => b.rows.map((r) => [r.r, r.receipt, r.payment]))).toEqual([
      [
        [2, 300_000, undefined],
        [3, 300_000, undefined],
        [4, 300_000, undefined],
      ],
      [
        [2, undefined, 200_000],
        [3, undefined, 50_000],
      ],
    ]);
    const found = check(sheet('Thu chi', rows, { merges })).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => [f.rule, f.cells])).toEqual([['fund.entry-invalid', ['E4']]]);
  });
});

describe('what the province asks clubs to record (fifth audit)', () => {
  it('reads a volunteer column naming the person cared for as yes', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'TNV (ghi tên người được chăm sóc)'],
      [1, 'Nguyễn Thị Lan', 1950, 'Nữ', 'Bà Nguyễn Thị Sáu (tổ 1)'],
      [2, 'Trần Văn Ba', 1948, 'Nam', 'x'],
      [3, 'Lê Thị Cúc', 1951, 'Nữ', null],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.volunteer)).toEqual([true, true, false]);
    expect(book.rows.flatMap((m) => m.issues)).toEqual([]);
  });

  it('skips group title rows ("TỔ 1") and ends at the board\'s own table under the list', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['TỔ 1', null, null, null],
      [1, 'Nguyễn Thị Lan', 1950, 'Nữ'],
      ['TỔ 2', null, null, null],
      [2, 'Trần Văn Ba', 1948, 'Nam'],
      [],
      ['II. BAN CHỦ NHIỆM CÂU LẠC BỘ'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Điện thoại'],
      [1, 'Nguyễn Thị Lan', 'Chủ nhiệm', '0910100200'],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 1, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 3 },
    ];
    const book = recognize(workbook(sheet('DS', rows, { merges }))).members[0];
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Ba']);
    expect(book.mergedData).toEqual([]);
  });

  it('takes an extension (Gia hạn đến) as the new due date, and a month or a term written in the due column', () => {
    const loans: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Hạn trả', 'Gia hạn đến', 'Dư nợ', 'Đã trả gốc'],
      ['Nguyễn Thị Lan', '10/1/2024', 5_000_000, 0.8, '10/1/2025', '30/9/2025', 5_000_000, 0],
      ['Trần Văn Ba', '10/1/2025', 5_000_000, 0.8, 'Tháng 12/2025', null, 5_000_000, 0],
      ['Nguyễn Thị Lan', '10/1/2024', 2_000_000, 0.8, '12 tháng', null, 2_000_000, 0],
    ];
    const rows = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', loans))).loans[0].rows;
    expect(rows.map((l) => [l.due, l.extended, l.term])).toEqual([
      [serialFromIso('2025-01-10'), serialFromIso('2025-09-30'), undefined],
      [serialFromIso('2025-12-31'), undefined, undefined],
      [undefined, undefined, 12],
    ]);
    const overdue = check(sheet('DS', MEMBERS), sheet('Vay', loans)).filter((f) => f.rule === 'loan.overdue' || f.rule === 'book.unreadable-value');
    expect(overdue.map((f) => [f.rule, f.cells])).toEqual([['loan.overdue', ['B4', 'E4']]]);
  });
});

describe('the standard workbook as officers change it (fifth audit)', () => {
  it('leaves out last year\'s copy of the list when the titles name no place, and the loans go to this year\'s club', () => {
    const people = (n: number): CellValue[][] => Array.from({ length: n }, (_, k) => [k + 1, `Võ Thị Người ${k}`, 1950, 'Nữ']);
    const list = (year: number): CellValue[][] => [[`DANH SÁCH THÀNH VIÊN NĂM ${year}`], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...people(55)];
    const loans: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Võ Thị Người 3', '10/1/2025', 5_000_000, 0.8],
    ];
    const sheets = [sheet('DS 2025', list(2025)), sheet('DS 2024', list(2024)), sheet('Cho vay 2024-2025', loans)];
    const rec = recognize(workbook(...sheets));
    expect(rec.members.map((m) => m.sheet)).toEqual(['DS 2025']);
    expect(rec.loans[0].rows[0].club).toBe(rec.members[0].club);
    expect(check(...sheets).filter((f) => f.rule === 'book.older-copy').map((f) => f.sheet)).toEqual(['DS 2024']);
  });

  it('carries the book\'s balance through a second fund\'s opening line', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Quỹ', 'Diễn giải', 'Thu', 'Chi', 'Tồn quỹ'],
      ['1/1/2025', 'TTN', 'Số dư đầu kỳ quỹ TTN', 120_000_000, null, 120_000_000],
      ['1/1/2025', 'HĐ', 'Số dư đầu kỳ quỹ HĐ', 1_250_000, null, 121_250_000],
      ['5/1/2025', 'TTN', 'Thu nợ gốc', 1_000_000, null, 122_250_000],
      ['9/1/2025', 'HĐ', 'Chi thăm ốm', null, 200_000, 122_050_000],
    ];
    expect(check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'))).toEqual([]);
  });
});

describe("the template's prepared rows", () => {
  it('does not count rows holding only a formula dragged down an unread column, an example or an instruction', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Tuổi'],
      ['VD', 'Nguyễn Thị A', 1955, 'Nữ', 70],
      [null, '(ghi đủ họ tên)', '(4 chữ số)', '(chọn Nam/Nữ)', null],
      [1, 'Nguyễn Thị Lan', 1950, 'Nữ', 75],
      [2, 'Trần Văn Ba', 1948, 'Nam', 77],
      [3, null, null, null, 2025],
      [4, null, null, null, 2025],
      [5, null, null, null, 2025],
      [6, null, null, null, 2025],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Ba']);
  });
});

describe('a template\'s lists of allowed values', () => {
  it('is not reported as a member list without a name column', () => {
    const lists: CellValue[][] = [
      ['Giới tính', 'Hoàn cảnh', 'Chức vụ', 'Tình trạng'],
      ['Nam', 'Hộ nghèo', 'Chủ nhiệm', 'Đang sinh hoạt'],
      ['Nữ', 'Hộ cận nghèo', 'Phó chủ nhiệm', 'Đã rời'],
      [null, 'Khó khăn', 'Ủy viên', 'Đã mất'],
    ];
    expect(check(sheet('Danh mục', lists), sheet('DS', MEMBERS)).filter((f) => f.sheet === 'Danh mục')).toEqual([]);
  });
});

describe('English counts', () => {
  it('says "1 more member", not "1 more members"', () => {
    const rows: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...Array.from({ length: 49 }, (_, k) => [k + 1, `Đỗ Thị Người ${k}`, 1950, 'Nữ'])];
    const size = check(sheet('DS', rows)).find((f) => f.rule === 'club.size');
    expect(size?.fix.en).toBe('Admit at least 1 more member.');
  });
});

describe('members who left, on a sheet of their own', () => {
  it("are the club's members for loans made before they left", () => {
    const people = (n: number): CellValue[][] => Array.from({ length: n }, (_, k) => [k + 1, `Phan Thị Người ${k}`, 1950, 'Nữ', null]);
    const current: CellValue[][] = [['DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP MỸ HÒA'], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày ra'], ...people(55)];
    const left: CellValue[][] = [['DANH SÁCH THÀNH VIÊN ĐÃ RA KHỎI CLB'], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày ra'], [1, 'Lý Thị Vân', 1949, 'Nữ', '31/3/2025']];
    const loans: CellValue[][] = [
      ['SỔ CHO VAY CLB LTHTGN ẤP MỸ HÒA'],
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Lý Thị Vân', '10/1/2025', 5_000_000, 0.8],
      ['Lý Thị Vân', '10/4/2025', 5_000_000, 0.8],
    ];
    const found = check(sheet('DS thành viên', current), sheet('Đã ra khỏi CLB', left), sheet('Cho vay', loans)).filter((f) => f.rule.startsWith('loan.') || f.rule === 'club.size');
    expect(found.map((f) => [f.rule, f.cells])).toEqual([['loan.borrower-inactive', ['A4', 'B4']]]);
  });
});

describe('both funds one under the other on one sheet', () => {
  it("reads the second fund's section as that fund's rows, with its own balance", () => {
    const rows: CellValue[][] = [
      ['I. QUỸ TĂNG THU NHẬP'],
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      ['1/1/2025', 'Tồn đầu năm', null, null, 10_000_000],
      ['5/1/2025', 'Thu nợ gốc', 1_000_000, null, 11_000_000],
      [],
      [],
      ['II. QUỸ HOẠT ĐỘNG'],
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      ['1/1/2025', 'Tồn đầu năm', null, null, 300_000],
      ['9/1/2025', 'Chi thăm ốm', null, 200_000, 100_000],
      ['5/2/2025', 'Thu phí tháng 2', null, null, 100_000],
    ];
    const book = recognize(workbook(sheet('Sổ quỹ', rows))).cashbooks[0];
    expect(book.rows.map((r) => [r.r, r.fund])).toEqual([
      [2, 'income'],
      [3, 'income'],
      [8, 'activity'],
      [9, 'activity'],
      [10, 'activity'],
    ]);
    const found = check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => [f.rule, f.cells])).toEqual([['fund.entry-invalid', ['C11', 'D11']]]);
  });
});

describe('a club split over sheets with different columns', () => {
  it('counts volunteers and hardship from the sheet that has those columns', () => {
    const title = ['DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP PHÚ HÒA'];
    const a: CellValue[][] = [title, ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...Array.from({ length: 30 }, (_, k) => [k + 1, `Lê Thị Một ${k}`, 1950, 'Nữ'])];
    const b: CellValue[][] = [
      title,
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'TNV'],
      ...Array.from({ length: 30 }, (_, k) => [k + 1, `Lê Thị Hai ${k}`, 1950, 'Nữ', 'Hộ nghèo', k < 6 ? 'x' : null]),
    ];
    const found = check(sheet('Tổ 1', a), sheet('Tổ 2', b)).filter((f) => f.rule === 'club.volunteers' || f.rule === 'club.poor-share');
    expect(found.map((f) => [f.rule, f.severity, f.sheet])).toEqual([['club.poor-share', 'error', 'Tổ 2']]);
  });
});

describe("small clubs' files typed quickly", () => {
  it('ends a table at "TC:", and reads a loan book written under the member list with its own header', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['1.', 'nguyễn thị lan', '1950 ', 'nữ'],
      ['2.', 'trần văn ba', 1948, 'Nam'],
      [],
      ['Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      ['Nguyễn Thị Lan', '10/1/2025', '5.000.000 ', '0,8'],
      ['Trần Văn Ba', '10/1/2025', '3.000.000', '1,2'],
      ['TC:', null, '8.000.000', null],
    ];
    const rec = recognize(workbook(sheet('Sheet1', rows)));
    expect(rec.members[0].rows.map((m) => m.r)).toEqual([1, 2]);
    expect(rec.loans[0].rows.map((l) => [l.r, l.amount])).toEqual([
      [5, 5_000_000],
      [6, 3_000_000],
    ]);
    const found = check(sheet('Sheet1', rows)).filter((f) => f.rule.startsWith('loan.'));
    expect(found.map((f) => [f.rule, f.cells])).toEqual([['loan.rate-out-of-range', ['D7']]]);
  });
});

describe('review of the session (ordinary files must not be misread)', () => {
  it('reads a short loan book under a title line naming its place', () => {
    const rows: CellValue[][] = [
      ['SỔ THEO DÕI CHO VAY'],
      ['Xã: An Bình', null, 'Ấp: Phú Hòa'],
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Nguyễn Thị Lan', '10/1/2025', 5_000_000, 0.8],
      ['Trần Văn Ba', '10/1/2025', 3_000_000, 0.8],
    ];
    expect(recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', rows))).loans[0].rows).toHaveLength(2);
  });

  it('does not take a volunteers list for a newer copy of the member list', () => {
    const all: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...Array.from({ length: 20 }, (_, k) => [k + 1, `Hồ Thị Người ${k}`, 1950, 'Nữ'])];
    const tnv: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...Array.from({ length: 12 }, (_, k) => [k + 1, `Hồ Thị Người ${k}`, 1950, 'Nữ'])];
    expect(recognize(workbook(sheet('DS thành viên', all), sheet('DS TNV', tnv))).members.map((m) => m.sheet)).toEqual(['DS thành viên', 'DS TNV']);
  });

  it('reads a month-end line carrying the month\'s totals as a balance line', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      [null, 'Tồn đầu kỳ', null, null, 10_000_000],
      ['5/1/2025', 'Thu phí', 500_000, null, 10_500_000],
      ['9/1/2025', 'Chi thăm ốm', null, 200_000, 10_300_000],
      [null, 'Tồn cuối tháng 1', 500_000, 200_000, 10_300_000],
      ['5/2/2025', 'Thu phí', 300_000, null, 10_600_000],
    ];
    expect(check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'))).toEqual([]);
  });

  it('does not report a member on the leavers sheet as a duplicate of the same member marked as left', () => {
    const main: CellValue[][] = [['DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP MỸ HÒA'], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Tình trạng'], ...Array.from({ length: 50 }, (_, k) => [k + 1, `Phan Thị Người ${k}`, 1950, 'Nữ', null]), [51, 'Phan Văn Mười', 1969, 'Nam', 'Đã nghỉ']];
    const left: CellValue[][] = [['DANH SÁCH THÀNH VIÊN ĐÃ RA KHỎI CLB'], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày ra'], [1, 'Phan Văn Mười', 1969, 'Nam', '31/3/2025']];
    expect(check(sheet('DS', main), sheet('Đã ra khỏi CLB', left)).filter((f) => f.rule === 'member.duplicate')).toEqual([]);
  });

  it('reads one "Ð" name among Unicode ones as a name, not as TCVN3', () => {
    const rows: CellValue[][] = [...MEMBERS, [3, 'Ðinh Công Tú', 1951, 'Nam']];
    expect(check(sheet('DS', rows)).filter((f) => f.rule === 'book.legacy-encoding')).toEqual([]);
  });

  it('does not count "Không có" in a volunteer column as a volunteer, and does not read an ISO date as a birth in 1925', () => {
    const rows: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'TNV'], [1, 'Nguyễn Thị Lan', '2025-03-15', 'Nữ', 'Không Có']];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows[0].volunteer).toBe(false);
    expect(book.rows[0].birthYear).not.toBe(1925);
  });

  it('does not end a member list at a member whose family name is Tổng, but still at "Tổng Cộng"', () => {
    const rows: CellValue[][] = [...MEMBERS, [3, 'Tổng Thị Hoa', 1951, 'Nữ'], [4, 'Lê Thị Cúc', 1952, 'Nữ'], ['Tổng Cộng', null, null, null], [5, 'Người Ký Tên', 1, 'Nữ']];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Ba', 'Tổng Thị Hoa', 'Lê Thị Cúc']);
  });
});
