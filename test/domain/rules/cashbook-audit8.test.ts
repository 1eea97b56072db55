// Cash books as treasurers keep them by hand, from the eighth audit of real-like workbooks
// (test/fixtures/real-like 139–146); each test failed before its fix.
import type { CellValue } from '../../../src/domain/grid';
import { recognize } from '../../../src/domain/recognize';
import { readAmount, serialFromIso } from '../../../src/domain/values';
import { check, merge, sheet, workbook } from '../recognize/grids';

const day = (iso: string) => serialFromIso(iso) as number;
const DATE = 'dd/mm/yyyy';
/** The fund findings as "rule cells", in order. */
const fundFindings = (rows: CellValue[][], options = {}) =>
  check(sheet('Sổ quỹ', rows, options))
    .filter((f) => f.rule.startsWith('fund.') || f.rule.startsWith('book.'))
    .map((f) => `${f.rule} ${f.cells.join(',')}`);

describe('a balance kept in cash and in the bank (140)', () => {
  // Ngày | Số phiếu | Diễn giải | Thu | Chi merged down, "Tồn quỹ" over Tiền mặt | Tiền gửi NH | Cộng.
  const header: CellValue[][] = [
    ['SỔ QUỸ TĂNG THU NHẬP NĂM 2025', null, null, null, null, null, null, null],
    ['Ngày tháng', 'Số phiếu', 'Diễn giải', 'Thu', 'Chi', 'Tồn quỹ', null, null],
    [null, null, null, null, null, 'Tiền mặt', 'Tiền gửi NH', 'Cộng'],
  ];
  const merges = [merge(1, 5, 1, 7), ...[0, 1, 2, 3, 4].map((c) => merge(1, c, 2, c))];
  const formats = (n: number) => Array.from({ length: n }, () => [DATE, null, null, null, null, null, null, null]);
  const rows = (body: CellValue[][]) => [...header, ...body];

  it('reads the sub-header row as header, and the fund balance in the Cộng column', () => {
    const body: CellValue[][] = [
      [null, null, 'Số dư đầu năm 2025', null, null, 2_400_000, 18_000_000, 20_400_000],
      [day('2025-01-15'), 'PT01', 'Thu lãi tháng 1/2025', 640_000, null, 3_040_000, 18_000_000, 21_040_000],
      [day('2025-01-20'), 'PC01', 'Chi cho vay bà Phạm Thị Cúc', null, 2_000_000, 1_040_000, 18_000_000, 20_040_000], // Cộng 1.000.000 over
      [day('2025-02-10'), 'PC02', 'Chi cho vay ông Võ Văn Tâm', null, 1_000_000, 40_000, 18_000_000, 18_040_000],
    ];
    expect(fundFindings(rows(body), { merges, formats: [[], [], [], ...formats(4)] })).toEqual(['fund.balance-mismatch H6']);
  });

  it('takes a transfer between cash and bank (no receipt, no payment, Cộng unchanged) as no entry', () => {
    const body: CellValue[][] = [
      [null, null, 'Số dư đầu năm 2025', null, null, 2_400_000, 18_000_000, 20_400_000],
      [day('2025-02-05'), null, 'Rút tiền gửi ngân hàng về quỹ tiền mặt', null, null, 12_400_000, 8_000_000, 20_400_000],
      [day('2025-02-10'), 'PC02', 'Chi cho vay ông Võ Văn Tâm', null, 4_000_000, 8_400_000, 8_000_000, 16_400_000],
      [day('2025-05-15'), 'PT10', 'Thu lãi tháng 5/2025', null, null, 8_400_000, 8_000_000, 16_400_000], // amount left out
    ];
    expect(fundFindings(rows(body), { merges, formats: [[], [], [], ...formats(4)] })).toEqual(['fund.entry-invalid D7,E7']);
  });

  it('adds up the parts when the balance has no total column', () => {
    const noTotal = header.map((r) => r.slice(0, 7));
    const body: CellValue[][] = [
      [null, null, 'Số dư đầu năm 2025', null, null, 2_400_000, 18_000_000],
      [day('2025-01-20'), 'PC01', 'Chi cho vay', null, 5_000_000, 1_400_000, 14_000_000],
    ];
    const m = [merge(1, 5, 1, 6), ...[0, 1, 2, 3, 4].map((c) => merge(1, c, 2, c))];
    expect(fundFindings([...noTotal, ...body], { merges: m })).toEqual([]);
    expect(recognize(workbook(sheet('Sổ quỹ', [...noTotal, ...body], { merges: m }))).cashbooks[0].rows.map((r) => r.balance)).toEqual([20_400_000, 15_400_000]);
  });
});

