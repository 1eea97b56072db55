// Test helpers: write Unicode Vietnamese the way an old TCVN3 (ABC, .VnTime) or VNI (VNI-Times)
// file shows it when its bytes are read as Latin-1. Built from the published code tables.

// TCVN3 byte (as a Latin-1 character) of each lower-case letter; .VnTime has no upper-case toned
// letters, so typists used the lower-case ones (upper-case ă â ê ô ơ ư đ exist at A1–A7).
const TCVN3_LOWER: Record<string, number> = {
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};
const TCVN3_UPPER: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

export function toTcvn3(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (TCVN3_UPPER[ch] !== undefined) out += String.fromCharCode(TCVN3_UPPER[ch]);
    else if (TCVN3_LOWER[ch] !== undefined) out += String.fromCharCode(TCVN3_LOWER[ch]);
    else if (TCVN3_LOWER[ch.toLowerCase()] !== undefined) out += String.fromCharCode(TCVN3_LOWER[ch.toLowerCase()]);
    else throw new Error(`no TCVN3 code for ${ch}`);
  }
  return out;
}

// VNI: the base letter, then one byte for the vowel mark and the tone together.
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // none, grave, acute, hook, tilde, dot
const VNI_PLAIN = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const VNI_HAT = ['â', 'à', 'á', 'å', 'ã', 'ä']; // â ê ô
const VNI_BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë']; // ă
const VNI_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò'];

function vniLower(base: string, mark: string, tone: number): string {
  if (base === 'i') return VNI_I[tone];
  if (base === 'y' && tone === 5) return 'î';
  if (mark === '\u0302') return base + VNI_HAT[tone];
  if (mark === '\u0306') return base + VNI_BREVE[tone];
  if (mark === '\u031b') return (base === 'o' ? 'ô' : 'ö') + VNI_PLAIN[tone];
  return base + VNI_PLAIN[tone];
}

export function toVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    const upper = ch !== ch.toLowerCase();
    const d = ch.toLowerCase().normalize('NFD');
    const base = d[0];
    let mark = '';
    let tone = 0;
    for (const m of d.slice(1)) {
      const t = TONES.indexOf(m);
      if (t > 0) tone = t;
      else mark = m;
    }
    if (!'aeiouy'.includes(base)) throw new Error(`no VNI code for ${ch}`);
    const enc = vniLower(base, mark, tone);
    out += upper ? enc.toUpperCase() : enc;
  }
  return out;
}
