// The demo club workbook: a realistic club file (title lines, a two-row "Năm sinh / Nam | Nữ"
// header, text numbers, a percent-formatted rate, totals and signatures) with violations planted
// on purpose. `PLANTED` lists each one, so a test can prove the check finds them and nothing else.
import type { RuleId } from '../domain/findings';
import { a1 } from '../domain/grid';
import { serialFromYmd, ymdFromSerial } from '../domain/values';
import type { NewCell, NewSheet, NewWorkbook } from '../workbook/file/write';

export const DEMO_AS_OF = '2025-06-30';
export const DEMO_FILE = 'clb-phu-hoa-demo.xlsx';

export interface Planted {
  readonly rule: RuleId;
  readonly sheet: string;
  readonly cells: readonly string[];
  /** Why it is there, for the reader of the demo. */
  readonly note: string;
}

const MEMBERS = 'Danh sách thành viên';
const LOANS = 'Sổ cho vay';
const CASH = 'Sổ quỹ';
const INFO = 'Thông tin CLB';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Mai'];
const WOMEN = ['Lan', 'Hoa', 'Mai', 'Cúc', 'Đào', 'Huệ', 'Liên', 'Thu', 'Hạnh', 'Xuân', 'Nga', 'Tuyết', 'Yến', 'Loan', 'Phượng', 'Sen', 'Bích', 'Ngọc', 'Thủy', 'Nhung', 'Hương', 'Kim', 'Dung', 'Thanh', 'Vân', 'Oanh', 'Trang', 'Hằng', 'Lệ', 'Diệu', 'Gấm', 'Nhàn', 'Tư', 'Út', 'Ba', 'Năm', 'Sáu', 'Bảy', 'Chín', 'Mười', 'Hiền'];
const MEN = ['Hùng', 'Dũng', 'Minh', 'Tâm', 'Phúc', 'Lộc', 'Thành', 'Hải', 'Sơn', 'Tài', 'Tám', 'Quang', 'Nghĩa', 'Trung', 'Bình', 'Khánh'];

interface DemoMember {
  name: string;
  sex: 'Nam' | 'Nữ';
  birth: number | null;
  hardship: string;
  role: string;
  volunteer: boolean;
  joined: number;
}

function members(): DemoMember[] {
  const list: DemoMember[] = [];
  const roles = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên', 'Ủy viên', 'Ủy viên'];
  const hardships = ['Hộ nghèo', 'Cận nghèo', 'Khó khăn', 'Hộ nghèo', 'Cận nghèo'];
  for (let i = 0; i < 57; i++) {
    const woman = i % 4 !== 3; // 3 of every 4
    const given = woman ? WOMEN[i % WOMEN.length] : MEN[(i >> 2) % MEN.length];
    const family = FAMILY[(i * 7) % FAMILY.length];
    // One member written with the new tone-mark placement; the loan book writes her the old way.
    const name = i === 29 ? 'Lê Thị Hòa' : `${family} ${woman ? 'Thị' : 'Văn'} ${given}`;
    // 46 of 57 are older (born 1970 or before: 55+ in 2025), the rest younger volunteers.
    const birth = i % 5 === 4 && i < 55 ? 1975 + (i % 13) : 1940 + ((i * 3) % 30);
    list.push({
      name,
      sex: woman ? 'Nữ' : 'Nam',
      birth,
      hardship: i % 3 === 2 ? '' : hardships[i % hardships.length],
      role: roles[i] ?? '',
      volunteer: i >= 5 && i < 12,
      joined: serialFromYmd(2019, 8 + (i % 4), 1 + (i % 27)),
    });
  }
  // Two people who really are in the file twice: the same name and birth year.
  list.push({ ...list[30] });
  return list;
}

const H = (v: string): NewCell => ({ v, bold: true, wrap: true, align: 'center', border: true });

