// Number formats of styles.xml: cellXfs index → format code. Readers need the code to tell a
// date serial or a percent from a plain number.

import { attr, findTag, rootPrefix, tags, unescapeXml } from './xml';

/** Excel's built-in number formats (ECMA-376 18.8.30); ids 14 and 22 follow the Vietnamese locale. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '#,##0 ;(#,##0)',
  6: '#,##0 ;[Red](#,##0)',
  7: '#,##0.00;(#,##0.00)',
  8: '#,##0.00;[Red](#,##0.00)',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'dd/mm/yyyy h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Format code per cellXfs index; null = General. The same string instance is shared by all cells. */
export function parseCellFormats(xml: string | undefined): (string | null)[] {
  if (!xml) return [];
  const p = rootPrefix(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const numFmts = findTag(xml, p + 'numFmts');
  if (numFmts >= 0) {
    const end = xml.indexOf('</' + p + 'numFmts>', numFmts);
    for (const t of tags(xml, p + 'numFmt', numFmts, end < 0 ? xml.length : end)) {
      const id = Number(attr(t, 'numFmtId'));
      const code = attr(t, 'formatCode');
      if (Number.isFinite(id) && code !== undefined) custom.set(id, unescapeXml(code, false));
    }
  }
  const out: (string | null)[] = [];
  const xfs = findTag(xml, p + 'cellXfs');
  if (xfs < 0) return out;
  const end = xml.indexOf('</' + p + 'cellXfs>', xfs);
  const interned = new Map<string, string>();
  for (const t of tags(xml, p + 'xf', xfs, end < 0 ? xml.length : end)) {
    const id = Number(attr(t, 'numFmtId') ?? 0);
    let code: string | null = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    if (code !== null && (code === 'General' || code === '')) code = null;
    if (code !== null) {
      const shared = interned.get(code);
      if (shared) code = shared;
      else interned.set(code, code);
    }
    out.push(code);
  }
  return out;
}
