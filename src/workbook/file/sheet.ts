// The hot loop: one worksheet part → rows of values and format codes. Hand-written scanning over
// the part's text (indexOf and charCode), no DOM and no regular expressions per cell.

import type { CellError, CellRange, CellValue } from '../../domain/grid';
import { attr, findTag, parseRef, rootPrefix, tags, unescapeXml } from './xml';

const ERRORS = new Map<string, CellError>();
export function errorValue(code: string): CellError {
  let e = ERRORS.get(code);
  if (!e) ERRORS.set(code, (e = Object.freeze({ error: code })));
  return e;
}

/**
 * Concatenated text of the `<t>` runs in xml[from, to), skipping phonetic runs (`<rPh>`). Searches
 * run in the cell's own text: a search over the rest of a 40 MB part for a `<rPh>` that is not
 * there made every inline-string cell cost as much as the whole sheet.
 */
export function runText(xml: string, from: number, to: number, p: string): string {
  const cell = xml.slice(from, to);
  let out = '';
  let i = 0;
  const tOpen = '<' + p + 't';
  const tClose = '</' + p + 't>';
  const rPh = '<' + p + 'rPh';
  const rPhClose = '</' + p + 'rPh>';
  let ph = cell.indexOf(rPh);
  for (;;) {
    const k = cell.indexOf(tOpen, i);
    if (k < 0) break;
    if (ph >= 0 && ph < k) {
      const e = cell.indexOf(rPhClose, ph);
      if (e < 0) break;
      i = e + rPhClose.length;
      ph = cell.indexOf(rPh, i);
      continue;
    }
    const ch = cell.charCodeAt(k + tOpen.length);
    if (ch !== 62 && ch !== 32 && ch !== 47 && ch !== 9 && ch !== 10 && ch !== 13) {
      i = k + tOpen.length;
      continue;
    }
    const gt = cell.indexOf('>', k);
    if (gt < 0) break;
    if (cell.charCodeAt(gt - 1) === 47) {
      i = gt + 1;
      continue;
    }
    const e = cell.indexOf(tClose, gt);
    if (e < 0) break;
    out += cell.slice(gt + 1, e);
    i = e + tClose.length;
  }
  return unescapeXml(out);
}

/** sharedStrings.xml → the table of strings. */
export function parseSharedStrings(xml: string | undefined, p: string): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const siOpen = '<' + p + 'si';
  const siClose = '</' + p + 'si>';
  const tSimple = '<' + p + 't>';
  const tClose = '</' + p + 't>';
  let i = 0;
  for (;;) {
    const k = xml.indexOf(siOpen, i);
    if (k < 0) break;
    const ch = xml.charCodeAt(k + siOpen.length);
    if (ch !== 62 && ch !== 32 && ch !== 47) {
      i = k + siOpen.length;
      continue;
    }
    const gt = xml.indexOf('>', k);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      i = gt + 1;
      continue;
    }
    const end = xml.indexOf(siClose, gt);
    if (end < 0) break;
    // Fast path: <si><t>text</t></si>
    if (xml.startsWith(tSimple, gt + 1) && end - tClose.length >= gt && xml.startsWith(tClose, end - tClose.length)) {
      const s = xml.slice(gt + 1 + tSimple.length, end - tClose.length);
      if (s.indexOf('<') < 0) {
        out.push(s.indexOf('&') < 0 && s.indexOf('_x') < 0 && s.indexOf('\r') < 0 ? s : unescapeXml(s));
        i = end + siClose.length;
        continue;
      }
    }
    out.push(runText(xml, gt + 1, end, p));
    i = end + siClose.length;
  }
  return out;
}