function membersSheet(list: DemoMember[], planted: Planted[]): NewSheet {
  const rows: NewCell[][] = [
    [{ v: 'HỘI NGƯỜI CAO TUỔI XÃ LONG PHƯỚC', bold: true }],
    [{ v: 'DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU ẤP PHÚ HÒA', bold: true }],
    [{ v: 'Năm 2025', align: 'center' }],
    [H('STT'), H('Họ và tên'), H('Năm sinh'), H(''), H('Hoàn cảnh'), H('Chức vụ'), H('TNV chăm sóc tại nhà'), H('Dân tộc'), H('Ấp'), H('Ngày vào CLB'), H('Tình trạng')],
    [H(''), H(''), H('Nam'), H('Nữ'), H(''), H(''), H(''), H(''), H(''), H(''), H('')],
  ];
  const first = rows.length; // 0-based sheet row of the first member
  list.forEach((m, i) => {
    const r = first + i;
    let birthMale: NewCell = m.sex === 'Nam' ? m.birth : null;
    let birthFemale: NewCell = m.sex === 'Nữ' ? m.birth : null;
    let hardship = m.hardship;
    if (i === 12) {
      birthMale = null;
      birthFemale = null;
      planted.push({ rule: 'member.birth-missing', sheet: MEMBERS, cells: [a1(r, 2), a1(r, 3)], note: 'birth year left empty' });
    }
    if (i === 20) birthFemale = String(m.birth); // a year typed as text is still read
    if (i === 40) {
      hardship = 'Nghè';
      planted.push({ rule: 'member.status-unknown', sheet: MEMBERS, cells: [a1(r, 4)], note: 'typo in the hardship column' });
    }
    rows.push([
      i + 1,
      m.name,
      birthMale,
      birthFemale,
      hardship,
      m.role,
      m.volunteer ? 'x' : null,
      i === 33 ? 'Khmer' : 'Kinh',
      'Phú Hòa',
      { v: m.joined, fmt: 'dd/mm/yyyy' },
      'Đang sinh hoạt',
    ]);
  });
  const dupA = first + 30;
  const dupB = first + list.length - 1;
  planted.push({ rule: 'member.duplicate', sheet: MEMBERS, cells: [a1(dupA, 1)], note: 'same person twice' });
  planted.push({ rule: 'member.duplicate', sheet: MEMBERS, cells: [a1(dupB, 1)], note: 'same person twice' });
  // 43 women among 58 active members (one has no birth year, so no sex either): 74.1%, above 60–70%.
  planted.push({ rule: 'club.women-share', sheet: MEMBERS, cells: [a1(4, 3)], note: 'share of women above 70%' });
  const last = first + list.length - 1;
  rows.push([
    { v: 'Tổng cộng', bold: true },
    { v: list.length, f: `COUNTA(B${first + 1}:B${last + 1})`, bold: true },
  ]);
  rows.push([]);
  rows.push([null, null, null, null, null, null, null, { v: 'Phú Hòa, ngày 30 tháng 6 năm 2025' }]);
  rows.push([null, { v: 'Người lập biểu', bold: true }, null, null, null, null, null, { v: 'Chủ nhiệm CLB', bold: true }]);
  rows.push([null, 'Trần Thị Cúc', null, null, null, null, null, list[0].name]);
  return {
    name: MEMBERS,
    rows,
    widths: [6, 26, 8, 8, 14, 14, 12, 9, 10, 13, 15],
    merges: ['A1:K1', 'A2:K2', 'A3:K3', 'C4:D4', 'A4:A5', 'B4:B5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5'],
    freezeRows: 5,
    print: { landscape: true, fitToWidth: true, repeatRows: '4:5' },
  };
}

function addMonths(serial: number, months: number): number {
  const { y, m, d } = ymdFromSerial(serial);
  return serialFromYmd(y, m + months, Math.min(d, 28));
}

