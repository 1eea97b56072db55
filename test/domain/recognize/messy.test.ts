// Layouts seen in officers' own files that the first version of recognition misread (found by an
// audit over hand-built workbooks: center-across titles, sex marks under "Giới tính", unit rows,
// the standard S07 cash-book form, numbered club-information labels).
import { checkWorkbook } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { recognize } from '../../../src/domain/recognize';
import { serialFromIso } from '../../../src/domain/values';
import { merge, sheet, workbook } from './grids';

const check = (...sheets: Parameters<typeof workbook>) =>
  checkWorkbook(workbook(...sheets), { profile: builtinProfile('default') as Profile, asOf: serialFromIso('2025-06-30') as number }).findings;

describe('a member list with a two-row header', () => {
  it('reads "Năm sinh" typed once and centred across Nam | Nữ (not merged) as the split layout', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ'],
      [null, null, 'Nam', 'Nữ', null],
      [1, 'Nguyễn Thị Lan', null, 1955, 'Chủ nhiệm'],
      [2, 'Trần Văn Hùng', 1950, null, null],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.layout).toBe('split-birth');
    expect(book.columns.birthMale?.c).toBe(2);
    expect(book.columns.birthFemale?.c).toBe(3);
    expect(book.rows.map((m) => [m.sex, m.birthYear])).toEqual([
      ['F', 1955],
      ['M', 1950],
    ]);
  });

  it('reads the sex from x marks under "Giới tính" over Nam | Nữ', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', null],
      [null, null, null, 'Nam', 'Nữ'],
      [1, 'Nguyễn Thị Lan', 1955, null, 'x'],
      [2, 'Trần Văn Hùng', 1950, 'x', null],
      [3, 'Lê Thị Hoà', 1962, 'x', 'x'],
      [4, 'Phạm Thị Thuý', 1948, null, null],
    ];
    const book = recognize(workbook(sheet('DS', rows, { merges: [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 3, 0, 4)] }))).members[0];
    expect(book.layout).toBe('sex-marks');
    expect(book.columns.maleMark?.c).toBe(3);
    expect(book.columns.femaleMark?.c).toBe(4);
    expect(book.rows.map((m) => m.sex)).toEqual(['F', 'M', undefined, undefined]);
    expect(book.rows[0].issues).toEqual([]);
    expect(book.rows[2].issues).toEqual([expect.objectContaining({ field: 'sex', kind: 'conflict' })]);
    expect(book.rows[3].issues).toEqual([expect.objectContaining({ field: 'sex', kind: 'empty' })]);
  });

  it('reads a lone "Nữ" column of marks: a mark is a woman, no mark a man', () => {
    const rows: CellValue[][] = [
      ['TT', 'Họ và tên', 'Năm sinh', 'Nữ', 'Hoàn cảnh'],
      [1, 'Nguyễn Thị Lan', 1955, 'x', 'Hộ nghèo'],
      [2, 'Trần Văn Hùng', 1950, null, null],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.layout).toBe('sex-marks');
    expect(book.rows.map((m) => m.sex)).toEqual(['F', 'M']);
  });

  it('reads HN | CN | KK mark columns under "Hoàn cảnh"', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', null, null],
      [null, null, null, null, 'HN', 'CN', 'KK'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ', 'x', null, null],
      [2, 'Trần Văn Hùng', 1950, 'Nam', null, 'x', null],
      [3, 'Lê Thị Hoà', 1962, 'Nữ', null, null, 'x'],
    ];
    const book = recognize(workbook(sheet('DS', rows, { merges: [merge(0, 4, 0, 6)] }))).members[0];
    expect(book.rows.map((m) => m.hardship)).toEqual(['poor', 'near-poor', 'hardship']);
    expect(book.rows.flatMap((m) => m.issues)).toEqual([]);
  });
});

describe('a row of units under the header', () => {
  it('is part of the header, and its unit is read (%/năm)', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      [null, null, '(ngày/tháng/năm)', '(đồng)', '(%/năm)'],
      [1, 'Nguyễn Thị Lan', 45300, 5000000, 9.6],
    ];
    const book = recognize(workbook(sheet('Vay', rows))).loans[0];
    expect(book.headerBottom).toBe(1);
    expect(book.columns.amount).toMatchObject({ c: 3, r: 0 });
    expect(book.rows).toHaveLength(1);
    expect(book.rows[0].issues).toEqual([]);
    expect(book.rows[0].rate).toMatchObject({ monthlyPercent: 0.8, period: 'year' });
  });
});

