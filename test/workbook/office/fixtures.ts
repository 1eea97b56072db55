// Club and province workbooks for the Office adapter tests, built in code with names and values
// that look real, plus mark plans over them.

import { columnLetters } from '../../../src/domain/grid';
import type { MarkPlan, SheetMarks } from '../../../src/domain/marks';
import { type NoteFinding, planNotes } from '../../../src/domain/notes';
import type { NotePlan } from '../../../src/workbook/port';
import { Workbook } from '../../office-host/workbook';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng'];
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thanh', 'Hữu'];
const GIVEN = ['Lan', 'Bình', 'Hoa', 'Dũng', 'Mai', 'Tâm', 'Hùng', 'Cúc', 'Sơn', 'Hạnh', 'Phúc', 'Xuân'];
const HAMLETS = ['Ấp Tân Hòa', 'Ấp Long Thạnh', 'Ấp Phú Lợi', 'Ấp Bình Đông'];

export function personName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 1) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
}

/** Members from row `top` (0-based) at column `left`: STT, name, birth year, sex, hardship, role, hamlet, joined. */
export function memberRows(n: number, seed = 0): (string | number | { error: string })[][] {
  const rows: (string | number | { error: string })[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ', 'Thôn/Ấp', 'Ngày vào CLB']];
  for (let i = 0; i < n; i++) {
    const k = i + seed;
    rows.push([
      i + 1,
      personName(k),
      k % 17 === 5 ? { error: '#N/A' } : 1940 + (k % 40),
      k % 3 === 0 ? 'Nam' : 'Nữ',
      ['Hộ nghèo', 'Hộ cận nghèo', 'Khó khăn', ''][k % 4],
      i === 0 ? 'Chủ nhiệm' : i === 1 ? 'Phó chủ nhiệm' : 'Thành viên',
      HAMLETS[k % HAMLETS.length],
      45000 + (k % 900),
    ]);
  }
  return rows;
}

export function loanRows(n: number, seed = 0): (string | number)[][] {
  const rows: (string | number)[][] = [['STT', 'Mã vay', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay (đồng)', 'Lãi suất (%/tháng)', 'Thời hạn (tháng)', 'Đã trả gốc', 'Dư nợ', 'Mục đích']];
  for (let i = 0; i < n; i++) {
    const k = i + seed;
    const amount = 2_000_000 + (k % 8) * 500_000;
    const paid = (k % 5) * 300_000;
    rows.push([i + 1, `V${String(k + 1).padStart(4, '0')}`, personName(k * 3), 45300 + (k % 400), amount, k % 11 === 0 ? 1.2 : 0.8, 12, paid, amount - paid, ['Chăn nuôi bò', 'Trồng rau', 'Buôn bán nhỏ'][k % 3]]);
  }
  return rows;
}

/** A club file: info sheet, members under title lines (used range from B3), loan book, cash book. */
export function clubWorkbook(): Workbook {
  const wb = new Workbook('CLB LTHTGN Ấp Tân Hòa.xlsx');
  wb.addSheet('Thông tin CLB', {
    values: [
      ['Thông tin', 'Giá trị'],
      ['Tên CLB', 'CLB Liên thế hệ tự giúp nhau Ấp Tân Hòa'],
      ['Xã/Phường', 'Xã Long Hưng'],
      ['Tỉnh', 'Vĩnh Long'],
      ['Ngày thành lập', 44197],
      ['Mức phí thành viên (đồng/tháng)', 10000],
      ['Lãi suất cho vay (%/tháng)', 0.8],
    ],
    numberFormats: [[], [], [], [], [null, 'dd/mm/yyyy'], [null, '#,##0'], [null, '0.0#']],
  });
  const members = memberRows(60);
  wb.addSheet('Danh sách', { at: 'B3', values: [['DANH SÁCH THÀNH VIÊN CLB'], [], ...members] });
  // Title in B3, header in B5, members from B6; dates formatted.
  wb.setBlock('Danh sách', 'I6', [], Array.from({ length: 60 }, () => ['dd/mm/yyyy']));
  wb.addSheet('Sổ cho vay', { values: loanRows(40), numberFormats: [[], ...Array.from({ length: 40 }, () => [null, null, null, 'dd/mm/yyyy', '#,##0', '0.0', null, '#,##0', '#,##0'])] });
  const cash: (string | number)[][] = [['Ngày', 'Số phiếu', 'Diễn giải', 'Thu', 'Chi', 'Tồn quỹ']];
  let balance = 5_000_000;
  for (let i = 0; i < 80; i++) {
    const inc = i % 3 === 0 ? 0 : 150_000;
    const out = i % 3 === 0 ? 200_000 : 0;
    balance += inc - out;
    cash.push([45300 + i * 3, `PT${i + 1}`, i % 3 === 0 ? 'Chi hoạt động' : 'Thu phí thành viên', inc || '', out || '', balance]);
  }
  wb.addSheet('Sổ quỹ', { values: cash, numberFormats: [[], ...Array.from({ length: 80 }, () => ['dd/mm/yyyy', null, null, '#,##0', '#,##0', '#,##0'])] });
  // The officer's own formatting, which marks must never disturb.
  wb.style('Danh sách', 'B5:I5', { bold: true, fill: '#DDEBF7', borders: { EdgeBottom: { style: 'Continuous', color: '#000000' } } });
  wb.style('Sổ cho vay', 'E2:E5', { fill: '#E2EFDA' });
  wb.addConditionalFormat('Sổ cho vay', { type: 'CellValue', range: 'F2:F41', rule: { formula1: '1', operator: 'GreaterThan' }, format: { fill: '#FFC000', bold: true }, stopIfTrue: false });
  wb.addConditionalFormat('Sổ quỹ', { type: 'Custom', range: 'F2:F81', formula: '=F2<0', format: { fontColor: '#FF0000' }, stopIfTrue: false });
  const sheet = wb.sheet('Danh sách');
  sheet.merges = ['B3:I3'];
  sheet.selection = 'C6';
  return wb;
}

/** Marks like a real check makes: some errors and warnings on each book. */
export function clubPlan(): MarkPlan {
  const members: SheetMarks = {
    sheet: 'Danh sách',
    marks: [
      { r: 5, c: 3, level: 2, rules: ['member.birth-missing'] },
      { r: 10, c: 4, level: 1, rules: ['member.sex-unreadable'] },
      { r: 22, c: 3, level: 2, rules: ['member.birth-error'] },
      { r: 39, c: 5, level: 1, rules: ['member.hardship-unknown'] },
      { r: 63, c: 2, level: 2, rules: ['member.duplicate'] },
    ],
  };
  const loans: SheetMarks = {
    sheet: 'Sổ cho vay',
    marks: [
      { r: 1, c: 5, level: 2, rules: ['loan.rate-out-of-range'] },
      { r: 12, c: 5, level: 2, rules: ['loan.rate-out-of-range'] },
      { r: 20, c: 8, level: 1, rules: ['loan.outstanding-mismatch'] },
    ],
  };
  const cash: SheetMarks = { sheet: 'Sổ quỹ', marks: [{ r: 30, c: 5, level: 1, rules: ['cash.balance'] }] };
  return [loans, cash, members].sort((a, b) => (a.sheet < b.sheet ? -1 : 1));
}

/** Vietnamese message and fix of a mark's rules, as the check would give them. */
function noteFindings(plan: MarkPlan): NoteFinding[] {
  return plan.flatMap((p) =>
    p.marks.flatMap((m) =>
      m.rules.map((rule) => ({
        sheet: p.sheet,
        cells: [`${columnLetters(m.c)}${m.r + 1}`],
        severity: m.level === 2 ? 'error' : 'warning',
        message: `Ô này vi phạm quy định ${rule} của CLB.`,
        fix: `Sửa lại theo quy chế (${rule}), rồi kiểm tra lại.`,
      })),
    ),
  );
}

/** The notes a check makes for a mark plan: one per marked cell (planNotes). */
export function notesFor(plan: MarkPlan): NotePlan {
  return planNotes(noteFindings(plan));
}

/** A province roll-up: 20,000 members × 12 columns, 100,000 loans × 12 columns. */
export function provinceWorkbook(): Workbook {
  const wb = new Workbook('Tong hop tinh.xlsx');
  const m = wb.addSheet('Thành viên');
  const l = wb.addSheet('Cho vay');
  const mRows = m.rows;
  for (let i = 0; i <= 20_000; i++) {
    mRows[i] =
      i === 0
        ? ['CLB', 'STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ', 'Thôn/Ấp', 'Dân tộc', 'Ngày vào CLB', 'Tình trạng', 'Ghi chú'].map((value) => ({ value }))
        : [`CLB ${(i % 300) + 1}`, i, personName(i), 1940 + (i % 40), i % 3 ? 'Nữ' : 'Nam', ['Hộ nghèo', 'Hộ cận nghèo', 'Khó khăn', 'Không'][i % 4], 'Thành viên', HAMLETS[i % 4], 'Kinh', 45000 + (i % 900), 'Đang sinh hoạt', ''].map((value, c) =>
            c === 9 ? { value, numberFormat: 'dd/mm/yyyy' } : value === '' ? undefined : { value },
          );
  }
  const lRows = l.rows;
  for (let i = 0; i <= 100_000; i++) {
    lRows[i] =
      i === 0
        ? ['CLB', 'STT', 'Mã vay', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Thời hạn', 'Đã trả gốc', 'Đã trả lãi', 'Dư nợ', 'Mục đích'].map((value) => ({ value }))
        : [`CLB ${(i % 300) + 1}`, i, `V${i}`, personName(i * 3), 45300 + (i % 400), 3_000_000, 0.8, 12, 1_000_000, 120_000, 2_000_000, 'Chăn nuôi'].map((value, c) =>
            c === 4 ? { value, numberFormat: 'dd/mm/yyyy' } : c === 5 || c >= 8 ? (c === 11 ? { value } : { value, numberFormat: '#,##0' }) : { value },
          );
  }
  return wb;
}

/** About 3% of province rows carry a mark, spread over the sheets. */
export function provincePlan(): MarkPlan {
  const members: SheetMarks['marks'][number][] = [];
  for (let r = 7; r <= 20_000; r += 29) members.push({ r, c: 3, level: r % 2 ? 2 : 1, rules: ['member.birth'] });
  const loans: SheetMarks['marks'][number][] = [];
  for (let r = 3; r <= 100_000; r += 31) {
    loans.push({ r, c: 6, level: 2, rules: ['loan.rate'] });
    if (r % 5 === 0) loans.push({ r, c: 10, level: 1, rules: ['loan.outstanding'] });
  }
  return [
    { sheet: 'Cho vay', marks: loans },
    { sheet: 'Thành viên', marks: members },
  ];
}