describe('analysis columns under Thu and Chi (144)', () => {
  const rows: CellValue[][] = [
    ['SỔ QUỸ TĂNG THU NHẬP NĂM 2025', null, null, null, null, null, null, null, null],
    ['Ngày', 'Số phiếu', 'Diễn giải', 'Thu', null, null, 'Chi', null, 'Tồn quỹ'],
    [null, null, null, 'Thu nợ gốc', 'Thu lãi', 'Thu khác', 'Cho vay', 'Chi khác', null],
    [null, null, 'Tồn quỹ đầu năm', null, null, null, null, null, 5_200_000],
    [day('2025-01-10'), 'PC01', 'Chi cho vay bà Nguyễn Thị Thảo', null, null, null, 4_000_000, null, 1_200_000],
    [day('2025-01-25'), 'PT02', 'Thu lãi tháng 1/2025', null, 584_000, null, null, null, 1_784_000],
    [day('2025-03-05'), 'PT05', 'Hội NCT huyện bổ sung vốn quỹ', null, null, 1_000_000, null, null, 2_784_000],
    [day('2025-03-31'), 'PC05', 'Trích 30% lãi quý I chuyển quỹ hoạt động', null, null, null, null, 175_000, 2_609_000],
    [day('2025-04-25'), 'PT09', 'Thu lãi tháng 4/2025', null, '358.000 + 282.000', null, null, null, 3_249_000],
    [day('2025-06-10'), 'PC09', 'Chi cho vay bà Tô Thị Phượng', null, null, null, 6_000_000, null, -2_751_000],
  ];
  const merges = [merge(1, 3, 1, 5), merge(1, 6, 1, 7), ...[0, 1, 2, 8].map((c) => merge(1, c, 2, c))];

  it('adds up the receipts of the three Thu columns and the payments of the two Chi columns', () => {
    expect(fundFindings(rows, { merges })).toEqual(['fund.entry-invalid E9', 'fund.overdrawn G10,I10']);
  });
});

describe('numbers as accountants and hurried treasurers type them', () => {
  it('reads "(274)" in brackets as a negative amount, with its unit and thousands dots', () => {
    expect(readAmount('(274)', 1000)).toEqual({ ok: true, value: -274_000 });
    expect(readAmount('(1.500.000 đ)')).toEqual({ ok: true, value: -1_500_000 });
    expect(readAmount('(1.500.000)đ')).toEqual({ ok: true, value: -1_500_000 });
    expect(readAmount('(-274)').ok).toBe(false);
    expect(readAmount('(chưa rõ)').ok).toBe(false);
  });

  it('says the fund is 274.000 đồng below zero when a balance in thousands is typed "(274)" (141)', () => {
    const text = (r: CellValue[]) => r.map((v) => (v === null ? null : String(v)));
    const rows: CellValue[][] = [
      [null, null, null, null, null, 'ĐVT: 1.000đ'],
      ['Ngày', 'Số phiếu', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
      text([null, null, 'Tồn năm 2024 chuyển sang', null, null, '1.226']),
      text(['20/04/2025', 'PC06', 'Hỗ trợ làm nhà bà Tô Thị Năm (hộ nghèo)', null, '1.500', '(274)']),
      text(['08/05/2025', 'PT06', 'Thu phí thành viên tháng 5', '174', null, '(100)']),
      text(['15/05/2025', 'PT07', 'Thành viên ủng hộ làm nhà bà Năm', '650', null, '550']),
    ];
    const found = check(sheet('Quỹ hoạt động', rows)).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => `${f.rule} ${f.cells.join(',')}`)).toEqual(['fund.overdrawn E4,F4']);
    expect(found[0].message.vi).toContain('quỹ âm 274.000 đồng');
  });

  it('does not read "168.0000" as 168 đồng: a dot followed by four digits is reported (139)', () => {
    const r = readAmount('168.0000');
    expect(r.ok).toBe(false);
    const rows: CellValue[][] = [
      ['Ngày', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
      [day('2025-06-10'), 'Thu phí thành viên tháng 6/2025', '168.0000', null, 1_168_000],
    ];
    const found = check(sheet('Sổ quỹ', rows)).filter((f) => f.rule === 'fund.entry-invalid');
    expect(found.map((f) => f.cells)).toEqual([['C2']]);
    expect(found[0].message.vi).toContain('4 chữ số');
  });
});

