// Layouts and habits from the second audit of real-like workbooks (test/fixtures/real-like 26–37);
// each test failed before its fix.
import { checkWorkbook } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { recognize } from '../../../src/domain/recognize';
import { nameKey, personNameCore, readNumber, readStatusNote, serialFromIso } from '../../../src/domain/values';
import { check, sheet, workbook } from './grids';


const MEMBERS: CellValue[][] = [
  ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
  [1, 'Nguyễn Thị Lan', 1950, 'Nữ'],
  [2, 'Trần Văn Ba', 1948, 'Nam'],
  [3, 'Ông Văn Tùng', 1952, 'Nam'],
];

describe('loan books as treasurers keep them', () => {
  it('adds up the principal repaid month by month under a merged "Trả gốc" over Tháng 1 | Tháng 2 | Tháng 3', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Trả gốc', null, null, 'Dư nợ'],
      [null, null, null, null, 'Tháng 1', 'Tháng 2', 'T.3', null],
      ['Nguyễn Thị Lan', '10/1/2025', 5000000, 0.8, 500000, null, '1.000.000', 3500000],
      ['Trần Văn Ba', '12/1/2025', 3000000, 0.8, null, null, null, 3000000],
    ];
    const merges = [{ top: 0, left: 4, bottom: 0, right: 6 }];
    const book = recognize(workbook(sheet('DS', MEMBERS), sheet('Vay', rows, { merges }))).loans[0];
    expect(book.rows.map((l) => l.principalRepaid)).toEqual([1500000, undefined]);
    expect(check(sheet('DS', MEMBERS), sheet('Vay', rows, { merges })).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
  });

  it('reads on past a "Cộng CLB …" subtotal to the next club, and ends at Tổng cộng', () => {
    const rows: CellValue[][] = [
      ['CLB', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['CLB Phú Hòa', 'Nguyễn Thị Lan', '10/1/2025', 5000000, 0.8],
      ['Cộng CLB Phú Hòa', null, null, 5000000, null],
      ['CLB Tân Lợi', 'Trần Văn Ba', '12/1/2025', 3000000, 0.8],
      [null, 'Cộng ấp Tân Lợi', null, 3000000, null],
      ['Tổng cộng', null, null, 8000000, null],
      ['CLB Mỹ An', 'Người ký', '1/1/2025', 1, 1],
    ];
    expect(recognize(workbook(sheet('Vay', rows))).loans[0].rows.map((l) => l.borrower)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Ba']);
  });

  it.each([['Bà Nguyễn Thị Lan'], ['B. Nguyễn Thị Lan'], ['Ô. Trần Văn Ba'], ['Nguyễn Thị Lan (Tổ 2)'], ['Trần Văn Ba - ấp Phú Hòa'], ['Nguyễn Thị Lan, tổ 3']])(
    'finds the member in a borrower written "%s"',
    (who) => {
      const rows: CellValue[][] = [
        ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
        [who, '10/1/2025', 5000000, 0.8],
      ];
      expect(check(sheet('DS', MEMBERS), sheet('Vay', rows)).filter((f) => f.rule === 'loan.borrower-not-member')).toEqual([]);
    },
  );

  it('counts "Bà Nguyễn Thị Lan" and "Nguyễn Thị Lan" as one borrower with two loans outstanding', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Nguyễn Thị Lan', '10/1/2025', 5000000, 0.8],
      ['Bà Nguyễn Thị Lan (Tổ 2)', '10/3/2025', 2000000, 0.8],
      ['Ông Trần Văn Ba', '10/3/2025', 2000000, 0.8],
    ];
    const profile = { ...(builtinProfile('default') as Profile), oneOutstandingLoanPerMember: true };
    const found = checkWorkbook(workbook(sheet('DS', MEMBERS), sheet('Vay', rows)), { profile, asOf: serialFromIso('2025-06-30') as number }).findings;
    expect(found.filter((f) => f.rule === 'loan.multiple-active').map((f) => f.cells)).toEqual([['A2'], ['A3']]);
  });

  it('credits a payment logged under "Bà Nguyễn Thị Lan" to the loan of Nguyễn Thị Lan', () => {
    const loans: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
      ['Nguyễn Thị Lan', '10/1/2025', 5000000, 0.8, 4000000],
      ['Trần Văn Ba', '10/1/2025', 3000000, 0.8, 2500000],
    ];
    const log: CellValue[][] = [
      ['Người trả', 'Ngày trả', 'Số tiền trả gốc'],
      ['Bà Nguyễn Thị Lan', '10/4/2025', 1000000],
      ['Trần Văn Ba', '10/4/2025', 500000],
    ];
    expect(check(sheet('DS', MEMBERS), sheet('Vay', loans), sheet('Thu nợ', log)).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
  });

  it('keeps "Ông Văn Tùng", a member whose family name is Ông, as himself', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Ông Văn Tùng', '10/1/2025', 5000000, 0.8],
    ];
    expect(check(sheet('DS', MEMBERS), sheet('Vay', rows)).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
  });

  it('still reports a stranger with a title, suggesting the member names', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Bà Nguyễn Thị Lam (Tổ 2)', '10/1/2025', 5000000, 0.8],
    ];
    const found = check(sheet('DS', MEMBERS), sheet('Vay', rows)).filter((f) => f.rule === 'loan.borrower-not-member');
    expect(found).toHaveLength(1);
    expect(found[0].message.en).toContain('Nguyễn Thị Lan');
  });
});

