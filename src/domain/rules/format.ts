// Numbers and dates in messages, written the way each language writes them.
import type { Lang } from '../text';

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 5000000 → "5.000.000" (vi) / "5,000,000" (en); up to `decimals` decimals, trailing zeros dropped. */
export function num(n: number, lang: Lang, decimals = 2): string {
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  let [i, f = ''] = fixed.split('.');
  f = f.replace(/0+$/, '');
  i = group(i, lang === 'vi' ? '.' : ',');
  const s = f ? `${i}${lang === 'vi' ? ',' : '.'}${f}` : i;
  return neg ? `-${s}` : s;
}

/** 0.655 share → "65,5%" / "65.5%". */
export function pct(share: number, lang: Lang): string {
  return `${num(share * 100, lang, 1)}%`;
}

/** A rate in percent → "0,8%" / "0.8%". */
export function ratePct(percent: number, lang: Lang): string {
  return `${num(percent, lang, 3)}%`;
}

export function dong(n: number, lang: Lang): string {
  return lang === 'vi' ? `${num(n, 'vi', 0)} đồng` : `${num(n, 'en', 0)} đồng`;
}

/** Both languages at once: the same template filled with each language's number format. */
export function both(build: (lang: Lang) => string): { vi: string; en: string } {
  return { vi: build('vi'), en: build('en') };
}

/** "1 member", "3 members": English counts (Vietnamese nouns do not change). */
export function counted(n: number | string, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
