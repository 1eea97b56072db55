// Requirement sets of the Excel JavaScript API, read from the `[Api set: ExcelApi 1.x]` tags of
// @types/office-js. The emulated host refuses members above its matrix with them, and the adapter's
// API-set test checks the members the adapter uses against them.

import * as fs from 'fs';
import * as path from 'path';

export interface MemberSet {
  /** Version needed to read / call the member ("1.7"); "99" for sets other than ExcelApi. */
  readonly get: string;
  /** Version needed to write it, when the tag says so ("1.1 for get, 1.8 for set"). */
  readonly set: string;
  /** The tag text as written. */
  readonly tag: string;
}

export type ApiSetTable = ReadonlyMap<string, MemberSet>;

let cached: Map<string, MemberSet> | undefined;

export function typesPath(): string {
  return path.join(path.dirname(require.resolve('@types/office-js/package.json')), 'index.d.ts');
}

/** Compares "1.10" and "1.9" numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function parseTag(tag: string): MemberSet {
  const m = /^ExcelApi (\d+\.\d+)/.exec(tag);
  if (!m) return { get: '99', set: '99', tag };
  const get = m[1];
  const s = /(\d+\.\d+) for set/.exec(tag) ?? /(\d+\.\d+) for setting/.exec(tag);
  return { get, set: s ? s[1] : get, tag };
}

/** "Class.member" → the set it needs (members of `declare namespace Excel`, not its Interfaces). */
export function excelApiSets(): ApiSetTable {
  if (cached) return cached;
  const table = new Map<string, MemberSet>();
  const lines = fs.readFileSync(typesPath(), 'utf8').split('\n');
  let inExcel = false;
  let inInterfaces = false;
  let cls: string | undefined;
  let pendingTag: string | undefined;
  for (const line of lines) {
    if (/^declare namespace /.test(line)) {
      inExcel = line.startsWith('declare namespace Excel ');
      inInterfaces = false;
      cls = undefined;
      continue;
    }
    if (!inExcel) continue;
    if (/^ {4}namespace Interfaces/.test(line)) inInterfaces = true;
    if (inInterfaces) continue;
    const c = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (c) {
      cls = c[1];
      pendingTag = undefined;
      continue;
    }
    if (/^ {4}\}/.test(line)) {
      cls = undefined;
      continue;
    }
    if (!cls) continue;
    const t = /\[Api set: ([^\]]+)\]/.exec(line);
    if (t) {
      pendingTag = t[1];
      continue;
    }
    const mem = /^ {8}(?:readonly )?(\w+)\??(?:\(|:|<)/.exec(line);
    if (mem && pendingTag) {
      const key = `${cls}.${mem[1]}`;
      const next = parseTag(pendingTag);
      const prev = table.get(key);
      // Overloads: the lowest set wins (the first overload is the oldest signature).
      if (!prev || compareVersions(next.get, prev.get) < 0) table.set(key, next);
      pendingTag = undefined;
    }
  }
  cached = table;
  return table;
}

/** The set a member needs, undefined when the types do not tag it (internal members). */
export function memberSet(cls: string, member: string): MemberSet | undefined {
  return excelApiSets().get(`${cls}.${member}`);
}
