// Old files were typed in 8-bit Vietnamese encodings (TCVN3/ABC with .Vn fonts, VNI with VNI-
// fonts). Opened without those fonts, or converted to Unicode byte by byte, the text shows Latin-1
// letters: TCVN3 "Nguyễn Văn An" → "NguyÔn V¨n An", VNI → "Nguyeãn Vaên An". Such text is reported,
// never read as names (RULES.md "Reading values").

/** Letters only Vietnamese Unicode text has: ă đ ĩ ũ ơ ư (both cases) and U+1EA0–U+1EF9. */
function isVietnameseOnly(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAsciiVowel(c: number): boolean {
  const l = c | 0x20;
  return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 121;
}

/** A letter as legacy text shows it: ASCII or anything in U+00A1–U+00FF. */
function isLegacyLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xa1 && c <= 0xff);
}

function bit(codes: string): Set<number> {
  return new Set([...codes].map((ch) => ch.charCodeAt(0)));
}

// TCVN3 puts ă â ê ô ơ ư đ (A1–AE) and à ả ã á ạ ằ ẳ ẵ ắ (B5–B9, BB–BE) on Latin-1 symbols.
const TCVN3_SYMBOLS = bit('¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾');
// TCVN3 letters that VNI never produces: ầ Ç, é Ð, ì ×, ị Þ, ò ß, ỗ ç, ữ ÷, ỵ þ (and ð).
const TCVN3_LETTERS = bit('ÇÐ×Þßçð÷þ');
// VNI writes a tone as a letter after the vowel: grave ø, acute ù, hook û, tilde õ, dot ï.
const VNI_TONES = bit('øùûõï');
const VNI_TONES_UPPER = bit('ØÙÛÕÏ');
// â/ê/ô with a tone: â à á å ã ä after a, e, o (ô, ồ, ố, ổ, ỗ, ộ…).
const VNI_HAT = bit('âàáåãä');
const VNI_HAT_UPPER = bit('ÂÀÁÅÃÄ');
const VNI_HAT_AFTER_O = bit('âåä');
const VNI_HAT_AFTER_O_UPPER = bit('ÂÅÄ');
// ă with a tone: ê è é ú ü ë after a.
const VNI_BREVE = bit('êèéúüë');
const VNI_BREVE_UPPER = bit('ÊÈÉÚÜË');
// Latin-1 letters Vietnamese never uses.
const FOREIGN = bit('ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ×÷');
// VNI letters that stand alone (đ ñ, ư ö, ỉ æ, ỵ î): they also appear after consonants.
const VNI_STANDALONE = bit('ñÑöÖæÆîÎ');