describe('a first data row with a note in parentheses', () => {
  it('is data, not a unit row', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh'],
      [1, '(chưa rõ tên)', 1955, 'Nữ', 'Hộ nghèo'],
      [2, 'Trần Văn Hùng', 1950, 'Nam', null],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.headerBottom).toBe(0);
    expect(book.rows.map((m) => m.r)).toEqual([1, 2]);
  });

  it('"Năm" as a given name in the first row is no unit either', () => {
    const rows: CellValue[][] = [
      ['Họ đệm', 'Tên', 'Năm sinh', 'Giới tính'],
      ['Hồ Thị', 'Năm', 1955, 'Nữ'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.name)).toEqual(['Hồ Thị Năm']);
  });
});

describe('the standard cash-book form (S07)', () => {
  it('reads Thu | Chi under "Số hiệu chứng từ" as voucher numbers, not as amounts', () => {
    const rows: CellValue[][] = [
      ['Ngày tháng ghi sổ', 'Số hiệu chứng từ', null, 'Diễn giải', 'Số tiền', null, null],
      [null, 'Thu', 'Chi', null, 'Thu', 'Chi', 'Tồn'],
      [null, null, null, 'Tồn đầu kỳ', null, null, 1000000],
      [45300, 'PT01', null, 'Thu phí thành viên', 200000, null, 1200000],
      [45301, null, 'PC01', 'Chi thăm hỏi', null, 100000, 1100000],
    ];
    const merges = [merge(0, 0, 1, 0), merge(0, 1, 0, 2), merge(0, 3, 1, 3), merge(0, 4, 0, 6)];
    const book = recognize(workbook(sheet('Sổ quỹ', rows, { merges }))).cashbooks[0];
    expect(book.columns.receipt?.c).toBe(4);
    expect(book.columns.payment?.c).toBe(5);
    expect(book.rows.map((c) => [c.voucher, c.receipt, c.payment])).toEqual([
      [undefined, undefined, undefined],
      ['PT01', 200000, undefined],
      [undefined, undefined, 100000],
    ]);
    expect(book.rows.flatMap((c) => c.issues)).toEqual([]);
  });
});

describe('a club-information sheet typed as a numbered form', () => {
  it('reads labels with line numbers, units in the values and a founding year', () => {
    const rows: CellValue[][] = [
      ['THÔNG TIN VỀ CÂU LẠC BỘ', null],
      ['1. Tên CLB:', 'CLB LTHTGN ấp Phú Hòa'],
      ['2/ Xã:', 'An Bình'],
      ['3. Ngày thành lập:', '2018'],
      ['- Mức phí thành viên:', '3.000 đồng/tháng'],
      ['a) Lãi suất cho vay:', '0,8%/tháng'],
      ['+ Vốn quỹ tăng thu nhập đến 30/6/2025:', '100.000.000 đ'],
    ];
    const info = recognize(workbook(sheet('Thong tin', rows))).clubInfo[0];
    expect(info.name?.value).toBe('CLB LTHTGN ấp Phú Hòa');
    expect(info.commune?.value).toBe('An Bình');
    expect(info.founded?.value).toBe(43101); // 1 January 2018
    expect(info.fee?.value).toBe(3000);
    expect(info.rate?.value).toMatchObject({ monthlyPercent: 0.8 });
    expect(info.incomeCapital?.value).toBe(100_000_000);
    expect(info.issues).toEqual([]);
  });
});

describe('a title line written as a label', () => {
  it('names the club after the colon of "Tên CLB:"', () => {
    const rows: CellValue[][] = [
      ['Tên CLB: CLB ấp Phú Hòa', null, null],
      ['Họ và tên', 'Năm sinh', 'Giới tính'],
      ['Nguyễn Thị Lan', 1955, 'Nữ'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].club).toBe('CLB ấp Phú Hòa');
  });
});

describe('a loan term written with its unit', () => {
  it('reads "24 tháng" and "2 năm" as months', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Kỳ hạn'],
      ['Nguyễn Thị Lan', 45300, 5000000, 0.8, '24 tháng'],
      ['Trần Văn Hùng', 45300, 5000000, 0.8, '2 năm'],
    ];
    const book = recognize(workbook(sheet('Vay', rows))).loans[0];
    expect(book.rows.map((l) => l.term)).toEqual([24, 24]);
    expect(book.rows.flatMap((l) => l.issues)).toEqual([]);
  });
});

