// Table ends and loan bookkeeping seen in real files (the audit of messy.test.ts); each test failed before its fix.
import { checkWorkbook } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { recognize } from '../../../src/domain/recognize';
import { serialFromIso } from '../../../src/domain/values';
import { sheet, workbook } from './grids';

const check = (...sheets: Parameters<typeof workbook>) =>
  checkWorkbook(workbook(...sheets), { profile: builtinProfile('default') as Profile, asOf: serialFromIso('2025-06-30') as number }).findings;

describe('the end of a table (extent.ts)', () => {
  it('ends at a total label typed in the CLB column', () => {
    const rows: CellValue[][] = [
      ['STT', 'CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'CLB Phú Hòa', 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [null, 'Tổng số', 1, null, null],
    ];
    expect(recognize(workbook(sheet('TH', rows))).members[0].rows).toHaveLength(1);
  });

  it.each([['Danh sách có 2 thành viên.'], ['Ghi chú: HN = hộ nghèo'], ['* Số liệu đến 30/6/2025'], ['Lưu ý: ghi đủ năm sinh']])('ends at a remark on a row of its own: %s', (remark) => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [2, 'Lưu Ý Nhi', 1950, 'Nữ'],
      [null, remark, null, null],
      [3, 'Trần Văn Ba', 1950, 'Nam'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows.map((r) => r.name)).toEqual(['Nguyễn Thị Lan', 'Lưu Ý Nhi']);
  });

  it('keeps a member whose only filled cell is a name like a remark word', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [null, 'Lưu Ý Nhi', null, null],
      [2, 'Trần Văn Ba', 1950, 'Nam'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows).toHaveLength(2);
  });

  it('ends at a place-and-date line with the date in figures', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ', null],
      [null, null, null, null, 'Phú Hưng, ngày 30/6/2025'],
      [null, 'Người lập', null, null, 'Chủ nhiệm'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows).toHaveLength(1);
  });

  it('skips the header typed again inside the table (one header per printed page)', () => {
    const header = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];
    const rows: CellValue[][] = [header, [1, 'Nguyễn Thị Lan', 1955, 'Nữ'], [...header], [2, 'Trần Văn Hùng', 1950, 'Nam']];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng']);
  });
});

describe('loan rules (loans.ts)', () => {
  const members = sheet('DS', [
    ['Họ và tên', 'Năm sinh', 'Giới tính'],
    ['Nguyễn Thị Lan', 1955, 'Nữ'],
    ['Trần Văn Hùng', 1950, 'Nam'],
  ]);

  it('does not compare a stated Dư nợ with the amount when nothing says what was repaid', () => {
    const loans = sheet('Vay', [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Dư nợ'],
      ['Nguyễn Thị Lan', 45300, 5000000, 0.8, 4000000],
      ['Trần Văn Hùng', 45300, 5000000, 0.8, 6000000],
    ]);
    expect(check(members, loans).filter((f) => f.rule === 'loan.outstanding-mismatch').map((f) => f.cells)).toEqual([['E3']]);
  });

  it('credits a payment on a repeated loan id to the loan of the payer', () => {
    const loans = sheet('Vay', [
      ['Mã vay', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Dư nợ'],
      ['V1', 'Nguyễn Thị Lan', 45300, 5000000, 0.8, 4000000],
      ['V1', 'Trần Văn Hùng', 45300, 3000000, 0.8, 3000000],
    ]);
    const log = sheet('Thu nợ', [
      ['Mã vay', 'Họ tên', 'Ngày trả', 'Tiền gốc'],
      ['V1', 'Nguyễn Thị Lan', 45400, 1000000],
    ]);
    const found = check(members, loans, log);
    expect(found.filter((f) => f.rule === 'loan.outstanding-mismatch')).toEqual([]);
    expect(found.filter((f) => f.rule === 'loan.duplicate-id')).toHaveLength(2);
  });

  it('does not count borrowers for a roll-up club whose loans are not in the file', () => {
    const rollup = sheet('TH', [
      ['CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['CLB Phú Hòa', 'Nguyễn Thị Lan', 1955, 'Nữ'],
      ['CLB Tân An', 'Trần Văn Hùng', 1950, 'Nam'],
    ]);
    const loans = sheet('Vay Phú Hòa', [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      ['Nguyễn Thị Lan', 45300, 5000000, 0.8],
    ]);
    expect(check(rollup, loans).filter((f) => f.rule === 'club.borrower-share')).toEqual([]);
  });
});
