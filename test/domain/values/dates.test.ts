import {
  formatDateVi,
  isDateFormat,
  isoFromSerial,
  readBirth,
  readDate,
  readPeriodStart,
  serialFromIso,
  serialFromYmd,
  ymdFromSerial,
} from '../../../src/domain/values';

const JUNE_30_2025 = 45838;

function dateOf(r: ReturnType<typeof readDate>): string {
  return r.ok ? isoFromSerial(r.value) : r.kind;
}

describe('Excel serial dates', () => {
  it('knows 45838 is 30 June 2025', () => {
    expect(serialFromYmd(2025, 6, 30)).toBe(JUNE_30_2025);
    expect(ymdFromSerial(JUNE_30_2025)).toEqual({ y: 2025, m: 6, d: 30 });
    expect(isoFromSerial(JUNE_30_2025)).toBe('2025-06-30');
    expect(formatDateVi(JUNE_30_2025)).toBe('30/06/2025');
  });

  it("keeps Excel's 1900 leap-year bug: 60 is the fake 29/02/1900, 61 is 01/03/1900", () => {
    expect(isoFromSerial(1)).toBe('1900-01-01');
    expect(isoFromSerial(59)).toBe('1900-02-28');
    expect(isoFromSerial(60)).toBe('1900-02-29');
    expect(isoFromSerial(61)).toBe('1900-03-01');
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 2, 29)).toBe(60);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
  });

  it('matches known serials', () => {
    expect(serialFromYmd(1970, 1, 1)).toBe(25569);
    expect(serialFromYmd(2000, 2, 29)).toBe(36585);
    expect(serialFromYmd(1958, 3, 15)).toBe(21259);
    expect(serialFromYmd(9999, 12, 31)).toBe(2958465);
  });

  it('drops the time of day from a serial', () => {
    expect(isoFromSerial(JUNE_30_2025 + 0.75)).toBe('2025-06-30');
  });

  it('rolls over months past December like Date.UTC', () => {
    expect(serialFromYmd(2024, 13, 1)).toBe(serialFromYmd(2025, 1, 1));
    expect(serialFromYmd(2025, 0, 31)).toBe(serialFromYmd(2024, 12, 31));
  });

  it('reads and writes ISO dates', () => {
    expect(serialFromIso('2025-06-30')).toBe(JUNE_30_2025);
    expect(serialFromIso('2024-02-29')).toBe(serialFromYmd(2024, 2, 29));
    expect(serialFromIso('1900-02-29')).toBe(60);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-6-30', '30/06/2025', '', '2025-06-31', '1899-12-31', 'abcd-ef-gh']) {
      expect(serialFromIso(bad)).toBeUndefined();
    }
  });
});

describe('isDateFormat', () => {
  it.each(['dd/mm/yyyy', 'd/m/yy', 'DD/MM/YYYY', 'yyyy-mm-dd', 'mm/dd/yyyy', 'dd/mm/yyyy hh:mm', 'h:mm', '[$-42A]dd/mm/yyyy', 'mmm-yy', 'dd"/"mm'])(
    '"%s" is a date format',
    (f) => expect(isDateFormat(f)).toBe(true),
  );
  it.each([null, 'General', 'Standard', '0.00', '#,##0', '@', '0%', '#,##0 "đồng"', '#,##0 [$₫-42A]', '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', '#,##0\\d'])(
    '%j is not a date format',
    (f) => expect(isDateFormat(f)).toBe(false),
  );
});