// Latin-1 letters that are also Vietnamese: à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals.
const VALID_VOWELS = bit('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const AFTER_O = bit('àáãèéÀÁÃÈÉ');
const AFTER_U = bit('ýêâôÝÊÂÔ');
const AFTER_I_Y = bit('êÊ');

function validPair(s: string, i: number, prev: number, c: number): boolean {
  const pl = prev | 0x20;
  const before = i >= 2 ? s.charCodeAt(i - 2) | 0x20 : 0;
  if ((pl === 117 && before === 113) || (pl === 105 && before === 103)) return true; // qu…, gi…
  if (pl === 111) return AFTER_O.has(c);
  if (pl === 117) return AFTER_U.has(c);
  if (pl === 105 || pl === 121) return AFTER_I_Y.has(c);
  return false;
}

/** c is the VNI byte that puts a tone or a vowel mark on the letter before it ("aù", "eâ", "aê", "ôø"). */
function fitsVniModifier(prev: number, c: number): boolean {
  const lower = isLower(prev) || prev === 0xf4 || prev === 0xf6;
  const upper = (prev >= 65 && prev <= 90) || prev === 0xd4 || prev === 0xd6;
  if (!lower && !upper) return false;
  if (prev >= 0xd4) return (lower ? VNI_TONES : VNI_TONES_UPPER).has(c); // ơ ư take tones only
  const pl = prev | 0x20;
  if (!isAsciiVowel(prev)) return false;
  if (pl !== 105 && (lower ? VNI_TONES : VNI_TONES_UPPER).has(c)) return true;
  if (pl === 97 || pl === 101) {
    if ((lower ? VNI_HAT : VNI_HAT_UPPER).has(c)) return true;
  } else if (pl === 111 && (lower ? VNI_HAT_AFTER_O : VNI_HAT_AFTER_O_UPPER).has(c)) return true;
  return pl === 97 && (lower ? VNI_BREVE : VNI_BREVE_UPPER).has(c);
}

/**
 * 'TCVN3' or 'VNI' when the text looks typed in that legacy encoding and shown through a Unicode
 * font; null for genuine Unicode Vietnamese (which may well contain Ô, ô, ê, ã, ù) and plain ASCII.
 */
export function detectLegacyEncoding(s: string): 'TCVN3' | 'VNI' | null {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // "Ð" / "ð" (eth) is what old conversions left for "Đ" / "đ" in Unicode text (names.ts reads it so).
    if (c < 0xa1 || c === 0xd0 || c === 0xf0) continue;
    if (c <= 0xff) latin1 = true;
    else if (isVietnameseOnly(c)) return null;
  }
  if (!latin1) return null;

  let t = 0;
  let v = 0;
  let symbols = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1 || c > 0xff || c === 0xd0 || c === 0xf0) continue;
    const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
    const inWord = isLegacyLetter(prev) || isLegacyLetter(next);
    if (!inWord) continue;

    if (TCVN3_SYMBOLS.has(c)) {
      t += 2;
      symbols = true;
      continue;
    }
    if (TCVN3_LETTERS.has(c)) {
      t += 2;
      continue;
    }
    // TCVN3 lower-case toned letters sit on Latin-1 capitals: "NguyÔn", "TrÇn".
    if (isLower(prev) && c >= 0xc0 && c <= 0xde) {
      t += 2;
      continue;
    }
    if (fitsVniModifier(prev, c)) {
      // A capital then its modifier then lower case is VNI "AÙnh" (Ánh) or TCVN3 "YÕn" (Yến).
      if (prev >= 65 && prev <= 90 && isLower(next)) {
        t += 1;
        v += 1;
      } else v += 2;
      continue;
    }
    // TCVN3 lower-case toned letters after a capital: "UÈn" (Uẩn).
    if (prev >= 65 && prev <= 90 && c >= 0xc0 && c <= 0xde && isLower(next)) {
      t += 2;
      continue;
    }
    // VNI ươ = "öô": "Höông", "Tröôøng".
    if ((c === 0xf6 && next === 0xf4) || (c === 0xd6 && next === 0xd4)) {
      v += 2;
      continue;
    }
    // VNI đ (ñ, Ñ) starts a word ("Ñaøo", "Ñöùc"); inside a word it is TCVN3 ủ ("Thñy").
    if (c === 0xf1 || c === 0xd1) {
      if (!isLegacyLetter(prev)) v += 2;
      else t += 2;
      continue;
    }
    // VNI ỉ (æ) is never followed by "ng" and ỵ (î) ends its word; TCVN3 ổ, ợ: "Tæng", "Hîp".
    if ((c === 0xe6 && next === 0x6e && s.charCodeAt(i + 2) === 0x67) || (c === 0xee && isLegacyLetter(next))) {
      t += 2;
      continue;
    }
    if (VNI_STANDALONE.has(c)) {
      t += 1;
      v += 1;
      continue;
    }
    // Unicode Vietnamese puts a marked vowel after a plain one only in a few pairs (oà, oé, uý,
    // uê, uâ, uô, iê, yê, and anything after qu / gi); TCVN3 "Huúnh" (Huỳnh) breaks that.
    if (isAsciiVowel(prev) && VALID_VOWELS.has(c) && !validPair(s, i, prev, c)) {
      t += 2;
      continue;
    }
    // A word never ends in â: TCVN3 "Vâ" (Võ). VNI's "aâ", "eâ", "oâ" were counted above.
    if ((c === 0xe2 || c === 0xc2) && !isLegacyLetter(next)) {
      t += 2;
      continue;
    }
    // Any other foreign letter is TCVN3: VNI uses them only as modifiers after the vowels above.
    if (FOREIGN.has(c)) t += 2;
  }
  if (t === 0 && v === 0) return null;
  if (t > v) return 'TCVN3';
  if (v > t) return 'VNI';
  return symbols ? 'TCVN3' : 'VNI';
}