function loansSheet(list: DemoMember[], planted: Planted[]): NewSheet {
  const rows: NewCell[][] = [
    [{ v: 'SỔ THEO DÕI CHO VAY QUỸ TĂNG THU NHẬP — CLB ẤP PHÚ HÒA', bold: true }],
    [{ v: 'Năm 2024–2025', align: 'center' }],
    [],
    ['STT', 'Mã vay', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay (đồng)', 'Hình thức', 'Lãi suất (%/tháng)', 'Thời hạn (tháng)', 'Ngày đến hạn', 'Đã trả gốc', 'Dư nợ', 'Mục đích'].map(H),
  ];
  const first = rows.length;
  const purposes = ['Chăn nuôi heo', 'Mua giống lúa', 'Nuôi gà', 'Buôn bán nhỏ', 'Trồng rau', 'Mua bò giống'];
  for (let j = 0; j < 36; j++) {
    const r = first + j;
    const borrower = list[j];
    let name: NewCell = borrower.name;
    const date = serialFromYmd(2024, 7 + (j % 6), 3 + ((j * 5) % 24));
    let dateCell: NewCell = { v: date, fmt: 'dd/mm/yyyy' };
    const amount = (3 + (j % 8)) * 1_000_000;
    // Some amounts typed as text the Vietnamese way, as officers do.
    let amountCell: NewCell = j % 4 === 1 ? String(amount).replace(/\B(?=(\d{3})+$)/g, '.') : { v: amount, fmt: '#,##0' };
    let rate: NewCell = j % 5 === 3 ? { v: 0.008, fmt: '0.0%' } : j % 2 ? 0.7 : 0.8;
    const term = 12;
    let due = addMonths(date, term);
    let repaid: number | null = j % 3 === 0 ? 1_000_000 : 0;
    let outstanding: number | null = amount - (repaid ?? 0);
    let kind = j % 6 === 5 ? 'Hiện vật' : 'Tiền mặt';

    switch (j) {
      case 3:
        name = list[4].name.replace('à', 'a'); // "Ngô Thị Đao": not a member; the message suggests "Ngô Thị Đào"
        break;
      case 7:
        rate = 1.2;
        planted.push({ rule: 'loan.rate-out-of-range', sheet: LOANS, cells: [a1(r, 6)], note: '1.2%/month, above the 1% ceiling' });
        break;
      case 11:
        rate = 9.6;
        planted.push({ rule: 'loan.rate-out-of-range', sheet: LOANS, cells: [a1(r, 6)], note: 'a yearly rate in the monthly column' });
        break;
      case 14:
        amountCell = 'năm triệu';
        repaid = null;
        outstanding = null;
        planted.push({ rule: 'loan.amount-invalid', sheet: LOANS, cells: [a1(r, 4)], note: 'amount written in words' });
        break;
      case 17:
        dateCell = '31/02/2025';
        due = serialFromYmd(2026, 2, 28);
        planted.push({ rule: 'loan.date-invalid', sheet: LOANS, cells: [a1(r, 3)], note: 'a day that does not exist' });
        break;
      case 20:
        repaid = 1_000_000;
        outstanding = amount - 2_000_000;
        planted.push({ rule: 'loan.outstanding-mismatch', sheet: LOANS, cells: [a1(r, 10)], note: 'balance not amount − repaid' });
        break;
      case 23: {
        const old = serialFromYmd(2024, 3, 15);
        dateCell = { v: old, fmt: 'dd/mm/yyyy' };
        due = addMonths(old, term);
        repaid = 2_000_000;
        outstanding = amount - repaid;
        planted.push({ rule: 'loan.overdue', sheet: LOANS, cells: [a1(r, 8)], note: 'due 15/03/2025, still owed' });
        break;
      }
      case 26: {
        const old = serialFromYmd(2024, 2, 10);
        dateCell = { v: old, fmt: 'dd/mm/yyyy' };
        due = addMonths(old, term);
        repaid = amount;
        outstanding = 0; // repaid on time: not overdue
        kind = 'Tiền mặt';
        break;
      }
      case 29:
        name = 'Lê Thị Hoà'; // old tone-mark placement of a member written "Hòa": the same person
        break;
    }
    if (j === 3) planted.push({ rule: 'loan.borrower-not-member', sheet: LOANS, cells: [a1(r, 2)], note: 'a borrower who is not a member' });
    rows.push([
      j + 1,
      `VAY-${String(j + 1).padStart(3, '0')}`,
      name,
      dateCell,
      amountCell,
      kind,
      rate,
      term,
      { v: due, fmt: 'dd/mm/yyyy' },
      repaid === null ? null : { v: repaid, fmt: '#,##0' },
      outstanding === null ? null : { v: outstanding, fmt: '#,##0' },
      purposes[j % purposes.length],
    ]);
  }
  const last = first + 35;
  rows.push([{ v: 'Cộng', bold: true }, null, null, null, { v: 0, f: `SUM(E${first + 1}:E${last + 1})`, fmt: '#,##0', bold: true }]);
  rows.push([]);
  rows.push([null, null, { v: 'Thủ quỹ', bold: true }, null, null, null, null, null, { v: 'Chủ nhiệm CLB', bold: true }]);
  return {
    name: LOANS,
    rows,
    widths: [6, 10, 24, 12, 16, 11, 11, 10, 12, 13, 13, 16],
    merges: ['A1:L1', 'A2:L2'],
    freezeRows: 4,
    print: { landscape: true, fitToWidth: true, repeatRows: '4:4' },
  };
}

function cashSheet(planted: Planted[]): NewSheet {
  const rows: NewCell[][] = [
    [{ v: 'SỔ QUỸ HOẠT ĐỘNG — CLB ẤP PHÚ HÒA', bold: true }],
    [],
    ['Ngày', 'Số phiếu', 'Diễn giải', 'Quỹ', 'Thu', 'Chi', 'Tồn quỹ'].map(H),
  ];
  const entries: [number, number, string, number, number][] = [
    // month, day, description, receipt, payment
    [1, 5, 'Thu phí thành viên tháng 1', 174_000, 0],
    [1, 20, 'Thu lãi cho vay tháng 1', 1_520_000, 0],
    [2, 3, 'Chi thăm hỏi thành viên ốm', 0, 400_000],
    [2, 5, 'Thu phí thành viên tháng 2', 171_000, 0],
    [2, 25, 'Chi mua nước uống sinh hoạt', 0, 150_000],
    [3, 5, 'Thu phí thành viên tháng 3', 174_000, 0],
    [3, 15, 'Chi khám sức khỏe định kỳ', 0, 1_200_000],
    [3, 20, 'Thu lãi cho vay tháng 3', 1_480_000, 0],
    [4, 5, 'Thu phí thành viên tháng 4', 168_000, 0],
    [4, 10, 'Chi hỗ trợ TNV chăm sóc tại nhà', 0, 700_000],
    [5, 5, 'Thu phí thành viên tháng 5', 174_000, 0],
    [5, 18, 'Ủng hộ từ sổ tấm lòng vàng', 2_000_000, 0],
    [6, 2, 'Chi văn nghệ, thể dục', 0, 900_000],
    [6, 5, 'Thu phí thành viên tháng 6', 174_000, 0],
  ];
  let balance = 12_500_000;
  rows.push([{ v: serialFromYmd(2025, 1, 1), fmt: 'dd/mm/yyyy' }, null, 'Tồn đầu kỳ', 'Hoạt động', null, null, { v: balance, fmt: '#,##0' }]);
  entries.forEach(([m, d, text, rec, pay], k) => {
    balance += rec - pay;
    const r = rows.length;
    let stated = balance;
    if (k === 6) {
      stated = balance + 90_000; // a typo in one balance: only this row is wrong
      planted.push({ rule: 'fund.balance-mismatch', sheet: CASH, cells: [a1(r, 6)], note: 'one mistyped balance' });
    }
    rows.push([
      { v: serialFromYmd(2025, m, d), fmt: 'dd/mm/yyyy' },
      `${rec ? 'PT' : 'PC'}${String(k + 1).padStart(3, '0')}`,
      text,
      'Hoạt động',
      rec ? { v: rec, fmt: '#,##0' } : null,
      pay ? { v: pay, fmt: '#,##0' } : null,
      { v: stated, fmt: '#,##0' },
    ]);
  });
  rows.push([{ v: 'Cộng phát sinh', bold: true }]);
  return { name: CASH, rows, widths: [12, 10, 34, 12, 13, 13, 14], merges: ['A1:G1'], freezeRows: 3 };
}

function infoSheet(): NewSheet {
  return {
    name: INFO,
    rows: [
      [{ v: 'THÔNG TIN CÂU LẠC BỘ', bold: true }],
      [],
      ['Tên CLB', 'CLB Liên thế hệ tự giúp nhau ấp Phú Hòa'],
      ['Thôn/Ấp', 'Phú Hòa'],
      ['Xã/Phường', 'Long Phước'],
      ['Tỉnh', 'Vĩnh Long'],
      ['Ngày thành lập', { v: serialFromYmd(2019, 8, 15), fmt: 'dd/mm/yyyy' }],
      ['Mức phí thành viên (đồng/tháng)', { v: 3000, fmt: '#,##0' }],
      ['Lãi suất cho vay (%/tháng)', 0.8],
      ['Vốn quỹ tăng thu nhập (đồng)', '250.000.000'],
      ['Vốn quỹ hoạt động (đồng)', { v: 15_000_000, fmt: '#,##0' }],
    ],
    widths: [34, 44],
  };
}

export function demoWorkbook(): { workbook: NewWorkbook; planted: Planted[] } {
  const planted: Planted[] = [];
  const list = members();
  const workbook: NewWorkbook = {
    sheets: [infoSheet(), membersSheet(list, planted), loansSheet(list, planted), cashSheet(planted)],
  };
  return { workbook, planted };
}
