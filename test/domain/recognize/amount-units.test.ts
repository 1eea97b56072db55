// Amounts counted in thousands or millions of đồng: the unit stated in a column header, in the
// group title over it, in an "ĐVT:" line above the table, or in a club-information label.
import type { CellValue } from '../../../src/domain/grid';
import { checkWorkbook } from '../../../src/domain/check';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { recognize } from '../../../src/domain/recognize';
import { serialFromIso } from '../../../src/domain/values';
import { merge, sheet, workbook } from './grids';

const MEMBERS: CellValue[][] = [
  ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
  [1, 'Nguyễn Thị Lan', 1950, 'Nữ'],
  [2, 'Trần Văn Ba', 1948, 'Nam'],
];
const members = () => sheet('DS', MEMBERS);
const check = (...sheets: Parameters<typeof workbook>) =>
  checkWorkbook(workbook(...sheets), { profile: builtinProfile('default') as Profile, asOf: serialFromIso('2025-06-30') as number }).findings;
const serial = (iso: string) => serialFromIso(iso) as number;

describe('amount columns in thousands of đồng', () => {
  it('reads "Số tiền vay (1.000 đ)" figures as thousands, and checks them as đồng', () => {
    const loans = sheet('Vay', [
      ['Người vay', 'Ngày vay', 'Số tiền vay (1.000 đ)', 'Lãi suất (%/tháng)', 'Đã trả gốc (1.000 đ)', 'Dư nợ (1.000 đ)'],
      ['Nguyễn Thị Lan', serial('2025-03-01'), 5000, 0.8, 1000, 4000],
      ['Trần Văn Ba', serial('2025-03-01'), '3.000', 0.8, 0, 2500],
    ]);
    const rec = recognize(workbook(members(), loans));
    const rows = rec.loans[0].rows;
    expect(rows.map((r) => [r.amount, r.principalRepaid, r.outstanding])).toEqual([
      [5_000_000, 1_000_000, 4_000_000],
      [3_000_000, 0, 2_500_000],
    ]);
    const mismatch = check(members(), loans).filter((f) => f.rule === 'loan.outstanding-mismatch');
    expect(mismatch.map((f) => f.cells)).toEqual([['F3']]);
    expect(mismatch[0].message.vi).toContain('2.500.000');
  });

  it('takes the unit from an "ĐVT: 1.000 đồng" line above the header', () => {
    const loans = sheet('Vay', [
      ['SỔ CHO VAY VỐN QUAY VÒNG', null, null, null],
      [null, null, null, 'ĐVT: 1.000 đồng'],
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Nguyễn Thị Lan', serial('2025-03-01'), 5000, 0.8],
    ]);
    expect(recognize(workbook(members(), loans)).loans[0].rows[0].amount).toBe(5_000_000);
  });

  it('takes the unit from a group title over Thu | Chi | Tồn', () => {
    const cash = sheet(
      'Sổ quỹ',
      [
        ['Ngày', 'Diễn giải', 'Số tiền (nghìn đồng)', null, null],
        [null, null, 'Thu', 'Chi', 'Tồn'],
        [serial('2025-01-02'), 'Tồn đầu kỳ', null, null, 10_000],
        [serial('2025-01-05'), 'Thu phí', 300, null, 10_300],
      ],
      { merges: [merge(0, 2, 0, 4), merge(0, 0, 1, 0), merge(0, 1, 1, 1)] },
    );
    const rows = recognize(workbook(cash)).cashbooks[0].rows;
    expect(rows.map((r) => [r.receipt, r.balance])).toEqual([
      [undefined, 10_000_000],
      [300_000, 10_300_000],
    ]);
  });

  it('leaves a column in đồng alone', () => {
    const loans = sheet('Vay', [
      ['Người vay', 'Ngày vay', 'Số tiền vay (đồng)', 'Lãi suất (%/tháng)'],
      ['Nguyễn Thị Lan', serial('2025-03-01'), 5_000_000, 0.8],
    ]);
    expect(recognize(workbook(members(), loans)).loans[0].rows[0].amount).toBe(5_000_000);
  });
});

describe('club-information amounts with their unit', () => {
  const info = (rows: CellValue[][]) => sheet('Thông tin CLB', rows);

  it('reads "Vốn quỹ tăng thu nhập (triệu đồng)" = 30 as 30 million, which the loans then exceed', () => {
    const loans = sheet('Vay', [
      ['Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      ['Nguyễn Thị Lan', serial('2025-03-01'), 20_000_000, 0.8],
      ['Trần Văn Ba', serial('2025-04-01'), 15_000_000, 0.8],
    ]);
    const clubInfo = info([
      ['Tên CLB', 'CLB LTHTGN ấp Phú Hòa'],
      ['Vốn quỹ tăng thu nhập (triệu đồng)', 30],
    ]);
    const rec = recognize(workbook(clubInfo, members(), loans));
    expect(rec.clubInfo[0].incomeCapital?.value).toBe(30_000_000);
    const exceeded = check(clubInfo, members(), loans).filter((f) => f.rule === 'loan.fund-exceeded');
    expect(exceeded.map((f) => f.sheet + '!' + f.cells.join(','))).toEqual(['Vay!C3']);
  });

  it('reads capitals and fees written with words or a yearly label', () => {
    const rec = recognize(
      workbook(
        info([
          ['Tên CLB', 'CLB LTHTGN ấp Phú Hòa'],
          ['Vốn quỹ tăng thu nhập', '50 triệu đồng'],
          ['Vốn quỹ hoạt động', '2tr5'],
          ['Mức phí thành viên (đồng/năm)', '36.000'],
        ]),
      ),
    );
    const ci = rec.clubInfo[0];
    expect([ci.incomeCapital?.value, ci.activityCapital?.value, ci.fee?.value]).toEqual([50_000_000, 2_500_000, 3000]);
    expect(ci.issues).toEqual([]);
  });

  it('checks a fee in thousands against the band in đồng', () => {
    const findings = check(
      info([
        ['Tên CLB', 'CLB LTHTGN ấp Phú Hòa'],
        ['Mức đóng góp (nghìn đồng/tháng)', 3],
      ]),
    );
    expect(findings.filter((f) => f.rule === 'fund.fee-out-of-range')).toEqual([]);
  });
});
