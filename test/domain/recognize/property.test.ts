import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../../src/domain/grid';
import { recognize } from '../../../src/domain/recognize';
import { HEADERS } from '../../../src/domain/recognize/headers';
import { sheet, workbook } from './grids';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tống', 'Châu', 'Cao'];
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thanh', 'Hữu'];
const GIVEN = ['Lan', 'Hùng', 'Hưng', 'Hứng', 'Hoà', 'Hòa', 'Thuý', 'Mai', 'Tư', 'Bảy', 'Sáu', 'Cúc', 'Tổng', 'Cộng', 'Kế'];

const name = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map(([a, b, c]) => `${a} ${b} ${c}`);
const noise: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom('1.500', '1,5', 'abc', 'x', 'CN', '#', '15/13/2024', '2024-02-30', '  '),
  fc.constant<CellValue>({ error: '#N/A' }),
  fc.constant<CellValue>({ error: '#REF!' }),
  fc.boolean(),
);

type Col = { header: string; value: fc.Arbitrary<CellValue> };

const MEMBER_EXTRAS: Col[] = [
  { header: 'Dân tộc', value: fc.oneof(fc.constantFrom('Kinh', 'Khmer', 'Tày'), noise) },
  { header: 'Thôn', value: fc.oneof(fc.constantFrom('Ấp Phú Hòa', 'Ấp Tân An'), noise) },
  { header: 'Ghi chú', value: fc.oneof(fc.constantFrom('Mới vào', 'Chuyển đi', 'Tổ 3'), noise) },
  { header: 'Hoàn cảnh', value: fc.oneof(fc.constantFrom('HN', 'CN', 'Khó khăn', 'Khá'), noise) },
  { header: 'Chức vụ', value: fc.oneof(fc.constantFrom('CN', 'PCN', 'UV', 'TV'), noise) },
  { header: 'TNV', value: fc.oneof(fc.constantFrom('x', 'có'), noise) },
];
const LOAN_EXTRAS: Col[] = [
  { header: 'Mã vay', value: fc.oneof(fc.constantFrom('V01', 'V02'), noise) },
  { header: 'Dư nợ', value: fc.oneof(fc.integer({ min: 0, max: 9_000_000 }), noise) },
  { header: 'Thời hạn (tháng)', value: fc.oneof(fc.integer({ min: 1, max: 36 }), noise) },
  { header: 'Mục đích', value: fc.oneof(fc.constantFrom('Nuôi heo', 'Buôn bán'), noise) },
  { header: 'Ghi chú', value: noise },
];

interface Generated {
  sheet: SheetGrid;
  dataRows: number;
}