describe('an unreadable date or balance stops nothing but its own cell (141, 142, 146)', () => {
  it('still finds the fund below zero on a row whose date cannot be read', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
      [null, 'Tồn đầu kỳ', null, null, 500_000],
      ['16/O5/2025', 'Tham quan học tập', null, 1_100_000, -600_000],
      [day('2025-06-05'), 'Thành viên đóng góp', 700_000, null, 100_000],
    ];
    const found = check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => `${f.rule} ${f.cells.join(',')}`)).toEqual(['fund.entry-invalid A3', 'fund.overdrawn D3,E3']);
    expect(found[1].message.vi).toBe('Sau khoản chi ở dòng 3, quỹ âm 600.000 đồng.');
  });

  it('goes on past an unreadable balance and still marks the next wrong one', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
      [null, 'Tồn đầu kỳ', null, null, 500_000],
      [day('2025-01-05'), 'Thu phí', 180_000, null, '68O.000'],
      [day('2025-01-06'), 'Nước uống', null, 60_000, 650_000], // should be 620.000
      [day('2025-01-07'), 'Họp tháng', null, null, 650_000],
    ];
    expect(fundFindings(rows)).toEqual(['fund.entry-invalid E3', 'fund.balance-mismatch E4', 'fund.entry-invalid C5,D5']);
  });

  it('ends the missing-column message with a full stop', () => {
    const rows: CellValue[][] = [
      ['Ngày', 'Nội dung', 'Thu', 'Tồn quỹ'],
      [day('2025-01-05'), 'Thu phí', 180_000, 680_000],
    ];
    const [f] = check(sheet('Sổ quỹ', rows)).filter((x) => x.rule === 'book.missing-column');
    expect(f.message.vi).toBe("Trang 'Sổ quỹ' giống sổ quỹ nhưng không có cột chi.");
    expect(f.message.en).toBe("Sheet 'Sổ quỹ' looks like a cash book but has no payments column.");
  });
});

describe('a date merged down over a meeting day\'s entries (146)', () => {
  const rows: CellValue[][] = [
    ['Ngày tháng', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
    [day('2025-01-05'), 'Thu phí tháng 1 (60 người)', 180_000, null, 1_330_000],
    [null, 'Nước uống họp CLB', null, 60_000, 1_270_000],
    [null, 'Mua quà Tết 8 hộ khó khăn', null, 800_000, 470_000],
    [day('2025-02-05'), 'Thu phí tháng 2 (60 người)', 180_000, null, 650_000],
  ];
  const merges = [merge(1, 0, 3, 0)];

  it('reads the date for each row of the merge, with no merged-cells warning', () => {
    expect(fundFindings(rows, { merges })).toEqual([]);
    const book = recognize(workbook(sheet('Sổ quỹ', rows, { merges }))).cashbooks[0];
    expect(book.rows.map((r) => r.date)).toEqual([day('2025-01-05'), day('2025-01-05'), day('2025-01-05'), day('2025-02-05')]);
  });
});

describe('a cash book without a balance column (139)', () => {
  it('recomputes the balance from the opening line written under Thu and finds it below zero', () => {
    const rows: CellValue[][] = [
      ['Ngày tháng', 'Nội dung', 'Thu', 'Chi'],
      [day('2025-01-01'), 'Tồn quỹ năm 2024 chuyển sang', 1_150_000, null],
      [day('2025-05-20'), 'Tham quan học tập mô hình CLB xã Long Hòa', null, 2_500_000],
      [day('2025-05-25'), 'Thành viên đóng góp chuyến tham quan', 1_500_000, null],
    ];
    const found = check(sheet('Sổ quỹ', rows)).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => `${f.rule} ${f.cells.join(',')}`)).toEqual(['fund.overdrawn D3']);
    expect(found[0].message.vi).toContain('quỹ âm 1.350.000 đồng');
  });

  it('does not guess the fund without an opening line: the book may start mid-year', () => {
    const rows: CellValue[][] = [
      ['Ngày tháng', 'Nội dung', 'Thu', 'Chi'],
      [day('2025-07-05'), 'Thu phí tháng 7', 180_000, null],
      [day('2025-07-06'), 'Mua quà', null, 200_000],
    ];
    expect(fundFindings(rows)).toEqual([]);
  });
});

