import { amountUnitOf, isBlank, periodMonthsOf, readAmount, readMonths, readNumber, readPerMonth } from '../../../src/domain/values';

function value(r: ReturnType<typeof readNumber>): number | string {
  return r.ok ? r.value : r.kind;
}

describe('readNumber: amounts in đồng', () => {
  it.each([
    ['5.000.000', 5_000_000],
    ['5,000,000', 5_000_000],
    ['5 000 000', 5_000_000],
    ['5\u00a0000\u00a0000', 5_000_000], // non-breaking spaces pasted from Word
    ['5\u2009000\u2009000', 5_000_000], // thin spaces
    ['5\u202f000\u202f000', 5_000_000],
    ['5.000.000 đ', 5_000_000],
    ['5.000.000đ', 5_000_000],
    ['5.000.000 đồng', 5_000_000],
    ['5.000.000 VNĐ', 5_000_000],
    ['5.000.000 vnd', 5_000_000],
    ['5.000.000 d', 5_000_000],
    ['5.000.000 ₫', 5_000_000],
    ['500,000', 500_000],
    ['500.000', 500_000],
    ['1,500', 1_500],
    ['  3.000.000  ', 3_000_000],
    ['-200.000', -200_000],
    ['+200.000', 200_000],
    ['5.000.000,00', 5_000_000],
    ['12000000', 12_000_000],
  ])('reads a loan written "%s" as %d đồng', (text, expected) => {
    expect(value(readNumber(text, 'amount'))).toBe(expected);
  });

  it('reads the decomposed "đồng" (NFD) suffix too', () => {
    expect(value(readNumber('2.000.000 đồng'.normalize('NFD'), 'amount'))).toBe(2_000_000);
  });

  it('takes a real number cell as it is', () => {
    expect(readNumber(4_500_000, 'amount')).toEqual({ ok: true, value: 4_500_000 });
  });
});

describe('readNumber: plain numbers', () => {
  it.each([
    ['0,8', 0.8],
    ['0.8', 0.8],
    ['12,5', 12.5],
    ['1.234.567,5', 1_234_567.5],
    ['1,234,567.5', 1_234_567.5],
    ['1.500', 1_500], // a dot followed by three digits groups thousands
    ['5.000.000', 5_000_000],
    ['5,000,000', 5_000_000],
    ['5 000 000,5', 5_000_000.5],
    ['0,500', 0.5], // a leading 0 never starts a thousands group
    ['1234,567', 1234.567], // four digits before the comma: not grouping
    ['3,14159', 3.14159],
    ['1958.0', 1958],
    ['1958', 1958],
    [',5', 0.5],
    ['-0,8', -0.8],
    ['- 12', -12],
    ['−12', -12], // U+2212 minus sign
  ])('reads "%s" as %d', (text, expected) => {
    expect(value(readNumber(text))).toBe(expected);
  });

  it('reports "1,500" as ambiguous (1500 or 1.5) rather than guessing', () => {
    const r = readNumber('1,500');
    expect(r).toEqual({
      ok: false,
      kind: 'ambiguous',
      detail: { vi: '"1,500" có thể là 1500 hoặc 1,5', en: '"1,500" could be 1500 or 1.5' },
    });
  });

  it('reports "500,000" as ambiguous in a plain column but reads it as money in an amount column', () => {
    expect(readNumber('500,000', 'plain').ok).toBe(false);
    expect(value(readNumber('500,000', 'plain'))).toBe('ambiguous');
    expect(value(readNumber('500,000', 'amount'))).toBe(500_000);
  });

  it('defaults to the plain reading', () => {
    expect(value(readNumber('1,500'))).toBe('ambiguous');
  });
});

describe('readNumber: what is not a number', () => {
  it.each([
    'abc',
    '1.2.3',
    '12,34,567',
    '1.234,567.5',
    '5.000 000', // mixed grouping
    '5.000.000 USD',
    '1e6',
    '--5',
    '.',
    ',',
    '12:30',
    '30/06/2025',
  ])('does not read "%s"', (text) => {
    expect(value(readNumber(text))).toBe('unreadable');
    expect(value(readNumber(text, 'amount'))).toBe('unreadable');
  });

  it('does not read a count in brackets (only an amount is an accountant\'s negative, see cashbook-audit8)', () => {
    expect(value(readNumber('(500)'))).toBe('unreadable');
  });

  it('sends a percentage to the rate reader instead', () => {
    const r = readNumber('0,8%');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('unreadable');
      expect(r.detail?.en).toContain('percentage');
    }
  });

  it('says why in both languages', () => {
    const r = readNumber('năm trăm');
    expect(r).toEqual({
      ok: false,
      kind: 'unreadable',
      detail: { vi: '"năm trăm" không phải là một số', en: '"năm trăm" is not a number' },
    });
  });

  it('treats an empty or blank cell as empty', () => {
    expect(value(readNumber(null))).toBe('empty');
    expect(value(readNumber(''))).toBe('empty');
    expect(value(readNumber(' \u00a0 '))).toBe('empty');
  });

  it('does not read TRUE/FALSE as 1/0', () => {
    expect(value(readNumber(true))).toBe('unreadable');
    expect(value(readNumber(false))).toBe('unreadable');
  });

  it('reports a formula error with its code', () => {
    const r = readNumber({ error: '#N/A' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('error-value');
      expect(r.detail?.vi).toContain('#N/A');
      expect(r.detail?.en).toContain('#N/A');
    }
  });

  it('does not accept NaN or Infinity from a broken reader', () => {
    expect(value(readNumber(Number.NaN))).toBe('unreadable');
    expect(value(readNumber(Number.POSITIVE_INFINITY))).toBe('unreadable');
  });
});

