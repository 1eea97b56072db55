// A province roll-up (20,000 members, 100,000 loans, text numbers and rates mixed in) is read whole.
import type { CellValue } from '../../../src/domain/grid';
import { recognize } from '../../../src/domain/recognize';
import { sheet, workbook } from './grids';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thanh', 'Hữu', 'Thị Thu', 'Văn Út'];
const GIVEN = ['Lan', 'Hùng', 'Hưng', 'Hoà', 'Thuý', 'Mai', 'Tư', 'Bảy', 'Sáu', 'Cúc', 'Hạnh', 'Phúc', 'Tâm', 'Nga', 'Dũng'];

function provinceRollUp() {
  const clubs = Array.from({ length: 300 }, (_, k) => `CLB ấp ${k + 1}`);
  const names: string[] = [];
  const members: CellValue[][] = [
    ['DANH SÁCH THÀNH VIÊN CÁC CLB LTHTGN TỈNH VĨNH LONG', null],
    ['STT', 'CLB', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Thôn', 'Hoàn cảnh', 'Chức vụ', 'TNV', 'Được chăm sóc tại nhà', 'Ngày vào CLB', 'Tình trạng', 'Ghi chú'],
  ];
  for (let k = 0; k < 20_000; k++) {
    const name = `${FAMILY[k % 10]} ${MIDDLE[(k >> 3) % 8]} ${GIVEN[(k >> 6) % 15]} ${k}`;
    names.push(name);
    members.push([
      k + 1,
      clubs[k % 300],
      name,
      k % 7 === 0 ? String(1940 + (k % 40)) : 1940 + (k % 40),
      k % 3 === 0 ? 'Nam' : 'Nữ',
      'Kinh',
      'Ấp Phú Hòa',
      ['HN', 'CN', '', 'Khó khăn'][k % 4] || null,
      k % 60 === 0 ? 'Chủ nhiệm' : null,
      k % 12 === 0 ? 'x' : null,
      null,
      k % 5 === 0 ? '15/03/2020' : 43900 + (k % 300),
      k % 50 === 0 ? 'Đã rời' : null,
      null,
    ]);
  }
  members.push(['Tổng cộng', null, 20000]);
  const loans: CellValue[][] = [
    ['SỔ THEO DÕI CHO VAY', null],
    ['STT', 'CLB', 'Mã vay', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Thời hạn (tháng)', 'Ngày đến hạn', 'Đã trả gốc', 'Dư nợ', 'Mục đích'],
  ];
  for (let k = 0; k < 100_000; k++) {
    loans.push([
      k + 1,
      clubs[k % 300],
      `V${k}`,
      names[(k * 7) % 20_000],
      k % 4 === 0 ? '15/03/2025' : 45000 + (k % 600),
      k % 3 === 0 ? '5.000.000' : 3_000_000 + (k % 10) * 100_000,
      k % 2 === 0 ? 0.8 : '0,8',
      12,
      45500 + (k % 600),
      k % 5 === 0 ? 1_000_000 : null,
      2_000_000,
      'Chăn nuôi',
    ]);
  }
  return workbook(sheet('Thanh vien', members), sheet('Cho vay', loans));
}

// How fast is measured by `npm run bench` (engine.check.province), not here.
it('reads a province roll-up of 20,000 members and 100,000 loans whole', () => {
  const rec = recognize(provinceRollUp());
  expect(rec.members[0].rows).toHaveLength(20_000);
  expect(rec.loans[0].rows).toHaveLength(100_000);
});
