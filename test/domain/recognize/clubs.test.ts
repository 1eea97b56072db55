import type { CellValue } from '../../../src/domain/grid';
import { recognize } from '../../../src/domain/recognize';
import { clubCore, clubFromTitle, sheetCores } from '../../../src/domain/recognize/clubs';
import { sheet, workbook } from './grids';

describe('clubs', () => {
  it('takes the club from the club column, one spelling per club across all books', () => {
    const members: CellValue[][] = [
      ['DANH SÁCH THÀNH VIÊN CÁC CLB HUYỆN LONG HỒ', null, null, null],
      ['CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['CLB Phú Hòa', 'Nguyễn Thị Lan', 1955, 'Nữ'],
      ['CLB Phú Hoà', 'Trần Văn Hùng', 1950, 'Nam'],
      ['clb  phú hòa', 'Lê Thị Hoà', 1962, 'Nữ'],
      ['CLB Tân An', 'Võ Văn Hưng', 1948, 'Nam'],
      [null, 'Bùi Thị Bảy', 1966, 'Nữ'],
    ];
    const loans: CellValue[][] = [
      ['Tên CLB', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      ['CLB PHÚ HÒA', 'Nguyễn Thị Lan', 45300, 5000000, 0.8],
      ['CLB Tân An', 'Võ Văn Hưng', 45300, 5000000, 0.8],
    ];
    const r = recognize(workbook(sheet('Tong hop TV', members), sheet('Tong hop vay', loans)));
    expect(r.members[0].columns.club?.c).toBe(0);
    expect(r.members[0].rows.map((m) => m.club)).toEqual(['CLB Phú Hòa', 'CLB Phú Hòa', 'CLB Phú Hòa', 'CLB Tân An', r.members[0].club]);
    expect(r.loans[0].rows.map((l) => l.club)).toEqual(['CLB Phú Hòa', 'CLB Tân An']);
  });

  it('matches each loan sheet to the member sheet of its club (one sheet per club)', () => {
    const memberRows = (club: string, name: string): CellValue[][] => [
      [`DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP ${club}`, null, null],
      ['Họ và tên', 'Năm sinh', 'Giới tính'],
      [name, 1955, 'Nữ'],
    ];
    const loanRows = (name: string): CellValue[][] => [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      [name, 45300, 5000000, 0.8],
    ];
    const r = recognize(
      workbook(
        sheet('DS Phu Hoa', memberRows('PHÚ HÒA', 'Nguyễn Thị Lan')),
        sheet('DS Tan An', memberRows('TÂN AN', 'Võ Thị Sáu')),
        sheet('Vay Tan An', loanRows('Võ Thị Sáu')),
        sheet('So cho vay - Phu Hoa', loanRows('Nguyễn Thị Lan')),
        sheet('Vay Long Phuoc', loanRows('Lê Văn Tám')),
        sheet('Sổ quỹ Phú Hòa', [
          ['Ngày', 'Thu', 'Chi'],
          [45300, 1000, null],
        ]),
      ),
    );
    expect(r.members.map((b) => b.club)).toEqual(['CLB LTHTGN ẤP PHÚ HÒA', 'CLB LTHTGN ẤP TÂN AN']);
    expect(r.loans.map((b) => [b.sheet, b.club])).toEqual([
      ['Vay Tan An', 'CLB LTHTGN ẤP TÂN AN'],
      ['So cho vay - Phu Hoa', 'CLB LTHTGN ẤP PHÚ HÒA'],
      ['Vay Long Phuoc', 'Vay Long Phuoc'],
    ]);
    expect(r.loans[0].rows[0].club).toBe('CLB LTHTGN ẤP TÂN AN');
    expect(r.cashbooks[0].club).toBe('CLB LTHTGN ẤP PHÚ HÒA');
  });

  it('gives every book the club of the only member list', () => {
    const r = recognize(
      workbook(
        sheet('Thanh vien', [
          ['Họ và tên', 'Năm sinh', 'Giới tính'],
          ['Nguyễn Thị Lan', 1955, 'Nữ'],
        ]),
        sheet('Cho vay', [
          ['SỔ CHO VAY CLB XÓM ĐÔNG', null, null, null],
          ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
          ['Nguyễn Thị Lan', 45300, 5000000, 0.8],
        ]),
      ),
    );
    expect(r.members[0].club).toBe('Thanh vien');
    expect(r.loans[0].club).toBe('Thanh vien');
  });

  it('reads club names from titles and sheet names', () => {
    expect(clubFromTitle('DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP PHÚ HÒA')).toBe('CLB LTHTGN ẤP PHÚ HÒA');
    expect(clubFromTitle('Sổ quỹ Câu lạc bộ Liên thế hệ thôn Đông:')).toBe('Câu lạc bộ Liên thế hệ thôn Đông');
    expect(clubFromTitle('Tên CLB')).toBeUndefined();
    expect(clubFromTitle('HỘI NGƯỜI CAO TUỔI XÃ AN BÌNH')).toBeUndefined();
    expect(clubCore('CLB LTHTGN Ấp Phú Hòa')).toBe('phu hoa');
    expect(sheetCores('DS Phú Hòa')).toEqual(['phu hoa']);
    expect(sheetCores('Sổ cho vay - Phu Hoa')).toEqual(['phu hoa']);
    expect(sheetCores('DSTV ấp Mỹ Lợi 2025')).toEqual(['my loi']);
    expect(sheetCores('Sổ cho vay ấp Tân Thành Đông (2')).toEqual(['tan thanh dong 2', 'tan thanh dong']);
  });
});

it('does not take a club from a title that names several clubs', () => {
  expect(clubFromTitle('DANH SÁCH THÀNH VIÊN CÁC CLB HUYỆN LONG HỒ')).toBeUndefined();
});