describe('loan headers that start with another column’s wording', () => {
  it('reads "Thời hạn trả nợ" as the due date and "Số tiền gốc đã trả" as principal repaid', () => {
    const rows: CellValue[][] = [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'LS (%/tháng)', 'Thời hạn trả nợ', 'Số tiền gốc đã trả', 'Số tiền còn nợ'],
      ['Nguyễn Thị Lan', '15/01/2025', 5000000, 0.8, '15/01/2027', 1000000, 4000000],
    ];
    const book = recognize(workbook(sheet('Vay', rows))).loans[0];
    expect(book.columns).toMatchObject({ amount: { c: 2 }, rate: { c: 3 }, due: { c: 4 }, principalRepaid: { c: 5 }, outstanding: { c: 6 } });
    expect(book.columns.term).toBeUndefined();
    expect(book.rows[0]).toMatchObject({ amount: 5000000, principalRepaid: 1000000, outstanding: 4000000 });
    expect(book.rows[0].issues).toEqual([]);
  });
});

describe('a signature block signed on behalf of the board', () => {
  it('ends the table at "Thay mặt Ban chủ nhiệm" / "Chủ tịch UBND xã"', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [null, 'Thay mặt Ban chủ nhiệm', null, 'Chủ tịch UBND xã'],
      [null, 'Nguyễn Văn Bé', null, 'Lê Thị Hoà'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows).toHaveLength(1);
  });
});

describe('a name written in two columns', () => {
  it('joins Họ đệm | Tên under a "Họ và tên" header merged across both', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', null, 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị', 'Lan', 1955, 'Nữ'],
      [2, 'Trần Văn', 'Hùng', 1950, 'Nam'],
    ];
    const book = recognize(workbook(sheet('DS', rows, { merges: [merge(0, 1, 0, 2)] }))).members[0];
    expect(book.columns.name).toMatchObject({ c: 1, right: 2 });
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng']);
  });

  it('joins them under "Họ và tên" over Họ đệm | Tên, and the sub-header row is not a member', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', null, 'Năm sinh', 'Giới tính'],
      [null, 'Họ đệm', 'Tên', null, null],
      [1, 'Nguyễn Thị', 'Lan', 1955, 'Nữ'],
      [2, 'Trần Văn', 'Hùng', 1950, 'Nam'],
    ];
    const merges = [merge(0, 0, 1, 0), merge(0, 1, 0, 2), merge(0, 3, 1, 3), merge(0, 4, 1, 4)];
    const book = recognize(workbook(sheet('DS', rows, { merges }))).members[0];
    expect(book.headerBottom).toBe(1);
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng']);
  });

  it('joins "Họ và tên đệm" | "Tên" side by side (no merge)', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên đệm', 'Tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị', 'Lan', 1955, 'Nữ'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan']);
  });

  it('joins a borrower’s name the same way, so it matches the member list', () => {
    const rows: CellValue[][] = [
      ['Họ tên người vay', null, 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      ['Nguyễn Thị', 'Lan', 45300, 5000000, 0.8],
    ];
    const book = recognize(workbook(sheet('Vay', rows, { merges: [merge(0, 0, 0, 1)] }))).loans[0];
    expect(book.rows[0].borrowerKey).toBe('nguyễn thị lan');
  });
});

describe('a roll-up whose CLB column is merged down over each club', () => {
  it('gives every row of the merge the club written at its top', () => {
    const rows: CellValue[][] = [
      ['CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['CLB Phú Hòa', 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [null, 'Trần Văn Hùng', 1950, 'Nam'],
      ['CLB Tân An', 'Lê Thị Hoà', 1962, 'Nữ'],
      [null, 'Võ Văn Hưng', 1948, 'Nam'],
    ];
    const book = recognize(workbook(sheet('Tổng hợp', rows, { merges: [merge(1, 0, 2, 0), merge(3, 0, 4, 0)] }))).members[0];
    expect(book.rows.map((m) => m.club)).toEqual(['CLB Phú Hòa', 'CLB Phú Hòa', 'CLB Tân An', 'CLB Tân An']);
  });
});

describe('findings on such layouts', () => {
  it('marks both mark cells of a member whose sex cannot be told, and no merged-cell warning for a merged club column', () => {
    const rows: CellValue[][] = [
      ['CLB', 'Họ và tên', 'Năm sinh', 'Giới tính', null],
      [null, null, null, 'Nam', 'Nữ'],
      ['CLB Phú Hòa', 'Nguyễn Thị Lan', 1955, null, 'x'],
      [null, 'Trần Văn Hùng', 1950, 'x', 'x'],
    ];
    const merges = [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 3, 0, 4), merge(2, 0, 3, 0)];
    const findings = check(sheet('Tổng hợp', rows, { merges }));
    expect(findings.filter((f) => f.rule === 'member.sex-missing').map((f) => f.cells)).toEqual([['D4', 'E4']]);
    expect(findings.filter((f) => f.rule === 'book.merged-cells')).toEqual([]);
    expect(new Set(findings.map((f) => f.club))).toEqual(new Set(['CLB Phú Hòa']));
  });
});

