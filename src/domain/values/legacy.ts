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

/**
 * 'TCVN3' or 'VNI' when the text looks typed in that legacy encoding and shown through a Unicode
 * font; null for genuine Unicode Vietnamese (which may well contain Ô, ô, ê, ã, ù) and plain ASCII.
 */
export function detectLegacyEncoding(s: string): 'TCVN3' | 'VNI' | null {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) latin1 = true;
    else if (isVietnameseOnly(c)) return null;
  }
  if (!latin1) return null;

  let t = 0;
  let v = 0;
  let symbols = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1 || c > 0xff) continue;
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
    const lowerPrev = isLower(prev);
    const upperPrev = prev >= 65 && prev <= 90;
    const pl = prev | 0x20;
    if (isAsciiVowel(prev) || prev === 0xf4 || prev === 0xd4 || prev === 0xf6 || prev === 0xd6) {
      const lowerBase = lowerPrev || prev === 0xf4 || prev === 0xf6;
      if (lowerBase ? VNI_TONES.has(c) : VNI_TONES_UPPER.has(c)) {
        v += 2;
        continue;
      }
    }
    if ((lowerPrev || upperPrev) && (pl === 97 || pl === 101)) {
      if (lowerPrev ? VNI_HAT.has(c) : VNI_HAT_UPPER.has(c)) {
        v += 2;
        continue;
      }
      if (pl === 97 && (lowerPrev ? VNI_BREVE.has(c) : VNI_BREVE_UPPER.has(c))) {
        v += 2;
        continue;
      }
    }
    if ((lowerPrev || upperPrev) && pl === 111 && (lowerPrev ? VNI_HAT_AFTER_O.has(c) : VNI_HAT_AFTER_O_UPPER.has(c))) {
      v += 2;
      continue;
    }
    // VNI ươ = "öô": "Höông", "Tröôøng".
    if ((c === 0xf6 && next === 0xf4) || (c === 0xd6 && next === 0xd4)) {
      v += 2;
      continue;
    }
    // VNI đ (ñ, Ñ) starts a word: "Ñaøo", "Ñöùc".
    if ((c === 0xf1 || c === 0xd1) && !isLegacyLetter(prev) && isLegacyLetter(next)) {
      v += 2;
      continue;
    }
    if (VNI_STANDALONE.has(c)) {
      t += 1;
      v += 1;
      continue;
    }
    if (FOREIGN.has(c)) {
      // After a consonant only TCVN3 writes them; VNI's tone letters follow a vowel.
      if (isAsciiLetter(prev) && !isAsciiVowel(prev)) t += 1;
      else v += 1;
    }
  }
  if (t === 0 && v === 0) return null;
  if (t > v) return 'TCVN3';
  if (v > t) return 'VNI';
  return symbols ? 'TCVN3' : 'VNI';
}
