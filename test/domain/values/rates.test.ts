import { isPercentFormat, isPerMilleHeader, ratePeriodOfHeader, readRate } from '../../../src/domain/values';

describe('readRate', () => {
  it('reads 0.008 in a %-formatted cell (shown 0,8%) as 0.8%/month', () => {
    expect(readRate(0.008, '0.0%', 'month')).toEqual({
      ok: true,
      value: { monthlyPercent: 0.8, typed: 0.008, form: 'percent-cell', period: 'month' },
    });
  });

  it('does not show floating-point noise (0.007 × 100 is 0.7, not 0.7000000000000001)', () => {
    const r = readRate(0.007, '0.00%', 'unknown');
    expect(r.ok && r.value.monthlyPercent).toBe(0.7);
  });

  it('reads a %-formatted cell in a %/năm column as yearly and divides by 12', () => {
    expect(readRate(0.096, '0.0%', 'year')).toEqual({
      ok: true,
      value: { monthlyPercent: 0.8, typed: 0.096, form: 'percent-cell', period: 'year' },
    });
  });

  it('reads a plain 0.8 in a %/tháng column as 0.8%/month', () => {
    expect(readRate(0.8, 'General', 'month')).toEqual({
      ok: true,
      value: { monthlyPercent: 0.8, typed: 0.8, form: 'percent', period: 'month' },
    });
  });

  it('reads a plain 9.6 in a %/năm column as 0.8%/month', () => {
    expect(readRate(9.6, null, 'year')).toEqual({
      ok: true,
      value: { monthlyPercent: 0.8, typed: 9.6, form: 'percent', period: 'year' },
    });
  });

  it('reads a column with no unit in its header as per month', () => {
    const r = readRate(1, null, 'unknown');
    expect(r.ok && r.value.period).toBe('month');
    expect(r.ok && r.value.monthlyPercent).toBe(1);
  });

  it('guesses nothing: a plain 0.008 stays 0.008 percent (the rules judge whether it looks like a fraction)', () => {
    expect(readRate(0.008, null, 'month')).toEqual({
      ok: true,
      value: { monthlyPercent: 0.008, typed: 0.008, form: 'percent', period: 'month' },
    });
  });

  it.each([
    ['0,8%', 'unknown', 0.8, 0.8, 'month'],
    ['0.8 %', 'unknown', 0.8, 0.8, 'month'],
    ['0,8%/tháng', 'year', 0.8, 0.8, 'month'], // the text's unit wins over the column's
    ['0.8%/th', 'year', 0.8, 0.8, 'month'],
    ['0,8 %/ tháng', 'unknown', 0.8, 0.8, 'month'],
    ['0,8%/thang', 'unknown', 0.8, 0.8, 'month'],
    ['9,6%/năm', 'month', 0.8, 9.6, 'year'],
    ['9,6 %/năm', 'unknown', 0.8, 9.6, 'year'],
    ['12%/năm', 'unknown', 1, 12, 'year'],
    ['9,6%/nam', 'unknown', 0.8, 9.6, 'year'],
    ['0,8', 'month', 0.8, 0.8, 'month'],
    ['9,6', 'year', 0.8, 9.6, 'year'],
    ['1', 'unknown', 1, 1, 'month'],
    ['0,8/tháng', 'year', 0.8, 0.8, 'month'],
  ] as const)('reads the text "%s" (column %s) as %d%%/month', (text, column, monthly, typed, period) => {
    expect(readRate(text, null, column)).toEqual({
      ok: true,
      value: { monthlyPercent: monthly, typed, form: 'percent', period },
    });
  });

  it('reads the year text in NFD form as well', () => {
    const r = readRate('9,6%/năm'.normalize('NFD'), null, 'month');
    expect(r.ok && r.value.period).toBe('year');
  });

  it.each(['cao', '0,8 triệu', '0,8%/tuần', '%', 'x'])('does not read "%s" as a rate', (text) => {
    const r = readRate(text, null, 'month');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('unreadable');
      expect(r.detail?.vi).toContain(text);
    }
  });

  it('reports "1,500%" as ambiguous', () => {
    const r = readRate('1,500%', null, 'month');
    expect(!r.ok && r.kind).toBe('ambiguous');
  });

  it('reports empty cells, TRUE/FALSE and formula errors', () => {
    expect(readRate(null, null, 'month')).toEqual({ ok: false, kind: 'empty' });
    expect(readRate('  ', null, 'month')).toEqual({ ok: false, kind: 'empty' });
    expect(!readRate(true, null, 'month').ok).toBe(true);
    const e = readRate({ error: '#DIV/0!' }, '0%', 'month');
    expect(!e.ok && e.kind).toBe('error-value');
  });
});

describe('rates in per mille (‰)', () => {
  it.each([
    ['8‰', 0.8, 'month'],
    ['8 ‰/tháng', 0.8, 'month'],
    ['6,5‰', 0.65, 'month'],
    ['96‰/năm', 0.8, 'year'],
  ] as const)('reads "%s" as %d percent a month', (typed, monthly, period) => {
    const r = readRate(typed, null, 'unknown');
    expect(r.ok && r.value).toMatchObject({ monthlyPercent: monthly, form: 'per-mille', period });
  });

  it('reads a plain number under a ‰ header as per mille, and a % written in the cell as percent', () => {
    expect(isPerMilleHeader('Lãi suất (‰/tháng)')).toBe(true);
    expect(isPerMilleHeader('Lãi suất (%/tháng)')).toBe(false);
    const plain = readRate(8, null, 'month', true);
    expect(plain.ok && plain.value).toMatchObject({ monthlyPercent: 0.8, typed: 8, form: 'per-mille' });
    const text = readRate('8', null, 'month', true);
    expect(text.ok && text.value.monthlyPercent).toBe(0.8);
    const percent = readRate('0,8%', null, 'month', true);
    expect(percent.ok && percent.value.monthlyPercent).toBe(0.8);
  });
});

describe('ratePeriodOfHeader', () => {
  it.each([
    ['Lãi suất (%/tháng)', 'month'],
    ['LS %/tháng', 'month'],
    ['lãi suất tháng', 'month'],
    ['Lãi suất (%/th)', 'month'],
    ['Lai suat (%/thang)', 'month'],
    ['LS %/năm', 'year'],
    ['Lãi suất/năm', 'year'],
    ['Lãi suất (%/năm)', 'year'],
    ['LÃI SUẤT %/NĂM', 'year'],
    ['Lãi suất', 'unknown'],
    ['Lãi suất (%)', 'unknown'],
    ['Lãi suất cho vay', 'unknown'],
  ] as const)('reads the header "%s" as per %s', (header, period) => {
    expect(ratePeriodOfHeader(header)).toBe(period);
  });
});

describe('isPercentFormat', () => {
  it.each(['0%', '0.0%', '0.00%', '#,##0.00%', '0.00%;[Red]-0.00%'])('"%s" is a percent format', (f) => {
    expect(isPercentFormat(f)).toBe(true);
  });
  it.each([null, 'General', '0.00', '#,##0', '@', '0.00 "%"', '0\\%', 'dd/mm/yyyy'])('%j is not a percent format', (f) => {
    expect(isPercentFormat(f)).toBe(false);
  });
});