describe('a roll-up with a club column and a loan sheet per club', () => {
  it('gives each loan sheet the club its title or name points to in the club column', () => {
    const members: CellValue[][] = [
      ['DANH SÁCH THÀNH VIÊN CÁC CLB LTHTGN XÃ AN BÌNH', null, null, null],
      ['CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['CLB ấp Phú Hòa', 'Nguyễn Thị Lan', 1955, 'Nữ'],
      ['CLB ấp Tân An', 'Võ Văn Hưng', 1948, 'Nam'],
    ];
    const loans = (title: string, name: string): CellValue[][] => [
      [title, null, null, null],
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất'],
      [name, 45300, 5000000, 0.8],
    ];
    const r = recognize(
      workbook(
        sheet('Tong hop', members),
        sheet('Sheet2', loans('SỔ CHO VAY CLB ẤP PHÚ HÒA', 'Nguyễn Thị Lan')),
        sheet('Vay Tân An', loans('SỔ CHO VAY', 'Võ Văn Hưng')),
      ),
    );
    expect(r.loans.map((b) => [b.sheet, b.club, b.rows[0].club])).toEqual([
      ['Sheet2', 'CLB ấp Phú Hòa', 'CLB ấp Phú Hòa'],
      ['Vay Tân An', 'CLB ấp Tân An', 'CLB ấp Tân An'],
    ]);
  });
});

describe('one sheet that is both the member list and the loan book', () => {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Số tiền vay', 'Ngày vay', 'Lãi suất', 'Dư nợ'],
    [1, 'Nguyễn Thị Lan', 1955, 'Nữ', 'HN', 5000000, 45300, 0.8, 5000000],
    [2, 'Trần Văn Hùng', 1950, 'Nam', null, null, null, null, null],
    [3, 'Lê Thị Hoà', 1962, 'Nữ', 'CN', '3.000.000', '15/02/2025', '0,8', 3000000],
  ];

  it('is read as both: every row a member, the rows with a loan a loan', () => {
    const r = recognize(workbook(sheet('DS', rows)));
    expect(r.members.map((b) => b.rows.length)).toEqual([3]);
    expect(r.loans.map((b) => b.rows.map((l) => l.r))).toEqual([[1, 3]]);
    expect(r.loans[0].rows.flatMap((l) => l.issues)).toEqual([]);
  });

  it('is read as both under a two-row header that only the member list needs', () => {
    const two: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Số tiền vay', 'Ngày vay', 'Lãi suất'],
      [null, null, 'Nam', 'Nữ', null, null, null],
      [1, 'Nguyễn Thị Lan', null, 1955, 5000000, 45300, 0.8],
      [2, 'Trần Văn Hùng', 1950, null, null, null, null],
    ];
    const merges = [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 0, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5), merge(0, 6, 1, 6)];
    const r = recognize(workbook(sheet('DS', two, { merges })));
    expect(r.members[0].rows.map((m) => m.sex)).toEqual(['F', 'M']);
    expect(r.loans[0].rows.map((l) => [l.r, l.amount])).toEqual([[2, 5000000]]);
  });

  it('is only a loan book when another sheet is the member list', () => {
    const members = sheet('Thành viên', [
      ['Họ và tên', 'Năm sinh', 'Giới tính'],
      ['Nguyễn Thị Lan', 1955, 'Nữ'],
    ]);
    const r = recognize(workbook(members, sheet('Vay', rows)));
    expect(r.members.map((b) => b.sheet)).toEqual(['Thành viên']);
    expect(r.loans.map((b) => [b.sheet, b.rows.length])).toEqual([['Vay', 3]]);
  });
});

describe('a birth date written in three columns', () => {
  it('reads the year under "Ngày tháng năm sinh" over Ngày | Tháng | Năm', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Ngày tháng năm sinh', null, null, 'Giới tính'],
      [null, null, 'Ngày', 'Tháng', 'Năm', null],
      [1, 'Nguyễn Thị Lan', 15, 3, 1955, 'Nữ'],
    ];
    const book = recognize(workbook(sheet('DS', rows, { merges: [merge(0, 2, 0, 4), merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 5, 1, 5)] }))).members[0];
    expect(book.headerBottom).toBe(1);
    expect(book.rows.map((m) => [m.name, m.birthYear])).toEqual([['Nguyễn Thị Lan', 1955]]);
    expect(book.rows[0].issues).toEqual([]);
  });
});

