import { isSpaceCode } from './internal';

// Names are compared by key, never with diacritics removed: Hùng, Hưng and Hứng are three people
// (RULES.md "Reading values"). The diacritics-free key exists only to suggest "did you mean".

const CACHE_LIMIT = 200_000;
const nameCache = new Map<string, string>();
const looseCache = new Map<string, string>();
const headerCache = new Map<string, string>();

function remember(cache: Map<string, string>, k: string, v: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(k, v);
  return v;
}

// Tone marks: 0 grave, 1 acute, 2 hook, 3 tilde, 4 dot below.
const TONED: Record<string, readonly [string, number]> = {};
const WITH_TONE: Record<string, string> = {};
for (const [base, forms] of [
  ['a', 'àáảãạ'],
  ['e', 'èéẻẽẹ'],
  ['y', 'ỳýỷỹỵ'],
  ['o', 'òóỏõọ'],
  ['u', 'ùúủũụ'],
] as const) {
  for (let t = 0; t < 5; t++) {
    TONED[forms[t]] = [base, t];
    WITH_TONE[base + t] = forms[t];
  }
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || (c >= 0x300 && c <= 0x36f);
}

/**
 * Old placement ("hoà", "thuý", "khoẻ") → one canonical placement on o/u ("hòa", "thúy", "khỏe"):
 * for the open syllables oa, oe, uy only (nothing follows the second vowel), never after q ("quý"
 * stays), never when a final consonant follows ("hoàng", "toàn" are the same in both styles).
 */
function canonicalTones(s: string): string {
  let out: string[] | undefined;
  for (let i = 1; i < s.length; i++) {
    const toned = TONED[s[i]];
    if (!toned) continue;
    const [base, tone] = toned;
    const prev = s[i - 1];
    if (base === 'a' || base === 'e') {
      if (prev !== 'o') continue;
    } else if (base === 'y') {
      if (prev !== 'u' || (i >= 2 && s[i - 2] === 'q')) continue;
    } else continue;
    if (i + 1 < s.length && isLetterCode(s.charCodeAt(i + 1))) continue;
    out ??= s.split('');
    out[i - 1] = WITH_TONE[prev + tone];
    out[i] = base;
  }
  return out ? out.join('') : s;
}

function collapseSpaces(t: string): string {
  let r = '';
  let space = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c !== 0x200b && c !== 0xfeff) space = true;
      continue;
    }
    if (space && r.length > 0) r += ' ';
    space = false;
    r += t[i];
  }
  return r;
}

const ETH = /ð/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

function computeNameKey(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Invisible characters pasted with a name (a soft hyphen, a zero-width space, a direction mark,
  // a word joiner) are not part of it.
  const visible = ascii || !INVISIBLE.test(s) ? s : s.replace(INVISIBLE_ALL, '');
  // "Ð" (U+00D0, Icelandic eth) is what old conversions left for "Đ": the same letter to a reader.
  const t = ascii ? visible.toLowerCase() : visible.normalize('NFC').toLowerCase().normalize('NFC').replace(ETH, 'đ');
  // Collapse every run of spaces (NBSP, thin space, tabs, line breaks) to one space; zero-width
  // spaces vanish.
  let collapsed = t;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || i === 0 || i === t.length - 1 || isSpaceCode(t.charCodeAt(i + 1)))) {
      collapsed = collapseSpaces(t);
      break;
    }
  }
  return stripTrailingDots(ascii ? collapsed : canonicalTones(collapsed));
}

/** "Trần Văn Ba." (a full stop typed after the name, as at the end of a sentence) is "Trần Văn Ba". */
function stripTrailingDots(k: string): string {
  let end = k.length;
  while (end > 0 && (k.charCodeAt(end - 1) === 46 || k.charCodeAt(end - 1) === 32)) end--;
  return end === k.length ? k : k.slice(0, end);
}

// How treasurers write a borrower: "Bà Nguyễn Thị Lan", "Ô. Trần Văn Ba", "Nguyễn Thị Lan (Tổ 2)",
// "Lê Văn Tư - ấp Phú Hòa", "Lê Thị Hồng, tổ 3", "TV05 - Lê Văn Tư". Tested on the name key (lower
// case, NFC).
const HONORIFIC = /^(?:(?:bà|ông|cụ|bác|chị|anh|cô|chú)\s+|(?:b|ô|o)\.\s*)/u;
const PLACE_SUFFIX = /\s*(?:[([][^()[\]]*[)\]]|\s[-–—]\s.*|,.*)$/u;
// A member's code or list number before the name: "TV05 - Nguyễn Thị Lan", "05. Nguyễn Thị Lan".
const CODE_PREFIX = /^[a-z]{0,3}\s*\d{1,4}\s*[.:)–—-]\s*/u;

