// A made-up club's books, laid out the way officers keep them (title lines, header row, a total
// row, signatures), with a handful of the mistakes the rules are about. Built in code and
// deterministic: the browser demo and the pane's tests use it. Names are invented.

import type { CellValue } from '../../domain/grid';
import { serialFromYmd, ymdFromSerial } from '../../domain/values';
import { MemoryWorkbook, type MemoryOptions, type MemorySheet } from './memoryPort';

const DATE = 'dd/mm/yyyy';
const MONEY = '#,##0';

const serial = serialFromYmd;

/** A small deterministic generator, so the sample is the same every time. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương'];
const WOMEN = ['Thị Lan', 'Thị Hoa', 'Thị Mai', 'Thị Hồng', 'Thị Cúc', 'Thị Thúy', 'Thị Hạnh', 'Thị Liên', 'Thị Nga', 'Thị Sen', 'Thị Út', 'Thị Bích', 'Thị Tuyết', 'Thị Xuân', 'Thị Hòa', 'Kim Loan', 'Thị Đào', 'Thị Phượng', 'Ngọc Ánh', 'Thị Hương'];
const MEN = ['Văn Hùng', 'Văn Tâm', 'Văn Sáu', 'Văn Bảy', 'Minh Đức', 'Văn Lợi', 'Thanh Sơn', 'Văn Phúc', 'Quốc Hưng', 'Văn Tư', 'Hữu Nghĩa', 'Văn Bình'];
const HAMLETS = ['Ấp Phú Hòa', 'Ấp Phú Thạnh', 'Ấp Phú Long'];

export interface SampleMember {
  row: number; // 1-based sheet row
  name: string;
  birth: number | null;
  sex: 'Nam' | 'Nữ';
  hardship: string;
  role: string;
  volunteer: boolean;
}

export const SAMPLE_AS_OF = '2025-06-30';
export const SAMPLE_NAME = 'CLB Phu Hoa - so sach 2025.xlsx';
export const SAMPLE_SHEETS = {
  clubInfo: 'Thông tin CLB',
  members: 'DS thành viên',
  loans: 'Sổ cho vay',
  cashbook: 'Sổ quỹ',
} as const;

/** Where the sample's planted mistakes are, for tests and for the trainer's script. */
export const SAMPLE_MISTAKES = {
  birthMissing: { sheet: SAMPLE_SHEETS.members, cell: 'C18' },
  duplicateOf: { sheet: SAMPLE_SHEETS.members, rows: [10, 36] },
  rateTooHigh: { sheet: SAMPLE_SHEETS.loans, cell: 'F13', value: 1.2, fixed: 0.8 },
  borrowerNotMember: { sheet: SAMPLE_SHEETS.loans, cell: 'C21' },
  outstandingWrong: { sheet: SAMPLE_SHEETS.loans, cell: 'K28' },
  balanceWrong: { sheet: SAMPLE_SHEETS.cashbook, cell: 'G12' },
  feeTooHigh: { sheet: SAMPLE_SHEETS.clubInfo, cell: 'B8' },
} as const;

export function sampleMembers(): SampleMember[] {
  const rnd = prng(20250630);
  const n = 58;
  // 38 women (65.5%), 44 aged 55+ (75.9%), 36 poor / near-poor / hardship (62.1%).
  const order = Array.from({ length: n }, (_, i) => i);
  const shuffled = (k: number): Set<number> => {
    const a = [...order];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return new Set(a.slice(0, k));
  };
  const women = shuffled(38);
  const older = shuffled(44);
  const poor = shuffled(36);
  const kinds = ['Hộ nghèo', 'Cận nghèo', 'Khó khăn'];
  const members: SampleMember[] = [];
  for (let i = 0; i < n; i++) {
    const female = women.has(i);
    const given = female ? WOMEN[i % WOMEN.length] : MEN[i % MEN.length];
    const name = `${FAMILY[(i * 5) % FAMILY.length]} ${given}`;
    const birth = older.has(i) ? 1940 + Math.floor(rnd() * 30) : 1976 + Math.floor(rnd() * 28);
    const role = i === 0 ? 'Chủ nhiệm' : i === 1 ? 'Phó chủ nhiệm' : i <= 4 ? 'Ủy viên' : 'Thành viên';
    members.push({
      row: 6 + i,
      name,
      birth,
      sex: female ? 'Nữ' : 'Nam',
      hardship: poor.has(i) ? kinds[i % 3] : 'Bình thường',
      role,
      volunteer: i % 9 === 3,
    });
  }
  // Planted: a missing birth year, and the same person written twice.
  members[12].birth = null;
  members[30].name = members[4].name;
  members[30].birth = members[4].birth;
  members[30].sex = members[4].sex;
  return members;
}