/** "2025-03-15" / "2025-03-15T08:30:00" → Excel serial (1900 system). */
export function isoToSerial(s: string): number | null {
  const m = /^(-?\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/.exec(s.trim());
  if (!m) {
    const t = /^(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?/.exec(s.trim());
    if (!t) return null;
    return (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86400;
  }
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  const serial = ms / 86400000 + 25569;
  // Excel counts the non-existent 1900-02-29: serials before March 1900 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

/** Whether a format code displays a date or a time (d, m, y, h, s outside quotes and brackets). */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const e = code.indexOf(']', i);
      const inner = code.slice(i + 1, e < 0 ? code.length : e).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) return true;
      i = e < 0 ? code.length : e;
    } else if ('dDmMyYhHsS'.includes(ch)) return true;
    else if (ch === ';') return false;
  }
  return false;
}

export interface SheetParse {
  readonly top: number;
  readonly left: number;
  readonly values: CellValue[][];
  readonly formats: (string | null)[][];
  readonly merges: CellRange[];
  readonly protected: boolean;
  /** Set when the sheet holds more cells than the limit; values are then empty. */
  readonly tooBig?: boolean;
  readonly cells: number;
  /** Formula cells left out because their cached value is only a writer's placeholder (see SheetOptions.uncalculated). */
  readonly uncalculated: number;
}

export interface SheetOptions {
  /** Namespace prefix of the part ("x:"); found in the text when not given. */
  readonly prefix?: string;
  readonly sst: readonly string[];
  readonly xfFormats: readonly (string | null)[];
  readonly maxCells: number;
  readonly date1904?: boolean;
  /**
   * The workbook asks Excel to work out every formula on opening (calcPr fullCalcOnLoad). A writer
   * such as XlsxWriter then caches 0 for each, which is no value: when every formula of the sheet
   * caches 0 or "", they are left empty. (Ours caches what the formula gives, and asks the same.)
   */
  readonly uncalculated?: boolean;
  /** Called now and then with the text position reached, out of `length` (default: the text's length). */
  readonly onProgress?: (pos: number, length: number) => void;
  readonly length?: number;
}

const EMPTY: CellValue[] = [];
/** Excel's last column, XFD, and last row. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** A sheet with fewer formulas than this, all caching 0, may well compute 0 everywhere. */
const PLACEHOLDERS_MIN = 3;

function isTypedYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** Index just past the next `ch` at or after from; the end of the text when there is none (never backwards). */
function past(xml: string, ch: string, from: number): number {
  const i = xml.indexOf(ch, from);
  return i < 0 ? xml.length : i + 1;
}

