// Layouts and habits from the third audit of real-like workbooks (test/fixtures/real-like 38–53);
// each test failed before its fix.
import { checkWorkbook } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { matchHeader } from '../../../src/domain/recognize';
import { recognize } from '../../../src/domain/recognize';
import { serialFromIso } from '../../../src/domain/values';
import { sheet, workbook } from './grids';

const check = (...sheets: Parameters<typeof workbook>) =>
  checkWorkbook(workbook(...sheets), { profile: builtinProfile('default') as Profile, asOf: serialFromIso('2025-06-30') as number }).findings;

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