describe('isBlank', () => {
  it.each([null, '', '   ', '\u00a0', '\t\n', '\u2009'])('treats %j as blank', (v) => {
    expect(isBlank(v)).toBe(true);
  });
  it.each([0, 'x', ' a ', false, { error: '#REF!' }])('treats %j as filled', (v) => {
    expect(isBlank(v)).toBe(false);
  });
});

describe('readMonths: a loan term', () => {
  it.each([
    [24, 24],
    ['24', 24],
    ['24 tháng', 24],
    ['24 Tháng', 24],
    ['24th', 24],
    ['12T', 12],
    ['2 năm', 24],
    ['1,5 năm', 18],
  ])('reads %j as %d months', (v, months) => {
    expect(readMonths(v)).toEqual({ ok: true, value: months });
  });

  it.each(['hai năm', '24 ngày', '24 tháng 3'])('does not read "%s"', (v) => {
    expect(readMonths(v).ok).toBe(false);
  });
});

describe('readPerMonth: a membership fee', () => {
  it.each([
    [3000, 3000],
    ['3.000', 3000],
    ['3.000 đồng/tháng', 3000],
    ['3.000đ/tháng', 3000],
    ['3.000 đ/người/tháng', 3000],
    ['3000 đồng mỗi tháng', 3000],
    ['3.000đ/1 tháng', 3000],
    ['36.000 đ/năm', 3000],
    ['9.000đ/quý', 3000],
  ])('reads %j as %d đồng a month', (v, fee) => {
    expect(readPerMonth(v)).toEqual({ ok: true, value: fee });
  });

  it.each(['ba nghìn/tháng', '3.000 USD/tháng'])('does not read "%s"', (v) => {
    expect(readPerMonth(v).ok).toBe(false);
  });

  it('takes the unit and the period the label states, unless the value states its own', () => {
    expect(readPerMonth(3, 1000)).toEqual({ ok: true, value: 3000 }); // Mức phí (nghìn đồng/tháng)
    expect(readPerMonth('36.000', 1, 12)).toEqual({ ok: true, value: 3000 }); // Mức phí (đồng/năm)
    expect(readPerMonth('3.000 đ/tháng', 1, 12)).toEqual({ ok: true, value: 3000 });
    expect(readPerMonth('3 nghìn đồng/tháng', 1000)).toEqual({ ok: true, value: 3000 });
  });
});

describe('readAmount: the scale in words, and the unit of the column', () => {
  it.each([
    ['50 triệu', 50_000_000],
    ['2,5 triệu đồng', 2_500_000],
    ['1.5 triệu', 1_500_000],
    ['1tr5', 1_500_000],
    ['1 tr 25', 1_250_000],
    ['1 triệu 200', 1_200_000],
    ['1 triệu 200 nghìn', 1_200_000],
    ['3trđ', 3_000_000],
    ['500 nghìn', 500_000],
    ['500 ngàn đồng', 500_000],
    ['500k', 500_000],
    ['1,2 tỷ', 1_200_000_000],
  ])('reads "%s" as %d', (typed, amount) => {
    expect(readAmount(typed)).toEqual({ ok: true, value: amount });
    expect(readAmount(typed, 1000)).toEqual({ ok: true, value: amount }); // its own scale wins
    expect(readNumber(typed, 'amount')).toEqual({ ok: true, value: amount });
  });

  it.each(['năm triệu', '1 triệu 2000', '1,5 triệu 2', 'triệu', '5 triệu USD'])('does not read "%s"', (typed) => {
    expect(readAmount(typed).ok).toBe(false);
  });

  it('does not read a scale word as a plain number (a count, a year)', () => {
    expect(value(readNumber('1,5 triệu'))).toBe('unreadable');
  });

  it('reports "1,500 triệu" as ambiguous, not as 1.5 or 1500 triệu', () => {
    expect(value(readAmount('1,500 triệu'))).toBe('ambiguous');
  });

  it('counts a figure in the unit of its column', () => {
    expect(readAmount(5000, 1000)).toEqual({ ok: true, value: 5_000_000 });
    expect(readAmount('5.000', 1000)).toEqual({ ok: true, value: 5_000_000 });
    expect(readAmount(1.1, 1e6)).toEqual({ ok: true, value: 1_100_000 });
    expect(readAmount(null, 1000).ok).toBe(false);
  });

  it.each([
    ['Số tiền vay (1.000 đ)', 1000],
    ['Số tiền vay\n(1000đ)', 1000],
    ['Dư nợ (nghìn đồng)', 1000],
    ['Số tiền (ngàn đ)', 1000],
    ['ĐVT: 1.000 đồng', 1000],
    ['Đơn vị tính: nghìn', 1000],
    ['Vốn quỹ (triệu đồng)', 1e6],
    ['Vốn (triệu)', 1e6],
    ['Dư nợ (Tr.đ)', 1e6],
    ['Thu (1.000.000 đ)', 1e6],
    ['Số tiền vay (đồng)', 1],
    ['Số tiền', 1],
    ['Lãi suất (%/tháng)', 1],
    ['Triệu Thị Lan', 1],
  ])('reads the unit of "%s" as %d đồng', (header, unit) => {
    expect(amountUnitOf(header)).toBe(unit);
  });

  it.each([
    ['Mức phí (đồng/năm)', 12],
    ['Mức đóng góp hằng quý', 3],
    ['Mức phí (đồng/người/tháng)', 1],
    ['Mức phí', 1],
  ])('reads the period of "%s" as %d months', (label, months) => {
    expect(periodMonthsOf(label)).toBe(months);
  });
});