function pad(row: CellValue[], width: number): CellValue[] {
  while (row.length < width) row.push(null);
  return row;
}

function sheetOf(name: string, rows: CellValue[][], fmt: (r: number, c: number) => string | null): MemorySheet {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => pad([...r], width));
  const formats = values.map((row, r) => row.map((_, c) => fmt(r, c)));
  return { name, values, formats };
}

function clubInfoSheet(): MemorySheet {
  const rows: CellValue[][] = [
    ['THÔNG TIN CÂU LẠC BỘ'],
    [],
    ['Tên CLB', 'CLB Liên thế hệ tự giúp nhau ấp Phú Hòa'],
    ['Thôn/Ấp', 'Ấp Phú Hòa'],
    ['Xã/Phường', 'Xã Phú Đức'],
    ['Tỉnh', 'Vĩnh Long'],
    ['Ngày thành lập', serial(2019, 3, 15)],
    ['Mức phí thành viên (đồng/tháng)', 10000],
    ['Lãi suất cho vay (%/tháng)', 0.8],
    ['Vốn quỹ tăng thu nhập (đồng)', 320_000_000],
    ['Vốn quỹ hoạt động (đồng)', 15_000_000],
  ];
  return sheetOf(SAMPLE_SHEETS.clubInfo, rows, (r, c) => (c === 1 && r === 6 ? DATE : c === 1 && r >= 7 && r !== 8 ? MONEY : null));
}

function memberSheet(members: SampleMember[]): MemorySheet {
  const rows: CellValue[][] = [
    ['HỘI NGƯỜI CAO TUỔI XÃ PHÚ ĐỨC'],
    ['DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU ẤP PHÚ HÒA'],
    ['Năm 2025'],
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ', 'TNV chăm sóc tại nhà', 'Thôn'],
  ];
  members.forEach((m, i) => {
    rows.push([i + 1, m.name, m.birth, m.sex, m.hardship, m.role, m.volunteer ? 'x' : null, HAMLETS[i % 3]]);
  });
  rows.push(['Tổng cộng', `${members.length} người`]);
  rows.push([]);
  rows.push([null, null, null, null, 'Phú Đức, ngày 30 tháng 6 năm 2025']);
  rows.push([null, 'Người lập biểu', null, null, 'Chủ nhiệm CLB']);
  return sheetOf(SAMPLE_SHEETS.members, rows, () => null);
}

interface SampleLoan {
  id: string;
  borrower: string;
  date: number;
  amount: number;
  rate: number;
  term: number;
  repaid: number;
  interest: number;
  outstanding: number;
}

function sampleLoans(members: SampleMember[]): SampleLoan[] {
  const rnd = prng(7);
  const loans: SampleLoan[] = [];
  for (let i = 0; i < 40; i++) {
    const m = members[(i * 3 + 5) % members.length];
    const month = 7 + Math.floor(i / 4); // from 2024-07 on
    const y = month > 12 ? 2025 : 2024;
    const date = serial(y, ((month - 1) % 12) + 1, 5 + (i % 20));
    const amount = (3 + Math.floor(rnd() * 8)) * 1_000_000;
    const repaid = month <= 12 ? Math.round((amount * (i % 4)) / 8 / 100_000) * 100_000 : 0;
    loans.push({
      id: `V25-${String(i + 1).padStart(3, '0')}`,
      borrower: m.name,
      date,
      amount,
      rate: 0.8,
      term: 12,
      repaid,
      interest: Math.round(amount * 0.008 * 3),
      outstanding: amount - repaid,
    });
  }
  // Planted: a rate above the ceiling, a borrower typed without diacritics, a wrong outstanding balance,
  // and one loan long past due.
  loans[7].rate = 1.2;
  loans[15].borrower = 'Nguyen Thi Lan';
  loans[22].outstanding += 500_000;
  loans[2].term = 6;
  return loans;
}

