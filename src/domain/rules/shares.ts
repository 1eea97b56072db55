// "The smallest change that would comply" for a share band: how many members to add or remove.
import type { Band } from '../profiles';

export interface ShareCheck {
  readonly part: number;
  readonly whole: number;
  /** 'low' under the band's minimum (an error), 'high' over its maximum (a warning). */
  readonly outside: 'low' | 'high' | null;
  /** Members with the property to add, or members without it to remove (for 'low'), and the reverse for 'high'. */
  readonly addWith: number;
  readonly removeWithout: number;
  readonly addWithout: number;
  readonly removeWith: number;
}

/** Integer arithmetic in percent so 70% of 60 is exactly 42, not 41.99999. */
export function checkShare(part: number, whole: number, band: Band): ShareCheck {
  const base = { part, whole, addWith: 0, removeWithout: 0, addWithout: 0, removeWith: 0 };
  if (whole === 0) return { ...base, outside: null };
  const P = band.min;
  const Q = band.max;
  if (P !== null && 100 * part < P * whole) {
    // (part + k) / (whole + k) ≥ P  ⇔  k ≥ (P·whole − 100·part) / (100 − P)
    const addWith = P >= 100 ? Infinity : Math.ceil((P * whole - 100 * part) / (100 - P));
    // part / (whole − j) ≥ P  ⇔  j ≥ whole − 100·part / P
    const removeWithout = Math.ceil(whole - (100 * part) / P);
    return { ...base, outside: 'low', addWith, removeWithout };
  }
  if (Q !== null && 100 * part > Q * whole) {
    // part / (whole + k) ≤ Q  ⇔  k ≥ 100·part / Q − whole
    const addWithout = Q <= 0 ? Infinity : Math.ceil((100 * part) / Q - whole);
    // (part − j) / (whole − j) ≤ Q  ⇔  j ≥ (100·part − Q·whole) / (100 − Q)
    const removeWith = Q >= 100 ? 0 : Math.ceil((100 * part - Q * whole) / (100 - Q));
    return { ...base, outside: 'high', addWithout, removeWith };
  }
  return { ...base, outside: null };
}

export function bandText(band: Band, lang: 'vi' | 'en'): string {
  const fmt = (n: number) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));
  if (band.min !== null && band.max !== null) return `${fmt(band.min)}–${fmt(band.max)}%`;
  if (band.min !== null) return `≥ ${fmt(band.min)}%`;
  if (band.max !== null) return `≤ ${fmt(band.max)}%`;
  return lang === 'vi' ? 'không giới hạn' : 'no limit';
}