/**
 * The person's name inside a borrower cell with a title before it or the hamlet / group after it, or
 * undefined when there is none. Only a fallback for a name that matches no member as written: "Ông"
 * is also a family name, so "Ông Văn Tùng" is first looked up whole.
 */
export function personNameCore(s: string): string | undefined {
  const k = nameKey(s);
  const core = k.replace(CODE_PREFIX, '').replace(PLACE_SUFFIX, '').replace(HONORIFIC, '').trim();
  return core !== k && core.includes(' ') ? core : undefined;
}

// A loan to a couple, each named with a title: "Ông Trương Văn Hai - Bà Tô Thị Thảo", "Ông Lý Văn
// Minh và bà Mai Thị Lài", "Bà Đỗ Thị Kim & Ông Lưu Văn Chín". Only a title after the joiner makes
// it a second person: "Lê Văn Tư - ấp Phú Hòa" is one person and her hamlet.
const COUPLE_JOINER = /\s+(?:[-–—]|và|\+|&)\s+|\s*[+&]\s*(?=(?:bà|ông|cụ|bác|chị|anh|cô|chú)\s)/u;
const TITLED = /^(?:bà|ông|cụ|bác|chị|anh|cô|chú)\s/u;

/**
 * The two (or more) people of a borrower cell naming a couple, each without title or place note, or
 * undefined when the cell names one person.
 */
export function personNames(s: string): string[] | undefined {
  const k = nameKey(s);
  if (!TITLED.test(k)) return undefined;
  const parts = k.split(COUPLE_JOINER);
  if (parts.length < 2 || !parts.every((p) => TITLED.test(p))) return undefined;
  const names = parts.map(personNameCore).filter((n): n is string => n !== undefined);
  return names.length === parts.length ? names : undefined;
}

/**
 * NFC, lower case, trimmed, every run of whitespace (incl. NBSP) one space, and old/new tone-mark
 * placement made one ("Hoà" = "Hòa", "Thuý" = "Thúy", "khoẻ" = "khỏe"). Diacritics are kept.
 */
export function nameKey(s: string): string {
  const hit = nameCache.get(s);
  if (hit !== undefined) return hit;
  return remember(nameCache, s, computeNameKey(s));
}

/** Diacritics removed, đ → d, lower case, collapsed spaces: ONLY for suggestions ("did you mean"). */
export function looseKey(s: string): string {
  const hit = looseCache.get(s);
  if (hit !== undefined) return hit;
  const k = nameKey(s);
  let r = k;
  for (let i = 0; i < k.length; i++) {
    if (k.charCodeAt(i) >= 0x80) {
      r = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').normalize('NFC');
      break;
    }
  }
  return remember(looseCache, s, r);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * For header matching: nameKey, then punctuation removed (letters, digits, % and spaces kept),
 * spaces collapsed: "Họ và tên (*)" → "họ và tên", "Lãi suất (%/tháng)" → "lãi suất %tháng".
 */
export function headerKey(s: string): string {
  const hit = headerCache.get(s);
  if (hit !== undefined) return hit;
  const k = nameKey(s);
  let r = '';
  for (const ch of k) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37) r += ch;
    else if (c === 32) {
      if (r.length > 0 && r.charCodeAt(r.length - 1) !== 32) r += ' ';
    } else if (c >= 0x80 && WORD_CHAR.test(ch)) r += ch;
  }
  if (r.charCodeAt(r.length - 1) === 32) r = r.slice(0, -1);
  return remember(headerCache, s, r);
}

/** Edit distance, giving up (returning limit + 1) once it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Up to n names from candidates closest to `name`: edit distance on looseKey (so "Hung" finds Hùng,
 * Hưng), then on nameKey; only within 30% of the name's length (at least 1); ties keep the
 * candidates' order; candidates with the same nameKey are offered once.
 */
export function closestNames(name: string, candidates: readonly string[], n = 3): string[] {
  const loose = looseKey(name);
  const key = nameKey(name);
  if (loose.length === 0 || n <= 0) return [];
  const limit = Math.max(1, Math.floor(loose.length * 0.3));
  const seen = new Set<string>();
  const found: { name: string; d1: number; d2: number; i: number }[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const cand = candidates[i];
    const ck = nameKey(cand);
    if (ck.length === 0 || seen.has(ck)) continue;
    seen.add(ck);
    const d1 = distance(loose, looseKey(cand), limit);
    if (d1 > limit) continue;
    found.push({ name: cand, d1, d2: distance(key, ck, Number.MAX_SAFE_INTEGER), i });
  }
  found.sort((x, y) => x.d1 - y.d1 || x.d2 - y.d2 || x.i - y.i);
  return found.slice(0, n).map((f) => f.name);
}
