// Small hand-written helpers over XML text. The package parts are scanned with indexOf and
// charCode loops, never a DOM: a province file has a million cells.

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entities, character references, line-end normalization and Excel's _xHHHH_ escapes. */
export function unescapeXml(s: string, excelEscapes = true): string {
  // XML normalizes raw line ends before entities are expanded, so &#13; survives as CR.
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, g: string) => {
      if (g.charCodeAt(0) === 35) {
        const code = g.charCodeAt(1) === 120 ? parseInt(g.slice(2), 16) : parseInt(g.slice(1), 10);
        return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITY[g] ?? m;
    });
  }
  if (excelEscapes && s.indexOf('_x') >= 0) {
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return s;
}

/** Escapes text for element content or attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Escapes a cell's text: XML specials, Excel's _xHHHH_ for characters XML cannot carry (control
 * characters, CR), and a literal "_xHHHH_" in the text as _x005F_ so it reads back unchanged.
 */
export function escapeCellText(s: string): string {
  let t = escapeXml(s);
  if (/_x[0-9a-fA-F]{4}_/.test(t)) t = t.replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/.test(t)) {
    // eslint-disable-next-line no-control-regex
    t = t.replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (c) => '_x' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '_');
  }
  // Lone surrogates cannot be encoded in UTF-8.
  if (/[\ud800-\udfff]/.test(t)) t = t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return t;
}

/** The value of attribute `name` inside a start tag `tag` (the text between < and >). */
export function attr(tag: string, name: string): string | undefined {
  let i = 0;
  for (;;) {
    i = tag.indexOf(name + '=', i);
    if (i < 0) return undefined;
    const before = tag.charCodeAt(i - 1);
    // must be preceded by whitespace (or a prefix colon for r:id style names given in full)
    if (i > 0 && (before === 32 || before === 9 || before === 10 || before === 13)) {
      const q = tag.charCodeAt(i + name.length + 1);
      if (q === 34 || q === 39) {
        const end = tag.indexOf(q === 34 ? '"' : "'", i + name.length + 2);
        if (end < 0) return undefined;
        return unescapeXml(tag.slice(i + name.length + 2, end), false);
      }
    }
    i += name.length;
  }
}

/** Every start tag `<prefix:name ...>` (or self-closing) in xml[from, to), as the tag text. */
export function tags(xml: string, qname: string, from = 0, to = xml.length): string[] {
  const out: string[] = [];
  const open = '<' + qname;
  let i = from;
  for (;;) {
    i = xml.indexOf(open, i);
    if (i < 0 || i >= to) return out;
    const ch = xml.charCodeAt(i + open.length);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) {
      const end = xml.indexOf('>', i);
      if (end < 0) return out;
      out.push(xml.slice(i, end + 1));
      i = end + 1;
    } else i += open.length;
  }
}

/** Index of the start tag `<qname` (exact name) at or after `from`, or -1. */
export function findTag(xml: string, qname: string, from = 0): number {
  const open = '<' + qname;
  let i = from;
  for (;;) {
    i = xml.indexOf(open, i);
    if (i < 0) return -1;
    const ch = xml.charCodeAt(i + open.length);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) return i;
    i += open.length;
  }
}

/** The namespace prefix ("x:" or "") of the document's root element. */
export function rootPrefix(xml: string, localName: string): string {
  const re = new RegExp('<([A-Za-z_][\\w.-]*:)?' + localName + '[\\s>/]');
  const m = re.exec(xml);
  return m?.[1] ?? '';
}

/** Relationships of a .rels part: id → { target, type }. */
export function parseRels(xml: string): Map<string, { target: string; type: string; external: boolean }> {
  const out = new Map<string, { target: string; type: string; external: boolean }>();
  const p = rootPrefix(xml, 'Relationships');
  for (const t of tags(xml, p + 'Relationship')) {
    const id = attr(t, 'Id');
    const target = attr(t, 'Target');
    if (id && target !== undefined) out.set(id, { target, type: attr(t, 'Type') ?? '', external: attr(t, 'TargetMode') === 'External' });
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
export function resolveTarget(baseDir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : baseDir + target;
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

export function relsPathOf(path: string): string {
  const d = dirOf(path);
  return d + '_rels/' + path.slice(d.length) + '.rels';
}

/** "B7" → [row, col] 0-based, or undefined. */
export function parseRef(ref: string): [number, number] | undefined {
  let c = 0;
  let i = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let letters = 0;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) break;
    c = c * 26 + (ch - 96);
    letters++;
  }
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let r = 0;
  let digits = 0;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return undefined;
    r = r * 10 + (ch - 48);
    digits++;
  }
  if (!letters || !digits || letters > 3 || r < 1) return undefined;
  return [r - 1, c - 1];
}