/** A member list or loan book laid out at random; `dataRows` is counted independently as it is built. */
function table(kind: 'members' | 'loans'): fc.Arbitrary<Generated> {
  const required: Col[] =
    kind === 'members'
      ? [
          { header: 'Họ và tên', value: name },
          { header: 'Năm sinh', value: fc.oneof(fc.integer({ min: 1930, max: 1990 }), fc.constantFrom('1958', '15/3/1960'), noise) },
          { header: 'Giới tính', value: fc.oneof(fc.constantFrom('Nam', 'Nữ', 'nữ', 'F'), noise) },
        ]
      : [
          { header: 'Họ tên người vay', value: name },
          { header: 'Ngày vay', value: fc.oneof(fc.integer({ min: 44000, max: 46000 }), fc.constantFrom('15/3/2025', '1-2-2024'), noise) },
          { header: 'Số tiền vay', value: fc.oneof(fc.integer({ min: 0, max: 9_000_000 }), fc.constantFrom('5.000.000', '3,000,000 đ'), noise) },
          { header: 'Lãi suất (%/tháng)', value: fc.oneof(fc.constantFrom(0.8, 1, '0,8', '0,8%'), noise) },
        ];
  const extras = kind === 'members' ? MEMBER_EXTRAS : LOAN_EXTRAS;
  return fc
    .record({
      extras: fc.subarray(extras),
      stt: fc.boolean(),
      order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      titles: fc.array(fc.constantFrom('HỘI NGƯỜI CAO TUỔI XÃ AN BÌNH', 'DANH SÁCH CLB LTHTGN ẤP PHÚ HÒA', 'Năm 2025', 'Kèm theo báo cáo số 12'), { maxLength: 4 }),
      gapAfterTitles: fc.boolean(),
      top: fc.nat({ max: 6 }),
      left: fc.nat({ max: 4 }),
      rows: fc.array(fc.record({ blanksBefore: fc.nat({ max: 2 }), sttOnly: fc.boolean() }), { maxLength: 40 }),
      ending: fc.constantFrom('none', 'total', 'signature', 'blanks'),
      seed: fc.integer(),
    })
    .chain((g) => {
      const cols = [...required, ...g.extras];
      // Random column order (the name stays a column; STT first when present).
      const ordered = cols.map((c, k) => ({ c, key: g.order[k % g.order.length] * 31 + k })).sort((a, b) => a.key - b.key).map((x) => x.c);
      const all: Col[] = g.stt ? [{ header: 'STT', value: fc.constant(null) }, ...ordered] : ordered;
      const rowArb = fc.tuple(...all.map((c) => c.value));
      return fc.array(rowArb, { minLength: g.rows.length, maxLength: g.rows.length }).map((cells) => {
        const values: CellValue[][] = [];
        const width = all.length;
        const blank = () => new Array<CellValue>(width).fill(null);
        for (const t of g.titles) values.push([t, ...new Array<CellValue>(width - 1).fill(null)]);
        if (g.gapAfterTitles && g.titles.length > 0) values.push(blank());
        values.push(all.map((c) => c.header));
        let count = 0;
        g.rows.forEach((spec, k) => {
          for (let b = 0; b < spec.blanksBefore; b++) values.push(blank());
          // An STT-only row is blank: it counts among the blanks before the next row only when there is room.
          if (g.stt && spec.sttOnly && spec.blanksBefore < 2) {
            const r = blank();
            r[0] = 900 + k;
            values.push(r);
          }
          const row = [...cells[k]];
          if (g.stt) row[0] = count + 1;
          values.push(row);
          count++;
        });
        if (g.ending === 'total') values.push(['Tổng cộng', ...new Array<CellValue>(width - 1).fill(count)]);
        if (g.ending === 'signature') values.push(['Phú Hòa, ngày 30 tháng 6 năm 2025', ...new Array<CellValue>(width - 1).fill(null)]);
        if (g.ending === 'blanks') values.push(blank(), blank(), blank());
        if (g.ending !== 'none') values.push(all.map((c) => (c.header === required[0].header ? 'Nguyễn Văn Ký' : 1950)));
        return { sheet: sheet(kind === 'members' ? 'DS' : 'Vay', values, { top: g.top, left: g.left }), dataRows: count };
      });
    });
}

describe('random layouts', () => {
  it('count every generated member and loan row, and nothing else', () => {
    fc.assert(
      fc.property(table('members'), table('loans'), (m, l) => {
        const r = recognize(workbook(m.sheet, l.sheet));
        const members = r.members.reduce((n, b) => n + b.rows.length, 0);
        const loans = r.loans.reduce((n, b) => n + b.rows.length, 0);
        expect(members).toBe(m.dataRows);
        expect(loans).toBe(l.dataRows);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary grids with header words scattered in them', () => {
    const words = Object.values(HEADERS).flatMap((t) => Object.values(t as Record<string, readonly string[]>).flat());
    const cell: fc.Arbitrary<CellValue> = fc.oneof(noise, fc.constantFrom(...words), name, fc.string(), fc.constantFrom('Tổng cộng', 'Người lập biểu', 'Nam', 'Nữ', 'Tồn đầu kỳ'));
    const grid = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 }),
      top: fc.nat({ max: 5 }),
      left: fc.nat({ max: 5 }),
      merges: fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 10 }), fc.nat({ max: 3 }), fc.nat({ max: 3 })), { maxLength: 5 }),
      hidden: fc.boolean(),
    });
    const kinds = fc.constantFrom('members', 'loans', 'repayments', 'cashbook', 'clubInfo', 'none', undefined);
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), fc.array(kinds, { minLength: 4, maxLength: 4 }), (grids, forced) => {
        const sheets = grids.map((g, k) =>
          sheet(`S${k}`, g.rows, {
            top: g.top,
            left: g.left,
            hidden: g.hidden,
            merges: g.merges.map(([t, l, h, w]) => ({ top: g.top + t, left: g.left + l, bottom: g.top + t + h, right: g.left + l + w })),
          }),
        );
        const assignment: Record<string, NonNullable<(typeof forced)[number]>> = {};
        forced.forEach((f, k) => {
          if (f) assignment[`S${k}`] = f;
        });
        const r = recognize(workbook(...sheets), assignment);
        for (const b of [...r.members, ...r.loans, ...r.repayments, ...r.cashbooks]) {
          for (const row of b.rows) expect(row.r).toBeGreaterThan(b.headerBottom);
        }
      }),
      { numRuns: 300 },
    );
  });
});