function sameFormats(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * One worksheet part → its rows. The part may come as consecutive slices that each end after a
 * row (see sheetSlices): a 40 MB sheet read as one string would sit in the old generation until a
 * full collection, which the checks after reading would then pay for.
 */
/** Slices of this size (or a little more, to the end of a row) keep each string young. */
const SLICE_BYTES = 1 << 20;

/** Index just past the first closing row tag (</row>, </x:row>) at or after `from`; the end when none. */
function rowEndAfter(data: Uint8Array, from: number): number {
  for (let i = Math.max(from, 5); i < data.length; i++) {
    if (data[i] !== 62 || data[i - 1] !== 119 || data[i - 2] !== 111 || data[i - 3] !== 114) continue; // "row>"
    let k = i - 4;
    if (data[k] === 58) {
      // a prefix: "</x:row>"
      k--;
      while (k > 0 && data[k] !== 60 && data[k] !== 47 && i - k < 64) k--;
    }
    if (data[k] === 47 && data[k - 1] === 60) return i + 1;
  }
  return data.length;
}

/**
 * A UTF-8 worksheet part as text, a slice at a time, each slice ending just after a row: a cell
 * never straddles two slices, and each slice is short-lived.
 */
export function* sheetSlices(data: Uint8Array, decode: (bytes: Uint8Array) => string): Generator<string> {
  let from = 0;
  while (from < data.length) {
    const to = data.length - from <= SLICE_BYTES ? data.length : rowEndAfter(data, from + SLICE_BYTES);
    yield decode(data.subarray(from, to));
    from = to;
  }
}

export function parseSheet(text: string | Iterable<string>, o: SheetOptions): SheetParse {
  const slices = (typeof text === 'string' ? [text] : text)[Symbol.iterator]();
  let xml: string = slices.next().value ?? '';
  let base = 0; // text before this slice
  const p = o.prefix ?? rootPrefix(xml, 'worksheet');
  const pl = p.length;
  const sst = o.sst;
  const xf = o.xfFormats;
  const dateShift = o.date1904 ? xf.map((f) => isDateFormat(f)) : undefined;
  const rowIdx: number[] = [];
  const rowVals: CellValue[][] = [];
  const rowFmts: ((string | null)[] | null)[] = [];
  let minCol = Infinity;
  let maxCol = -1;
  let cells = 0;
  // Formula cells, and where those caching only 0 or "" are (row of rowVals, column), pairwise.
  let formulas = 0;
  const placeholders: number[] = [];
  let slots = 0;
  let tooBig = false;
  let ordered = true;

  const sd = findTag(xml, p + 'sheetData');
  let pos = sd < 0 ? xml.length : past(xml, '>', sd);
  // <sheetData/>, or none: nothing to read (and the part's later slices hold no rows either).
  const more = sd >= 0 && xml.charCodeAt(pos - 2) !== 47;
  if (!more) pos = xml.length;
  let sheetDataEnd = -1;

  let r = -1; // current row
  // The current row element has no r="…" (some exporters leave it out, and blank rows with it).
  let rowFromCell = false;
  let col = -1; // last cell column in the row
  let rv: CellValue[] = EMPTY;
  let rf: (string | null)[] | null = null;
  let rowOpen = false;
  let lastProgress = pos;
  // The rows of a table share one format row: 100,000 copies of it would only feed the collector.
  let lastRf: (string | null)[] | null = null;

  const flushRow = (): void => {
    if (rowOpen && rv.length > 0) {
      if (rowIdx.length > 0 && rowIdx[rowIdx.length - 1] >= r) ordered = false;
      rowIdx.push(r);
      rowVals.push(rv);
      if (rf !== null && lastRf !== null && sameFormats(rf, lastRf)) rf = lastRf;
      else lastRf = rf;
      rowFmts.push(rf);
    }
    rowOpen = false;
    rv = EMPTY;
    rf = null;
  };

  for (;;) {
    if (pos >= xml.length) {
      const next = more ? slices.next() : undefined;
      if (!next || next.done) break;
      base += xml.length;
      xml = next.value;
      pos = 0;
      continue;
    }
    const k = xml.indexOf('<', pos);
    if (k < 0) {
      pos = xml.length;
      continue;
    }
    let n = k + 1;
    let ch = xml.charCodeAt(n);
    if (ch === 47) {
      // closing tag: only </sheetData> matters
      if (xml.charCodeAt(n + 1 + pl) === 115 && xml.startsWith('sheetData', n + 1 + pl)) {
        sheetDataEnd = k;
        break;
      }
      pos = n + 1;
      continue;
    }
    if (pl) {
      if (!xml.startsWith(p, n)) {
        pos = n;
        continue;
      }
      n += pl;
      ch = xml.charCodeAt(n);
    }
    if (ch === 99 /* c */) {
      const a = xml.charCodeAt(n + 1);
      if (a !== 32 && a !== 62 && a !== 47 && a !== 9 && a !== 10 && a !== 13) {
        pos = n;
        continue;
      }
      if (!rowOpen) {
        // a cell outside any row element: tolerate as row r+1, or the row its reference names
        flushRow();
        r++;
        rowFromCell = true;
        col = -1;
        rowOpen = true;
      }
      // attributes
      let j = n + 1;
      let cc = -1;
      let type = 0; // 0 n, 1 s, 2 str, 3 inlineStr, 4 b, 5 e, 6 d
      let style = 0;
      let selfClose = false;
      for (;;) {
        let c2 = xml.charCodeAt(j);
        while (c2 === 32 || c2 === 9 || c2 === 10 || c2 === 13) c2 = xml.charCodeAt(++j);
        if (c2 === 62) {
          j++;
          break;
        }
        if (c2 === 47) {
          selfClose = true;
          j = past(xml, '>', j);
          break;
        }
        if (j >= xml.length) break;
        const nameStart = j;
        const eq = xml.indexOf('=', j);
        if (eq < 0) {
          j = xml.length;
          break;
        }
        const q = xml.charCodeAt(eq + 1);
        const vs = eq + 2;
        const ve = xml.indexOf(q === 39 ? "'" : '"', vs);
        if (ve < 0) {
          j = xml.length;
          break;
        }
        if (eq - nameStart === 1) {
          const nm = xml.charCodeAt(nameStart);
          if (nm === 114 /* r */) {
            let c0 = 0;
            let i2 = vs;
            let d = xml.charCodeAt(i2);
            // Column letters A–XFD only: a damaged reference ("ZZZZZZ1") must not place a cell
            // hundreds of millions of columns out (the row would be filled out to it).
            while (i2 < ve && ((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) {
              c0 = c0 * 26 + ((d | 32) - 96);
              d = xml.charCodeAt(++i2);
            }
            if (c0 > 0 && c0 <= MAX_COLUMNS) cc = c0 - 1;
            if (rowFromCell) {
              // The row element gave no number: the first cell's reference places the row.
              let rr = 0;
              for (; i2 < ve && d >= 48 && d <= 57; d = xml.charCodeAt(++i2)) rr = rr * 10 + (d - 48);
              if (rr > 0 && rr <= MAX_ROWS) r = rr - 1;
              rowFromCell = false;
            }
          } else if (nm === 115 /* s */) {
            let sv = 0;
            for (let i2 = vs; i2 < ve; i2++) sv = sv * 10 + (xml.charCodeAt(i2) - 48);
            style = sv;
          } else if (nm === 116 /* t */) {
            const t0 = xml.charCodeAt(vs);
            if (t0 === 115) type = ve - vs === 1 ? 1 : 2;
            else if (t0 === 105) type = 3;
            else if (t0 === 98) type = 4;
            else if (t0 === 101) type = 5;
            else if (t0 === 100) type = 6;
          }
        }
        j = ve + 1;
      }
      if (cc < 0) cc = col + 1;
      col = cc;
      pos = j;
      if (selfClose) continue;
      // children: <f>, <v>, <is>, </c>
      let raw: string | null = null;
      let value: CellValue = null;
      let formula = false;
      let m = j;
      for (;;) {
        const lt = xml.indexOf('<', m);
        if (lt < 0) {
          m = xml.length;
          break;
        }
        let q = lt + 1;
        const c3 = xml.charCodeAt(q);
        if (c3 === 47) {
          // </c> (or a stray closing tag)
          m = past(xml, '>', lt);
          if (xml.charCodeAt(q + 1 + pl) === 99) break;
          continue;
        }
        q += pl;
        const c4 = xml.charCodeAt(q);
        if (c4 === 118 /* v */ && xml.charCodeAt(q + 1) === 62) {
          let e = xml.indexOf('<', q + 2);
          if (e < 0) e = xml.length;
          raw = xml.slice(q + 2, e);
          m = e;
        } else if (c4 === 118 && (xml.charCodeAt(q + 1) === 32 || xml.charCodeAt(q + 1) === 47)) {
          // <v/> or <v xml:space="preserve">…</v>
          const gt = past(xml, '>', q) - 1;
          if (xml.charCodeAt(gt - 1) === 47) {
            raw = '';
            m = gt + 1;
          } else {
            let e = xml.indexOf('<', gt);
            if (e < 0) e = xml.length;
            raw = xml.slice(gt + 1, e);
            m = e;
          }
        } else if (c4 === 105 /* is */ && xml.charCodeAt(q + 1) === 115) {
          const close = '</' + p + 'is>';
          const e = xml.indexOf(close, q);
          if (e < 0) {
            m = xml.length;
            break;
          }
          value = runText(xml, q, e, p);
          m = e + close.length;
        } else if (c4 === 102 /* f */) {
          formula = true;
          const gt = past(xml, '>', q) - 1;
          if (xml.charCodeAt(gt - 1) === 47) m = gt + 1;
          else {
            const e = xml.indexOf('</' + p + 'f>', gt);
            m = e < 0 ? xml.length : e + 4 + pl;
          }
        } else {
          m = lt + 1;
        }
      }
      pos = m;
      if (raw !== null) {
        switch (type) {
          case 0: {
            // integer fast path, else Number()
            const len = raw.length;
            if (len === 0) break;
            let i2 = 0;
            let neg = false;
            if (raw.charCodeAt(0) === 45) {
              neg = true;
              i2 = 1;
            }
            let num = 0;
            let ok = len - i2 < 16 && len > i2;
            for (; ok && i2 < len; i2++) {
              const d = raw.charCodeAt(i2) - 48;
              if (d < 0 || d > 9) ok = false;
              else num = num * 10 + d;
            }
            value = ok ? (neg ? -num : num) : Number(raw);
            if (value !== value) value = raw.trim() === '' ? null : errorValue('#VALUE!');
            // A 1904-system serial is 1462 days behind; a year typed into a date cell (1949) is a
            // year, as the readers take it, and stays as typed.
            else if (dateShift && dateShift[style] && !isTypedYear(value as number)) value = (value as number) + 1462;
            break;
          }
          case 1: {
            let idx = 0;
            for (let i2 = 0; i2 < raw.length; i2++) idx = idx * 10 + (raw.charCodeAt(i2) - 48);
            const s = sst[idx];
            value = s === undefined ? null : s;
            break;
          }
          case 2:
            value = unescapeXml(raw);
            break;
          case 4:
            value = raw === '1' || raw === 'true';
            break;
          case 5:
            value = errorValue(unescapeXml(raw).trim() || '#N/A');
            break;
          case 6:
            value = isoToSerial(raw);
            break;
          default:
            value = raw === '' ? null : unescapeXml(raw);
        }
      }
      if (value === null) continue;
      if (formula && o.uncalculated) {
        formulas++;
        if (value === 0 || value === '') placeholders.push(rowVals.length, cc);
      }
      // store
      if (rv === EMPTY) rv = [];
      const len = rv.length;
      if (cc >= len) {
        slots += cc + 1 - len;
        for (let z = len; z < cc; z++) rv.push(null);
        rv.push(value);
      } else rv[cc] = value;
      const fmt = xf[style] ?? null;
      if (fmt !== null) {
        if (rf === null) rf = [];
        for (let z = rf.length; z < cc; z++) rf.push(null);
        rf[cc] = fmt;
      }
      if (cc < minCol) minCol = cc;
      if (cc > maxCol) maxCol = cc;
      cells++;
      if (cells > o.maxCells || slots > 2 * o.maxCells) {
        tooBig = true;
        break;
      }
      continue;
    }
    if (ch === 114 /* row */ && xml.charCodeAt(n + 1) === 111 && xml.charCodeAt(n + 2) === 119) {
      const a = xml.charCodeAt(n + 3);
      if (a !== 32 && a !== 62 && a !== 47 && a !== 9 && a !== 10 && a !== 13) {
        pos = n;
        continue;
      }
      flushRow();
      const gt = xml.indexOf('>', n);
      if (gt < 0) break;
      // r="123"
      let ri = -1;
      let at = xml.indexOf('r=', n + 3);
      while (at >= 0 && at < gt) {
        const b = xml.charCodeAt(at - 1);
        if (b === 32 || b === 9 || b === 10 || b === 13) {
          let v = 0;
          for (let i2 = at + 3; i2 < gt; i2++) {
            const d = xml.charCodeAt(i2) - 48;
            if (d < 0 || d > 9) break;
            v = v * 10 + d;
          }
          // Rows 1–1,048,576 only: a damaged number must not stretch the grid to it.
          ri = v <= MAX_ROWS ? v - 1 : -1;
          break;
        }
        at = xml.indexOf('r=', at + 2);
      }
      r = ri >= 0 ? ri : r + 1;
      rowFromCell = ri < 0;
      col = -1;
      pos = gt + 1;
      if (xml.charCodeAt(gt - 1) !== 47) rowOpen = true;
      if (o.onProgress && base + pos - lastProgress > 1 << 20) {
        lastProgress = base + pos;
        o.onProgress(base + pos, o.length ?? xml.length);
      }
      continue;
    }
    pos = n;
  }
  flushRow();
  if (sheetDataEnd < 0) sheetDataEnd = xml.length;

  // Merges and protection live after sheetData, in the slice that closes it.
  const merges: CellRange[] = [];
  const mc = findTag(xml, p + 'mergeCells', sheetDataEnd);
  if (mc >= 0) {
    for (const t of tags(xml, p + 'mergeCell', mc)) {
      const ref = attr(t, 'ref');
      if (!ref) continue;
      const [a, b] = ref.split(':');
      const s = parseRef(a);
      const e = parseRef(b ?? a);
      if (s && e) merges.push({ top: Math.min(s[0], e[0]), left: Math.min(s[1], e[1]), bottom: Math.max(s[0], e[0]), right: Math.max(s[1], e[1]) });
    }
  }
  const sp = findTag(xml, p + 'sheetProtection', sheetDataEnd);
  let isProtected = false;
  if (sp >= 0) {
    const t = xml.slice(sp, xml.indexOf('>', sp) + 1);
    const v = attr(t, 'sheet');
    isProtected = v === '1' || v === 'true';
  }

  const uncalculated = formulas >= PLACEHOLDERS_MIN && placeholders.length === 2 * formulas ? formulas : 0;
  for (let k = 0; uncalculated > 0 && k < placeholders.length; k += 2) rowVals[placeholders[k]][placeholders[k + 1]] = null;

  if (tooBig || rowIdx.length === 0) {
    return { top: 0, left: 0, values: [], formats: [], merges, protected: isProtected, tooBig, cells, uncalculated };
  }

  if (!ordered) {
    // Rows out of order or repeated: sort by row, later cells win.
    const order = rowIdx.map((_, i) => i).sort((x, y) => rowIdx[x] - rowIdx[y] || x - y);
    const idx2: number[] = [];
    const vals2: CellValue[][] = [];
    const fmts2: ((string | null)[] | null)[] = [];
    for (const i of order) {
      const last = idx2.length - 1;
      if (last >= 0 && idx2[last] === rowIdx[i]) {
        const into = vals2[last];
        const f2 = [...(fmts2[last] ?? [])]; // format rows are shared: copy before writing
        rowVals[i].forEach((v, c) => {
          if (v === null) return;
          while (into.length < c) into.push(null);
          into[c] = v;
          while (f2.length < c) f2.push(null);
          f2[c] = rowFmts[i]?.[c] ?? null;
        });
        fmts2[last] = f2;
      } else {
        idx2.push(rowIdx[i]);
        vals2.push(rowVals[i]);
        fmts2.push(rowFmts[i]);
      }
    }
    rowIdx.splice(0, rowIdx.length, ...idx2);
    rowVals.splice(0, rowVals.length, ...vals2);
    rowFmts.splice(0, rowFmts.length, ...fmts2);
  }

  const top = rowIdx[0];
  const left = minCol;
  const height = rowIdx[rowIdx.length - 1] - top + 1;
  const values: CellValue[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  let w = 0;
  let shared: (string | null)[] | null = null;
  let sharedCut: (string | null)[] = [];
  for (let i = 0; i < rowIdx.length; i++) {
    const at = rowIdx[i] - top;
    for (; w < at; w++) {
      values[w] = [];
      formats[w] = [];
    }
    const v = rowVals[i];
    const f = rowFmts[i];
    values[at] = left > 0 ? v.slice(left) : v;
    if (f !== null && left > 0 && f !== shared) {
      shared = f;
      sharedCut = f.slice(left);
    }
    formats[at] = f === null ? [] : left > 0 ? sharedCut : f;
    w = at + 1;
  }
  void maxCol;
  return { top, left, values, formats, merges, protected: isProtected, cells, uncalculated };
}
