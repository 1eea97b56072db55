import { cashBook, clubInfo, day, only, run, type CashInput } from './build';

function book(rows: CashInput[]) {
  return run({ cashbooks: [cashBook(rows)] });
}

const opening: CashInput = { opening: true, description: 'Tồn đầu kỳ', balance: 1_000_000 };

describe('cash book rules', () => {
  it('accepts a correct running balance', () => {
    const result = book([
      opening,
      { date: day('2025-01-05'), receipt: 200_000, balance: 1_200_000 },
      { date: day('2025-01-09'), payment: 500_000, balance: 700_000 },
    ]);
    expect(result.findings).toEqual([]);
  });

  it('marks only the row where the balance breaks: one typo marks one row', () => {
    const result = book([
      opening,
      { date: day('2025-01-05'), receipt: 200_000, balance: 1_200_000 },
      { date: day('2025-01-09'), payment: 500_000, balance: 790_000 }, // typo: should be 700,000
      { date: day('2025-01-12'), receipt: 100_000, balance: 800_000 }, // right from the opening
      { date: day('2025-01-20'), payment: 50_000, balance: 750_000 },
    ]);
    const found = only(result, 'fund.balance-mismatch');
    expect(found.map((f) => f.row)).toEqual([7]);
    expect(found[0].cells).toEqual(['G7']);
    expect(found[0].fix.vi).toContain('700.000');
  });

  it('does not mark rows that carry on from an earlier mistake', () => {
    const result = book([
      opening,
      { date: day('2025-01-05'), receipt: 200_000, balance: 1_300_000 }, // wrong, and carried on below
      { date: day('2025-01-09'), payment: 500_000, balance: 800_000 },
      { date: day('2025-01-12'), receipt: 100_000, balance: 900_000 },
    ]);
    expect(only(result, 'fund.balance-mismatch').map((f) => f.row)).toEqual([6]);
  });

  it('flags the fund going below zero once, where it happens', () => {
    const result = book([
      opening,
      { date: day('2025-01-05'), payment: 1_500_000, balance: -500_000 },
      { date: day('2025-01-06'), payment: 100_000, balance: -600_000 },
      { date: day('2025-01-07'), receipt: 2_000_000, balance: 1_400_000 },
    ]);
    const found = only(result, 'fund.overdrawn');
    expect(found.map((f) => f.row)).toEqual([6]);
    expect(found[0].message.en).toContain('500,000 đồng below zero');
  });

  it('flags a row with neither receipt nor payment, and unreadable amounts and dates', () => {
    const result = book([
      opening,
      { date: day('2025-01-05'), description: 'Họp tháng', balance: 1_000_000 },
      { date: day('2025-01-06'), receipt: undefined, issues: [{ field: 'receipt', c: 4, kind: 'unreadable', raw: 'hai trăm' }] },
      { date: undefined, receipt: 10_000, balance: 1_010_000, issues: [{ field: 'date', c: 0, kind: 'unreadable', raw: '32/1/2025' }] },
    ]);
    const found = only(result, 'fund.entry-invalid');
    expect(found.map((f) => f.cells[0])).toEqual(['E6', 'E7', 'A8']);
    expect(found[1].message.vi).toContain('hai trăm');
  });

  it('warns when the monthly fee on the club sheet is outside 2,000–5,000 đồng', () => {
    const high = run({ clubInfo: [clubInfo({ fee: { value: 10_000, r: 7, c: 1, raw: 10_000 } })] });
    const [f] = only(high, 'fund.fee-out-of-range');
    expect(f.cells).toEqual(['B8']);
    expect(f.severity).toBe('warning');
    expect(only(run({ clubInfo: [clubInfo({ fee: { value: 3_000, r: 7, c: 1, raw: 3_000 } })] }), 'fund.fee-out-of-range')).toEqual([]);
  });
});
