// Names the add-in owns inside a workbook: its mask sheets and its custom XML namespace.
import { a1 } from '../../domain/grid';

export { a1 };

/** Mask sheets: "ISHC mask 1A2B3C4D", very hidden, one per marked sheet (hash of that sheet's name). */
export const MASK_PREFIX = 'ISHC mask ';
export const MASK_NAME_RE = /^ISHC mask [0-9A-F]{8}$/;
/** A conditional format is ours when its formula looks a cell up in one of our mask sheets. */
export const MASK_REF_RE = /'ISHC mask ([0-9A-F]{8})'!/;

/** The add-in's stored state (StoredState as JSON) lives in one custom XML part of this namespace. */
export const STATE_NS = 'urn:ishc-addin:state:1';
export const STATE_ROOT = 'ishcState';

/** FNV-1a, 32 bits, as 8 upper-case hex digits: stable across sessions and machines. */
export function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).toUpperCase().padStart(8, '0');
}

export function maskName(sheet: string): string {
  return MASK_PREFIX + hash8(sheet);
}

export function isMaskSheet(name: string, visibility: string): boolean {
  return MASK_NAME_RE.test(name) && visibility === 'VeryHidden';
}

/** Sheet name as a formula writes it: always quoted (our mask names contain a space). */
export function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function areaA1(r0: number, c0: number, r1: number, c1: number): string {
  return r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`;
}
