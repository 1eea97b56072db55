// A province-scale roll-up workbook: 300 clubs in one file with a CLB column, 20,000 members and
// 100,000 loan rows — the size DESIGN.md gives for a province. Mostly healthy data, as real files
// are, with the usual sprinkling of text numbers and text dates.
'use strict';
const path = require('path');

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const WOMEN = ['Lan', 'Hoa', 'Cúc', 'Mai', 'Đào', 'Huệ', 'Liên', 'Thu', 'Hạnh', 'Xuân', 'Nga', 'Tuyết', 'Yến', 'Loan', 'Sen', 'Bích'];
const MEN = ['Hùng', 'Dũng', 'Minh', 'Tâm', 'Phúc', 'Lộc', 'Thành', 'Hải', 'Sơn', 'Tài', 'Quang', 'Nghĩa', 'Trung', 'Bình', 'Khánh', 'Tùng'];
const HARDSHIP = ['Hộ nghèo', 'Cận nghèo', 'Khó khăn'];
const PURPOSE = ['Chăn nuôi heo', 'Mua giống lúa', 'Nuôi gà', 'Buôn bán nhỏ', 'Trồng rau', 'Mua bò giống'];

function provinceWorkbook({ clubs = 300, members = 20000, loans = 100000 } = {}) {
  let seed = 7;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const perClub = Math.ceil(members / clubs);
  const memberRows = [
    [{ v: 'DANH SÁCH THÀNH VIÊN CÁC CLB LIÊN THẾ HỆ TỰ GIÚP NHAU TỈNH VĨNH LONG', bold: true }],
    ['STT', 'CLB', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ', 'TNV chăm sóc tại nhà', 'Dân tộc', 'Ấp', 'Ngày vào CLB', 'Tình trạng'],
  ];
  const names = []; // per club
  for (let i = 0; i < members; i++) {
    const k = Math.floor(i / perClub);
    const j = i % perClub;
    const club = `CLB ấp ${k + 1}`;
    const woman = j % 3 !== 2;
    const name = `${FAMILY[j % 16]} ${woman ? 'Thị' : 'Văn'} ${(woman ? WOMEN : MEN)[(j >> 4) % 16]}`;
    (names[k] ??= []).push(name);
    const role = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên', 'Ủy viên', 'Ủy viên'][j] ?? 'Thành viên';
    const birth = j % 4 === 3 ? 1975 + rnd(15) : 1935 + rnd(33);
    memberRows.push([
      i + 1,
      club,
      name,
      rnd(20) === 0 ? String(birth) : birth,
      woman ? 'Nữ' : 'Nam',
      j % 3 === 1 ? '' : HARDSHIP[rnd(3)],
      role,
      j >= 5 && j < 12 ? 'x' : '',
      'Kinh',
      `Ấp ${k + 1}`,
      { v: 43000 + rnd(1500), fmt: 'dd/mm/yyyy' },
      'Đang sinh hoạt',
    ]);
  }
  const loanRows = [
    [{ v: 'SỔ THEO DÕI CHO VAY QUỸ TĂNG THU NHẬP', bold: true }],
    ['STT', 'CLB', 'Mã vay', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay (đồng)', 'Lãi suất (%/tháng)', 'Thời hạn (tháng)', 'Ngày đến hạn', 'Đã trả gốc', 'Dư nợ', 'Mục đích'],
  ];
  for (let i = 0; i < loans; i++) {
    const k = i % names.length;
    const list = names[k];
    // Disbursed over the last 18 months before 30/06/2025; loans already due are repaid.
    const date = 45300 + rnd(530);
    const amount = (2 + rnd(9)) * 1_000_000;
    const repaid = date + 365 < 45838 ? amount : rnd(4) * 500_000;
    loanRows.push([
      i + 1,
      `CLB ấp ${k + 1}`,
      `V${String(i + 1).padStart(6, '0')}`,
      list[rnd(list.length)],
      rnd(25) === 0 ? '15/3/2024' : { v: date, fmt: 'dd/mm/yyyy' },
      rnd(10) === 0 ? `${amount / 1_000_000}.000.000` : { v: amount, fmt: '#,##0' },
      [0.6, 0.7, 0.8, 0.9, 1][rnd(5)],
      12,
      { v: date + 365, fmt: 'dd/mm/yyyy' },
      { v: repaid, fmt: '#,##0' },
      { v: amount - repaid, fmt: '#,##0' },
      PURPOSE[rnd(6)],
    ]);
  }
  return { sheets: [{ name: 'Thành viên', rows: memberRows }, { name: 'Cho vay', rows: loanRows }] };
}

function writeProvince(file, lib = path.join(__dirname, '..', 'lib')) {
  const { writeWorkbook } = require(path.join(lib, 'workbook', 'file', 'write.js'));
  const { nodeDeflateRaw } = require(path.join(lib, 'workbook', 'file', 'node.js'));
  require('fs').writeFileSync(file, writeWorkbook(provinceWorkbook(), { deflateRaw: nodeDeflateRaw }));
}

module.exports = { provinceWorkbook, writeProvince };
