// Notes (Excel's classic cell comments) on the marked cells of a marked copy: hovering a red or
// yellow cell shows what is wrong there and how to fix it, in any Excel version and in LibreOffice.
// A note is two parts, a comments part with the text and a VML drawing with its box, both tied to
// the sheet by its relationships and a <legacyDrawing> element.

import { NOTE_AUTHOR, type SheetNotes } from '../../domain/notes';
import { escapeCellText, escapeXml, findTag } from './xml';

export function commentsXml(notes: SheetNotes, nsMain: string): string {
  const list = [...notes.entries()]
    .sort(([, a], [, b]) => a.r - b.r || a.c - b.c)
    .map(
      ([ref, n]) =>
        `<comment ref="${ref}" authorId="0"><text>` +
        `<r><rPr><b/><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escapeCellText(NOTE_AUTHOR)}:\n</t></r>` +
        `<r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escapeCellText(n.text)}</t></r>` +
        '</text></comment>',
    );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<comments xmlns="${nsMain}"><authors><author>${escapeXml(NOTE_AUTHOR)}</author></authors><commentList>${list.join('')}</commentList></comments>`
  );
}

/**
 * The VML drawing Excel needs to show the notes. `block` numbers the drawing's shapes (ids
 * block × 1024 + n) and must differ from every other VML drawing's in the workbook.
 */
export function vmlXml(notes: SheetNotes, block: number): string {
  const shapes = [...notes.values()]
    .sort((a, b) => a.r - b.r || a.c - b.c)
    .map((n, i) => {
      const top = Math.max(0, n.r - 1);
      // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset.
      const anchor = `${n.c + 1}, 15, ${top}, 10, ${n.c + 4}, 15, ${top + 6}, 4`;
      return (
        `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:110pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.r}</x:Row><x:Column>${n.c}</x:Column></x:ClientData>` +
        '</v:shape>'
      );
    });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}

/** VML shape blocks already used by the workbook's drawings. */
export function usedVmlBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/idmap\b[^>]*\bdata\s*=\s*["']([\d,\s]+)["']/g)) {
    for (const d of m[1].split(',')) if (d.trim()) out.push(Number(d));
  }
  return out;
}

/** Elements that follow <legacyDrawing> in a worksheet (schema order). */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** True when the sheet already has notes or form controls drawn in VML: those are left alone. */
export function hasLegacyDrawing(sheetXml: string, p: string): boolean {
  return findTag(sheetXml, p + 'legacyDrawing') >= 0;
}

/** The sheet with a <legacyDrawing> pointing at relationship `rId`, where the schema wants it. */
export function addLegacyDrawing(sheetXml: string, p: string, rId: string, nsR: string): string {
  const declared = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${nsR.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`).exec(sheetXml.slice(0, sheetXml.indexOf('>', findTag(sheetXml, p + 'worksheet')) + 1));
  const element = declared ? `<${p}legacyDrawing ${declared[1]}:id="${rId}"/>` : `<${p}legacyDrawing xmlns:r="${nsR}" r:id="${rId}"/>`;
  const from = Math.max(0, sheetXml.indexOf(`</${p}sheetData>`));
  let at = -1;
  for (const name of AFTER_LEGACY_DRAWING) {
    const k = findTag(sheetXml, p + name, from);
    if (k >= 0 && (at < 0 || k < at)) at = k;
  }
  if (at < 0) at = sheetXml.lastIndexOf(`</${p}worksheet>`);
  if (at < 0) return sheetXml;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** `to` as a relationship target relative to the folder `fromDir` ("xl/worksheets/" → "../comments1.xml"). */
export function relativeTarget(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const parts = to.split('/').filter(Boolean);
  let same = 0;
  while (same < from.length && same < parts.length - 1 && from[same] === parts[same]) same++;
  return [...from.slice(same).map(() => '..'), ...parts.slice(same)].join('/');
}
