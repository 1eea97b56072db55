import fc from 'fast-check';
import type { CellValue } from '../../../src/domain/grid';
import {
  detectLegacyEncoding,
  headerKey,
  isoFromSerial,
  looseKey,
  nameKey,
  readDate,
  readNumber,
  readRate,
  serialFromIso,
  serialFromYmd,
  ymdFromSerial,
} from '../../../src/domain/values';

const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.,  -+%đĐồvnd\u00a0\u2009'.split('')), maxLength: 24 });
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), numberish);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!') }),
);

function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe('properties', () => {
  it('readNumber never throws and always answers ok or a known reason', () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom('amount', 'plain') as fc.Arbitrary<'amount' | 'plain'>, (v, kind) => {
        const r = readNumber(v, kind);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(['empty', 'unreadable', 'error-value', 'ambiguous']).toContain(r.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('readRate and readDate never throw', () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(null, '0.00%', 'General', 'dd/mm/yyyy'), (v, format) => {
        readRate(v, format, 'unknown');
        readDate(v, format);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a formatted whole number of đồng back: "5.000.000", "5,000,000", "5 000 000"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        for (const sep of ['.', ',', ' ', '\u00a0']) {
          expect(readNumber(grouped(n, sep), 'amount')).toEqual({ ok: true, value: n });
          expect(readNumber(grouped(n, sep) + ' đ', 'amount')).toEqual({ ok: true, value: n });
        }
        // Plain reading: dots and spaces always group; commas group when there is more than one.
        expect(readNumber(grouped(n, '.'))).toEqual({ ok: true, value: n });
        expect(readNumber(grouped(n, ' '))).toEqual({ ok: true, value: n });
        if (n < 1000 || n >= 1_000_000) expect(readNumber(grouped(n, ','))).toEqual({ ok: true, value: n });
        else expect(readNumber(grouped(n, ',')).ok).toBe(false);
      }),
    );
  });

  it('reads a negative formatted amount back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        expect(readNumber('-' + grouped(n, '.'), 'amount')).toEqual({ ok: true, value: -n });
      }),
    );
  });

  it('nameKey is idempotent and ignores composition (NFC/NFD)', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(...'aăâeêioôơuưyđàáảãạòóỏõọùúủũụèéẻẽẹỳýỷỹỵằắẳẵặầấẩẫậồốổỗộờớởỡợừứửữựềếểễệ hoquyAĂÂĐOƠUƯHQ \u00a0'.split('')),
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: 'grapheme' }), fc.string()), (s) => {
        const k = nameKey(s);
        expect(nameKey(k)).toBe(k);
        expect(nameKey(s.normalize('NFD'))).toBe(k);
        expect(headerKey(headerKey(s))).toBe(headerKey(s));
        expect(looseKey(looseKey(s))).toBe(looseKey(s));
      }),
      { numRuns: 3000 },
    );
    // Case does not matter for Vietnamese (the Unicode-wide exceptions, like Greek ᾀ → ἈΙ, aside).
    fc.assert(
      fc.property(vietnamese, (s) => {
        expect(nameKey(s.toUpperCase())).toBe(nameKey(s.toLowerCase()));
      }),
    );
  });

  it('serial ↔ y/m/d round-trips for every day 1901..2100 and agrees with the calendar', () => {
    const day = 86_400_000;
    const excelEpoch = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1901, 0, 1) / day, max: Date.UTC(2100, 11, 31) / day }), (unixDay) => {
        const dt = new Date(unixDay * day);
        const [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
        const s = serialFromYmd(y, m, d);
        expect(s).toBe((unixDay * day - excelEpoch) / day);
        expect(ymdFromSerial(s)).toEqual({ y, m, d });
        expect(serialFromIso(isoFromSerial(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every valid day written dd/mm/yyyy back to its serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: serialFromYmd(1901, 1, 1), max: serialFromYmd(2100, 12, 31) }), (s) => {
        const { y, m, d } = ymdFromSerial(s);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(readDate(`${pad(d)}/${pad(m)}/${y}`, null)).toEqual({ ok: true, value: s });
        expect(readDate(`${d}-${m}-${y}`, null)).toEqual({ ok: true, value: s });
        expect(readDate(isoFromSerial(s), null)).toEqual({ ok: true, value: s });
      }),
    );
  });

  it('detectLegacyEncoding never flags text containing Vietnamese-only letters', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('ă', 'đ', 'ơ', 'ư', 'ễ', 'ị'), (s, viet) => {
        expect(detectLegacyEncoding(s + viet)).toBeNull();
      }),
    );
  });
});