describe('readDate', () => {
  it('reads a date cell (a serial with a date format)', () => {
    expect(readDate(JUNE_30_2025, 'dd/mm/yyyy')).toEqual({ ok: true, value: JUNE_30_2025 });
    expect(dateOf(readDate(JUNE_30_2025 + 0.5, 'dd/mm/yyyy hh:mm'))).toBe('2025-06-30');
  });

  it('reads a whole number that can only be a serial even when the format was lost', () => {
    expect(readDate(JUNE_30_2025, null)).toEqual({ ok: true, value: JUNE_30_2025 });
    expect(readDate(JUNE_30_2025, 'General')).toEqual({ ok: true, value: JUNE_30_2025 });
  });

  it('does not take a small or fractional number in a General cell for a date', () => {
    expect(dateOf(readDate(150, null))).toBe('unreadable');
    expect(dateOf(readDate(45838.5, null))).toBe('unreadable');
    const year = readDate(2025, null);
    expect(!year.ok && year.detail?.en).toBe('2025 is a year, not a full date');
  });

  it('reads 03/04/2025 as 3 April, never March 4', () => {
    expect(dateOf(readDate('03/04/2025', null))).toBe('2025-04-03');
    expect(dateOf(readDate('12/01/2025', null))).toBe('2025-01-12');
  });

  it.each([
    ['30/06/2025', '2025-06-30'],
    ['30/6/2025', '2025-06-30'],
    ['1/7/2025', '2025-07-01'],
    ['30-06-2025', '2025-06-30'],
    ['30.06.2025', '2025-06-30'],
    ['2025-06-30', '2025-06-30'],
    ['2025/06/30', '2025-06-30'],
    ['30/06/2025 08:30', '2025-06-30'],
    ['30/06/2025 8:30:15 SA', '2025-06-30'],
    [' 30/06/2025 ', '2025-06-30'],
    ['29/02/2024', '2024-02-29'],
    ['ngày 30 tháng 6 năm 2025', '2025-06-30'],
    ['15-Mar-2025', '2025-03-15'],
    ['15 March 2025', '2025-03-15'],
    ['5-Sep-24', '2024-09-05'],
    ['15-Thg3-2025', '2025-03-15'],
    ['15-thg 3-25', '2025-03-15'],
    ['Ngày 05 tháng 01 năm 2019', '2019-01-05'],
  ])('reads the text "%s" as %s', (text, iso) => {
    expect(dateOf(readDate(text, null))).toBe(iso);
  });

  it.each([
    ['1/2/49', '2049-02-01'],
    ['1/2/00', '2000-02-01'],
    ['15/3/25', '2025-03-15'],
    ['1/2/50', '1950-02-01'],
    ['15/3/58', '1958-03-15'],
    ['31/12/99', '1999-12-31'],
  ])('reads the two-digit year in "%s" as %s (00–49 → 20xx, 50–99 → 19xx)', (text, iso) => {
    expect(dateOf(readDate(text, null))).toBe(iso);
  });

  it('says which day does not exist', () => {
    const r = readDate('31/02/2025', null);
    expect(r).toEqual({
      ok: false,
      kind: 'unreadable',
      detail: {
        vi: '"31/02/2025" không có thật (tháng 2 năm 2025 không có ngày 31)',
        en: '"31/02/2025" does not exist (month 2 of 2025 has no day 31)',
      },
    });
    const leap = readDate('29/02/2025', null);
    expect(!leap.ok && leap.detail?.en).toContain('has no day 29');
    const april = readDate('31/04/2025', null);
    expect(!april.ok && april.detail?.en).toBe('"31/04/2025" does not exist (month 4 has no day 31)');
  });

  it('says there is no 13th month (a month-first date)', () => {
    const r = readDate('06/13/2025', null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail?.vi).toBe('"06/13/2025": không có tháng 13');
    expect(!r.ok && r.detail?.en).toBe('"06/13/2025": there is no month 13');
  });

  it.each(['00/06/2025', '32/01/2025', '2025-02-30', '30/06/1850', '31-Apr-2025', '15-Thg13-2025'])('does not read the impossible date "%s"', (text) => {
    expect(dateOf(readDate(text, null))).toBe('unreadable');
  });

  it.each(['abc', '30/06', '30/06/202', '30/06-2025', '30/06/2025 xyz', '2025', 'tháng 6', '1/2/3/4', '15-Abc-2025', 'Mar-2025'])(
    'does not read "%s" as a date',
    (text) => {
      const r = readDate(text, null);
      expect(!r.ok && r.kind).toBe('unreadable');
      expect(!r.ok && r.detail?.en).toContain('not a date');
    },
  );

  it('reports empty cells, TRUE/FALSE and formula errors', () => {
    expect(dateOf(readDate(null, 'dd/mm/yyyy'))).toBe('empty');
    expect(dateOf(readDate('', null))).toBe('empty');
    expect(dateOf(readDate(true, null))).toBe('unreadable');
    expect(dateOf(readDate({ error: '#VALUE!' }, 'dd/mm/yyyy'))).toBe('error-value');
  });

  it('does not read a time-only or negative number in a date cell', () => {
    expect(dateOf(readDate(0.5, 'h:mm'))).toBe('unreadable');
    expect(dateOf(readDate(-5, 'dd/mm/yyyy'))).toBe('unreadable');
    expect(dateOf(readDate(3e6, 'dd/mm/yyyy'))).toBe('unreadable');
  });
});