describe('a repayment log headed "Số tiền trả gốc" / "Số tiền trả lãi"', () => {
  it('is a repayment log', () => {
    const rows: CellValue[][] = [
      ['Mã vay', 'Người trả', 'Ngày trả', 'Số tiền trả gốc', 'Số tiền trả lãi'],
      ['V01', 'Nguyễn Thị Lan', 45300, 500000, 40000],
    ];
    const log = recognize(workbook(sheet('Thu nợ', rows))).repayments[0];
    expect(log.rows[0]).toMatchObject({ loanId: 'V01', principal: 500000, interest: 40000 });
  });
});

describe('a club-information sheet laid out as a one-row table', () => {
  it('reads each value under its label', () => {
    const rows: CellValue[][] = [
      ['Tên CLB', 'Xã', 'Tỉnh', 'Ngày thành lập', 'Mức phí thành viên (đồng/tháng)', 'Vốn quỹ tăng thu nhập (đồng)'],
      ['CLB ấp Phú Hòa', 'An Bình', 'Vĩnh Long', '15/03/2018', 3000, 100000000],
    ];
    const info = recognize(workbook(sheet('TT', rows))).clubInfo[0];
    expect([info.name?.value, info.commune?.value, info.province?.value, info.fee?.value, info.incomeCapital?.value]).toEqual([
      'CLB ấp Phú Hòa',
      'An Bình',
      'Vĩnh Long',
      3000,
      100000000,
    ]);
    expect(info.incomeCapital).toMatchObject({ r: 1, c: 5 });
    expect(info.issues).toEqual([]);
  });

  it('does not take the next label as the value of an empty one', () => {
    const rows: CellValue[][] = [
      ['Tên CLB', 'CLB ấp Phú Hòa'],
      ['Huyện', null],
      ['Ghi chú: từ 2025 không còn cấp huyện', null],
      ['Tỉnh', 'Vĩnh Long'],
    ];
    const info = recognize(workbook(sheet('TT', rows))).clubInfo[0];
    expect(info.district?.value).toBeUndefined();
    expect(info.province?.value).toBe('Vĩnh Long');
  });

  it('recognizes a blank form of labels, each value cell known and empty, nothing reported', () => {
    const rows: CellValue[][] = [['THÔNG TIN CÂU LẠC BỘ'], ['Tên CLB', null], ['Xã/Phường', null], ['Tỉnh', null], ['Vốn quỹ tăng thu nhập (đồng)', null]];
    const rec = recognize(workbook(sheet('Thông tin CLB', rows)));
    expect(rec.clubInfo).toHaveLength(1);
    expect(rec.clubInfo[0].name).toEqual({ r: 1, c: 1, raw: null });
    expect(rec.clubInfo[0].incomeCapital?.value).toBeUndefined();
    expect(rec.clubInfo[0].issues).toEqual([]);
  });
});

describe('a cash book with monthly totals', () => {
  it('goes on past "Tổng cộng tháng 1", "Lũy kế từ đầu năm" and "Tồn quỹ cuối tháng", and ends at "Tổng cộng"', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn quỹ'],
      [null, 'Dư đầu tháng', null, null, 1000000],
      [45300, 'Thu phí', 200000, null, 1200000],
      [null, 'Tổng cộng tháng 1', 200000, null, null],
      [null, 'Lũy kế từ đầu năm', 200000, null, null],
      [null, 'Tồn quỹ cuối tháng', null, null, 1200000],
      [45330, 'Chi thăm hỏi', null, 100000, 1100000],
      [null, 'Tổng cộng', 200000, 100000, null],
    ];
    const book = recognize(workbook(sheet('Sổ quỹ', rows))).cashbooks[0];
    // The closing line is a balance line: it must agree with the running balance.
    expect(book.rows.map((c) => [c.r, c.opening])).toEqual([
      [1, true],
      [2, false],
      [5, true],
      [6, false],
    ]);
    expect(check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'))).toEqual([]);
    rows[5] = [null, 'Tồn quỹ cuối tháng', null, null, 1_300_000];
    const wrong = check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'));
    expect(wrong.map((f) => [f.rule, f.cells])).toEqual([['fund.balance-mismatch', ['E6']]]);
  });
});