describe('one amount column and a Thu/Chi column (143)', () => {
  const rows: CellValue[][] = [
    ['STT', 'Ngày', 'Nội dung', 'Thu/Chi', 'Số tiền', 'Còn lại', 'Ghi chú'],
    [null, day('2025-01-01'), 'Tồn quỹ đầu năm', null, null, 980_000],
    [1, day('2025-01-05'), 'Thu phí tháng 1/2025', 'Thu', 156_000, 1_136_000],
    [2, day('2025-01-05'), 'Nước uống họp CLB', 'chi', 50_000, 1_086_000],
    [3, day('2025-03-10'), 'Nước uống họp CLB', 'Chi', -50_000, 1_036_000],
    [4, day('2025-05-06'), 'Nước uống họp CLB', 'Chi', null, 1_036_000],
    [5, day('2025-05-19'), 'Tham quan học tập CLB xã bạn', 'Chi', 1_300_000, -264_000],
  ];

  it('adds Thu rows and subtracts Chi rows, a minus on a Chi row being the same payment', () => {
    expect(fundFindings(rows)).toEqual(['fund.entry-invalid E6', 'fund.overdrawn E7,F7']);
  });

  it('reads "Thu/Chi", "Thu - Chi" and "Loại (Thu/Chi)" as that column, not as the receipts', () => {
    for (const type of ['Thu/Chi', 'Thu - Chi', 'Loại (Thu/Chi)']) {
      const book = recognize(workbook(sheet('Sổ quỹ', [[...rows[0].slice(0, 3), type, ...rows[0].slice(4)], ...rows.slice(1)]))).cashbooks[0];
      expect(book.rows.slice(1, 4).map((r) => [r.receipt, r.payment])).toEqual([
        [156_000, undefined],
        [undefined, 50_000],
        [undefined, 50_000],
      ]);
    }
  });
});

describe('dates written short, as on paper (142, 146)', () => {
  it('reads a day alone under a "Tháng 3/2025" row as that day of March 2025, and marks a day the month lacks', () => {
    const rows: CellValue[][] = [
      ['SỔ QUỸ TĂNG THU NHẬP', null, null, null, null, null],
      ['Ngày', 'Chứng từ', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      [null, null, 'Tồn quỹ năm 2024 chuyển sang', null, null, 8_600_000],
      ['Tháng 3/2025', null, null, null, null, null],
      [5, 'PT5', 'Thu lãi tháng 3', 510_000, null, 9_110_000],
      [null, null, 'Cộng tháng 3', 510_000, null, null],
      ['Tháng 4/2025', null, null, null, null, null],
      [31, 'PT8', 'Thu nợ gốc bà Hoàng Thị Nga', 2_000_000, null, 11_110_000],
    ];
    const merges = [merge(3, 0, 3, 5), merge(6, 0, 6, 5)];
    const found = check(sheet('SQ 2025', rows, { merges })).filter((f) => f.rule.startsWith('fund.'));
    expect(found.map((f) => `${f.rule} ${f.cells.join(',')}`)).toEqual(['fund.entry-invalid A8']);
    expect(found[0].message.vi).toContain('tháng 4/2025 không có ngày 31');
    const book = recognize(workbook(sheet('SQ 2025', rows, { merges }))).cashbooks[0];
    expect(book.rows[1].date).toBe(day('2025-03-05'));
  });

  it('reads "05/01" as 05/01/2025 under a title naming the year', () => {
    const rows: CellValue[][] = [
      ['SỔ QUỸ HOẠT ĐỘNG NĂM 2025', null, null, null, null],
      ['Ngày tháng', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
      ['05/01', 'Thu phí tháng 1 (60 người)', 180_000, null, 1_330_000],
      ['25/03', 'Trích lãi quỹ TTN quý I', 400_000, null, 1_730_000],
    ];
    expect(fundFindings(rows)).toEqual([]);
    const book = recognize(workbook(sheet('Sổ quỹ', rows))).cashbooks[0];
    expect(book.rows.map((r) => r.date)).toEqual([day('2025-01-05'), day('2025-03-25')]);
  });

  it('guesses no year for "05/01" when the book names none, or two', () => {
    const rows: CellValue[][] = [
      ['Ngày tháng', 'Nội dung', 'Thu', 'Chi', 'Tồn quỹ'],
      ['05/01', 'Thu phí tháng 1 (60 người)', 180_000, null, 1_330_000],
    ];
    expect(fundFindings(rows)).toEqual(['fund.entry-invalid A2']);
    expect(fundFindings([['SỔ QUỸ HOẠT ĐỘNG NĂM 2024 - 2025', null, null, null, null], ...rows])).toEqual(['fund.entry-invalid A3']);
  });
});
