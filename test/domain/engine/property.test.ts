// Random club books, laid out at random, never crash the engine, and the numbers it reports equal a
// simple recount of what was generated. 10,000 workbooks per run.
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/domain/check';
import type { CellValue, SheetGrid } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { serialFromIso } from '../../../src/domain/values';

const profile = builtinProfile('default') as Profile;
const asOf = serialFromIso('2025-06-30') as number;

const given = ['Lan', 'Hoa', 'Cúc', 'Mai', 'Huệ', 'Thu', 'Hùng', 'Dũng', 'Hòa', 'Thúy', 'Hưng', 'Hứng'];
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ'];

const memberArb = fc.record({
  family: fc.constantFrom(...family),
  given: fc.constantFrom(...given),
  birth: fc.oneof(
    fc.integer({ min: 1925, max: 2000 }),
    fc.integer({ min: 1925, max: 2000 }).map(String),
    fc.constant(null),
    fc.constant('không rõ'),
    fc.constant({ error: '#N/A' }),
  ),
  sex: fc.constantFrom<CellValue>('Nam', 'Nữ', 'nữ', 'NAM', 'F', '', 'Bà', null),
  hardship: fc.constantFrom<CellValue>('Hộ nghèo', 'Cận nghèo', 'HCKK', 'Khá', '', null, 'Nghè'),
});

const loanArb = fc.record({
  who: fc.nat(30),
  amount: fc.oneof(fc.integer({ min: -1, max: 20 }).map((n) => n * 1_000_000), fc.constant('5.000.000'), fc.constant(null), fc.constant('năm triệu')),
  rate: fc.oneof(fc.constantFrom<CellValue>(0.6, 0.8, 1, 1.2, 9.6, 0.008, '0,8', null, 'abc'), fc.double({ min: 0, max: 20, noNaN: true })),
  date: fc.oneof(fc.integer({ min: 45000, max: 46000 }), fc.constant('31/02/2025'), fc.constant('15/3/2025'), fc.constant(null)),
});

interface Layout {
  titleLines: number;
  order: number[];
  top: number;
  left: number;
}

const layoutArb = (columns: number) =>
  fc.record({
    titleLines: fc.nat(3),
    order: fc.shuffledSubarray([...Array(columns).keys()], { minLength: columns, maxLength: columns }),
    top: fc.nat(3),
    left: fc.nat(3),
  });

function sheet(name: string, header: string[], rows: CellValue[][], layout: Layout): SheetGrid {
  const values: CellValue[][] = [];
  for (let i = 0; i < layout.titleLines; i++) values.push([i === 0 ? `DANH SÁCH ${name.toUpperCase()}` : 'Năm 2025']);
  values.push(layout.order.map((k) => header[k]));
  for (const r of rows) values.push(layout.order.map((k) => r[k]));
  return { name, top: layout.top, left: layout.left, values };
}

function isBlankish(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

describe('the engine on random books', () => {
  it('never throws, and its counts equal a recount of the generated rows', () => {
    fc.assert(
      fc.property(
        fc.array(memberArb, { maxLength: 14 }),
        fc.array(loanArb, { maxLength: 10 }),
        layoutArb(5),
        layoutArb(5),
        (members, loans, memberLayout, loanLayout) => {
          const memberRows = members.map((m, i) => [i + 1, `${m.family} Thị ${m.given}`, m.birth, m.sex, m.hardship] as CellValue[]);
          const names = memberRows.map((r) => r[1] as string);
          const loanRows = loans.map((l, i) => [names.length ? names[l.who % names.length] : `Người ngoài ${l.who}`, l.date, l.amount, l.rate, `V${i + 1}`] as CellValue[]);
          const sheets: SheetGrid[] = [];
          if (memberRows.length) sheets.push(sheet('Thành viên', ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh'], memberRows, memberLayout));
          if (loanRows.length) sheets.push(sheet('Cho vay', ['Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Mã vay'], loanRows, loanLayout));
          const result = checkWorkbook({ name: 'random.xlsx', sheets }, { profile, asOf });

          expect(result.summary.members).toBe(memberRows.length);
          expect(result.summary.loans).toBe(loanRows.length);
          const count = (rule: string) => result.findings.filter((f) => f.rule === rule).length;
          expect(count('member.birth-missing')).toBe(members.filter((m) => isBlankish(m.birth)).length);
          const rateOut = loans.filter((l) => typeof l.rate === 'number' && (l.rate < 0.6 - 1e-9 || l.rate > 1 + 1e-9)).length;
          expect(count('loan.rate-out-of-range')).toBe(rateOut);
          const errors = result.findings.filter((f) => f.severity === 'error').length;
          expect(result.summary.errors).toBe(errors);
          // Findings are sorted by sheet, row, rule, and every cell is a plain A1 address.
          for (let i = 1; i < result.findings.length; i++) {
            const a = result.findings[i - 1];
            const b = result.findings[i];
            if (a.sheet === b.sheet) expect((a.row ?? 0) <= (b.row ?? 0)).toBe(true);
          }
          for (const f of result.findings) for (const c of f.cells) expect(c).toMatch(/^[A-Z]{1,3}\d+$/);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