function loanSheet(loans: SampleLoan[]): MemorySheet {
  const rows: CellValue[][] = [
    ['SỔ THEO DÕI CHO VAY QUỸ TĂNG THU NHẬP'],
    ['CLB Liên thế hệ tự giúp nhau ấp Phú Hòa'],
    [],
    [],
    ['STT', 'Mã vay', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Thời hạn (tháng)', 'Ngày đến hạn', 'Gốc đã trả', 'Lãi đã trả', 'Dư nợ'],
  ];
  loans.forEach((l, i) => {
    const d = ymdFromSerial(l.date);
    const due = serial(d.y, d.m + l.term, d.d);
    rows.push([i + 1, l.id, l.borrower, l.date, l.amount, l.rate, l.term, due, l.repaid, l.interest, l.outstanding]);
  });
  rows.push(['Tổng cộng', null, null, null, loans.reduce((s, l) => s + l.amount, 0)]);
  return sheetOf(SAMPLE_SHEETS.loans, rows, (r, c) => (r < 5 || r > 4 + loans.length ? (c === 4 && r > 4 ? MONEY : null) : c === 3 || c === 7 ? DATE : c === 4 || c >= 8 ? MONEY : null));
}

function cashSheet(): MemorySheet {
  const rows: CellValue[][] = [
    ['SỔ QUỸ HOẠT ĐỘNG'],
    [],
    ['STT', 'Ngày', 'Số phiếu', 'Diễn giải', 'Thu', 'Chi', 'Tồn quỹ'],
    [null, serial(2025, 1, 1), null, 'Tồn đầu kỳ', null, null, 4_250_000],
  ];
  let balance = 4_250_000;
  const entries: [number, number, string, number, number][] = [
    [1, 10, 'Thu phí thành viên tháng 1', 290_000, 0],
    [1, 20, 'Chi mua nước, bánh sinh hoạt', 0, 150_000],
    [2, 10, 'Thu phí thành viên tháng 2', 290_000, 0],
    [2, 25, 'Chi thăm hỏi thành viên ốm', 0, 300_000],
    [3, 10, 'Thu phí thành viên tháng 3', 285_000, 0],
    [3, 18, 'Thu lãi cho vay quý 1', 2_150_000, 0],
    [3, 28, 'Chi văn phòng phẩm', 0, 85_000],
    [4, 10, 'Thu phí thành viên tháng 4', 290_000, 0],
    [5, 10, 'Thu phí thành viên tháng 5', 290_000, 0],
    [5, 19, 'Chi sinh hoạt văn nghệ', 0, 600_000],
    [6, 10, 'Thu phí thành viên tháng 6', 290_000, 0],
  ];
  entries.forEach(([m, d, text, receipt, payment], i) => {
    balance += receipt - payment;
    // Planted: the eighth line's balance is typed wrong (one typo marks one row).
    const stated = i === 7 ? balance + 100_000 : balance;
    rows.push([i + 1, serial(2025, m, d), `PT${String(i + 1).padStart(2, '0')}`, text, receipt || null, payment || null, stated]);
    if (i === 7) balance = stated - 100_000;
  });
  return sheetOf(SAMPLE_SHEETS.cashbook, rows, (r, c) => (r >= 3 && c === 1 ? DATE : r >= 3 && c >= 4 ? MONEY : null));
}

/** The sample club's workbook: club information, member list, loan book, cash book. */
export function sampleClubSheets(): MemorySheet[] {
  const members = sampleMembers();
  return [clubInfoSheet(), memberSheet(members), loanSheet(sampleLoans(members)), cashSheet()];
}

/** The demo workbook: the sample books, set up as a trainer would show them (as-of 30/06/2025). */
export function createDemoWorkbook(options: MemoryOptions = { readDelayMs: 80 }): MemoryWorkbook {
  const wb = new MemoryWorkbook(SAMPLE_NAME, sampleClubSheets(), options);
  wb.state = { version: 1, profileId: 'vinh-long', asOf: SAMPLE_AS_OF };
  return wb;
}