describe('person names', () => {
  it('ignores a full stop typed after a name', () => {
    expect(nameKey('Trần  Văn Ba.')).toBe(nameKey('Trần Văn Ba'));
  });

  it('finds the name inside a title or a place note, and nothing in a plain name', () => {
    expect(personNameCore('Bà Nguyễn Thị Lan')).toBe('nguyễn thị lan');
    expect(personNameCore('Ô.Trần Văn Ba (ấp Phú Hòa)')).toBe('trần văn ba');
    expect(personNameCore('Nguyễn Thị Lan')).toBeUndefined();
    expect(personNameCore('TV05 - Nguyễn Thị Lan')).toBe('nguyễn thị lan');
    expect(personNameCore('05. Nguyễn Thị Lan')).toBe('nguyễn thị lan');
    expect(personNameCore('Nguyễn Thị Lan (TV012)')).toBe('nguyễn thị lan');
    // "Bàng" is not "Bà" + "ng"
    expect(personNameCore('Bàng Thị Lan')).toBeUndefined();
  });
});

describe('cash books kept month by month', () => {
  it('skips a month title on a row of its own ("Tháng 02/2025") instead of reading it as an entry without a date', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      [null, 'Số dư đầu năm', null, null, 1000000],
      ['Tháng 01/2025'],
      ['5/1/2025', 'Thu phí', '150.000đ', null, 1150000],
      ['THÁNG 2 NĂM 2025'],
      ['5/2/2025', 'Chi thăm ốm', null, 200000, 950000],
    ];
    expect(check(sheet('Sổ quỹ', rows)).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('member lists', () => {
  it('does not count a member whose Ghi chú says "Đã mất 2024", but keeps one whose note is about someone else', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ghi chú'],
      [1, 'Nguyễn Thị Lan', 1950, 'Nữ', 'Đã mất 2024'],
      [2, 'Trần Văn Ba', 1948, 'Nam', 'Chồng đã mất'],
      [3, 'Lê Thị Hoa', 1948, 'Nữ', 'Chuyển đi (3/2024)'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows.map((m) => m.status)).toEqual(['deceased', undefined, 'moved']);
  });

  it.each([
    ['Đã mất 2024', 'deceased'],
    ['Qua đời ngày 5/1/2025', 'deceased'],
    ['Chuyển đi', 'moved'],
    ['Chồng đã mất', undefined],
    ['Đang sinh hoạt', undefined],
    ['HN năm 2024', undefined],
  ])('reads the note "%s" as %s', (note, status) => {
    expect(readStatusNote(note)).toBe(status);
  });

  it('says a list gives ages instead of birth years, at the age column', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Tuổi', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 75, 'Nữ'],
    ];
    const found = check(sheet('DS', rows)).filter((f) => f.rule === 'book.missing-column');
    expect(found.map((f) => f.cells)).toEqual([['C1']]);
    expect(found[0].message.en).toContain('ages');
    expect(found[0].fix.vi).toContain('Năm sinh');
  });
});

describe('amounts with their scale in words', () => {
  it.each([
    ['50 triệu', 50_000_000],
    ['2,5 triệu đồng', 2_500_000],
    ['500 nghìn', 500_000],
  ])('reads "%s" as %d', (typed, amount) => {
    expect(readNumber(typed, 'amount')).toEqual({ ok: true, value: amount });
  });
});