describe('readBirth', () => {
  it('reads a year written as a number or as text', () => {
    expect(readBirth(1958, null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readBirth('1958', null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readBirth(' 1958 ', null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readBirth('1958.0', null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readBirth('1958,0', null)).toEqual({ ok: true, value: { year: 1958 } });
  });

  it('reads a year typed into a date-formatted column as the year (Excel would show 1905)', () => {
    expect(readBirth(1958, 'dd/mm/yyyy')).toEqual({ ok: true, value: { year: 1958 } });
  });

  it('reads a full birth date from a date cell or date text', () => {
    expect(readBirth(21259, 'dd/mm/yyyy')).toEqual({ ok: true, value: { year: 1958, date: 21259 } });
    expect(readBirth('15/03/1958', null)).toEqual({ ok: true, value: { year: 1958, date: 21259 } });
    expect(readBirth('15/3/58', null)).toEqual({ ok: true, value: { year: 1958, date: 21259 } });
  });

  it('reads a two-digit year of birth in the 1900s unless the member would be under ten or so', () => {
    expect(readBirth('12/5/44', null)).toEqual({ ok: true, value: { year: 1944, date: serialFromYmd(1944, 5, 12) } });
    expect(readBirth('29/02/36', null)).toEqual({ ok: true, value: { year: 1936, date: serialFromYmd(1936, 2, 29) } });
    expect(readBirth('3/4/08', null)).toEqual({ ok: true, value: { year: 2008, date: serialFromYmd(2008, 4, 3) } });
    // A date outside a birth column keeps the usual window.
    expect(dateOf(readDate('12/5/44', null))).toBe('2044-05-12');
  });

  it('reads a month and year of birth, and a year of the lunar calendar', () => {
    expect(readBirth('3/1958', null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readBirth('tháng 10/1956', null)).toEqual({ ok: true, value: { year: 1956 } });
    expect(readBirth('1958 (âm lịch)', null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readBirth('1962 (AL)', null)).toEqual({ ok: true, value: { year: 1962 } });
    expect(readBirth('1962 âm lịch', null)).toEqual({ ok: true, value: { year: 1962 } });
    expect(readBirth('13/1958', null).ok).toBe(false);
  });

  it.each(['khoảng 1950', '~1950', '1950?', '1950 (khoảng)', 'Ước 1950'])('reads the rough birth year "%s" as 1950', (text) => {
    expect(readBirth(text, null)).toEqual({ ok: true, value: { year: 1950 } });
  });

  it('says a year before 1900 is too far back, quoting the cell once (with a time after the date too)', () => {
    const old = readBirth('1854', null);
    expect(!old.ok && old.detail?.en).toBe('"1854": the birth year 1854 is before 1900');
    const empty = readBirth('01/01/0001 12:00:00 SA', null);
    expect(!empty.ok && empty.detail?.vi).toBe('"01/01/0001 12:00:00 SA": năm 1 quá xa (trước 1900)');
  });

  it('explains a birth date typed into a plain-number year column (Excel shows its serial)', () => {
    const r = readBirth(20163, '0');
    expect(!r.ok && r.detail?.vi).toBe('20163 là ngày 15/03/1955 gõ vào cột năm sinh (Excel hiện thành số): ghi năm sinh 1955');
  });

  it('leaves range checks to the rules (a year in the future is still a year)', () => {
    expect(readBirth(2090, null)).toEqual({ ok: true, value: { year: 2090 } });
  });

  it.each([[21259, null], ['58', null], ['1958.5', null], [1958.5, null], ['1850', null], [2500, null], ['x', null], ['khoảng', null], ['?', null]] as const)(
    'does not read %j as a birth year',
    (v, f) => {
      const r = readBirth(v, f);
      expect(!r.ok && r.kind).toBe('unreadable');
    },
  );

  it('explains an impossible birth date', () => {
    const r = readBirth('31/02/1958', null);
    expect(!r.ok && r.detail?.en).toBe('"31/02/1958" does not exist (month 2 of 1958 has no day 31)');
  });

  it('reports empty cells and formula errors', () => {
    expect(readBirth(null, null)).toEqual({ ok: false, kind: 'empty' });
    expect(readBirth('  ', null)).toEqual({ ok: false, kind: 'empty' });
    const e = readBirth({ error: '#REF!' }, null);
    expect(!e.ok && e.kind).toBe('error-value');
    expect(!readBirth(true, null).ok).toBe(true);
  });
});

describe('dates typed with spaces around the separators', () => {
  it.each([
    ['15 / 3 / 2025', '2025-03-15'],
    ['15 /03/ 2025', '2025-03-15'],
    ['15 - 03 - 2025', '2025-03-15'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(dateOf(readDate(text, null))).toBe(iso);
  });

  it('reads a birth date typed that way', () => {
    expect(readBirth('15 / 3 / 1958', null)).toEqual({ ok: true, value: { year: 1958, date: serialFromIso('1958-03-15') } });
  });

  it('still says which day does not exist', () => {
    const r = readDate('31 / 02 / 2025', null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail?.en).toContain('has no day 31');
  });
});

describe('readPeriodStart (a club founding date, where only the period may be known)', () => {
  it.each([
    ['15/03/2018', '2018-03-15'],
    ['3/2018', '2018-03-01'],
    ['tháng 3/2018', '2018-03-01'],
    ['Tháng 3 năm 2018', '2018-03-01'],
    ['2018', '2018-01-01'],
    ['năm 2018', '2018-01-01'],
    [2018, '2018-01-01'],
  ])('reads %j as starting on %s', (v, iso) => {
    expect(dateOf(readPeriodStart(v, null))).toBe(iso);
  });

  it.each(['13/2018', 'sớm', 1850])('does not read %j', (v) => {
    expect(readPeriodStart(v, null).ok).toBe(false);
  });
});

describe('an age written where the birth year goes', () => {
  it.each([70, '70', ' 58 '])('says %j is an age or a shortened year, and asks for the 4-digit year', (v) => {
    const r = readBirth(v, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail?.en).toContain('an age or a shortened year');
  });
});
