// A minimal zip reader and writer for .xlsx packages: central directory, stored and deflated
// entries, zip64 sizes. Pure TypeScript (browser and Node); inflate/deflate are injectable so the
// CLI can use Node's zlib, which is faster than any JavaScript inflater.

import { Inflate, deflateSync, inflateSync } from 'fflate';

/** Thrown by an inflater when the output would exceed its limit (a zip bomb or a lying header). */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflated data exceeds ${limit} bytes`);
    this.name = 'InflateLimitError';
  }
}

/** Thrown for a package that is not a readable zip; `kind` picks the user's message. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'no-directory' | 'bad-entry' | 'encrypted-entry' | 'method' | 'inflate' | 'too-large',
    readonly entry?: string,
  ) {
    super(`${kind}${entry ? `: ${entry}` : ''}`);
    this.name = 'ZipError';
  }
}

export type InflateRaw = (data: Uint8Array, maxOut: number) => Uint8Array;
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** As declared by the central directory: may lie. */
  readonly size: number;
  readonly localOffset: number;
  readonly time: number;
  readonly date: number;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

export function hasZipSignature(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && (b[3] === 4 || b[3] === 6 || b[3] === 8);
}

const utf8 = new TextDecoder('utf-8');
const latin = new TextDecoder('latin1');

/** Reads the central directory. Throws ZipError('no-directory') for a truncated or non-zip file. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const n = bytes.length;
  let eocd = -1;
  const stop = Math.max(0, n - 22 - 0xffff);
  for (let i = n - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no-directory');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // zip64 end-of-central-directory locator sits just before the classic record.
    const loc = eocd - 20;
    if (loc >= 0 && u32(bytes, loc) === 0x07064b50) {
      const rec = u64(bytes, loc + 8);
      if (rec + 56 <= n && u32(bytes, rec) === 0x06064b50) {
        count = u64(bytes, rec + 32);
        cdSize = u64(bytes, rec + 40);
        cdOffset = u64(bytes, rec + 48);
      }
    }
  }
  if (cdOffset + cdSize > n) throw new ZipError('no-directory');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || u32(bytes, p) !== 0x02014b50) throw new ZipError('no-directory');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const time = u16(bytes, p + 12);
    const date = u16(bytes, p + 14);
    const crc = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen + extraLen > n) throw new ZipError('no-directory');
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin).decode(nameBytes).replace(/\\/g, '/');
    // zip64 extra field: the values that overflowed, in this order.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    const entry: ZipEntry = { name, method, flags, crc, compressedSize, size, localOffset, time, date };
    entries.push(entry);
    // Part names are case-insensitive in OPC; keep the first spelling.
    const key = name.toLowerCase();
    if (!byName.has(key)) byName.set(key, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { bytes, entries, byName };
}

export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byName.get(name.replace(/^\//, '').toLowerCase());
}

/** Start of an entry's compressed bytes, checked against its local header. */
function dataStart(zip: ZipArchive, e: ZipEntry): number {
  const b = zip.bytes;
  const o = e.localOffset;
  if (o + 30 > b.length || u32(b, o) !== 0x04034b50) throw new ZipError('bad-entry', e.name);
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  if (start + e.compressedSize > b.length) throw new ZipError('bad-entry', e.name);
  return start;
}

/** The entry's bytes as stored (compressed), without inflating. */
export function rawEntryData(zip: ZipArchive, e: ZipEntry): Uint8Array {
  const s = dataStart(zip, e);
  return zip.bytes.subarray(s, s + e.compressedSize);
}

/**
 * Inflates with fflate, never writing more than maxOut bytes: an honest declared size is inflated
 * in one call into an exact buffer; a size that lies falls back to a counted stream.
 */
export function fflateInflateRaw(data: Uint8Array, maxOut: number, declared = -1): Uint8Array {
  // Deflate cannot expand more than ~1032:1, so a bigger declared size is a lie: do not allocate it.
  if (declared >= 0 && declared < maxOut && declared <= data.length * 1032 + 1024) {
    const out = inflateSync(data, { out: new Uint8Array(declared + 1) });
    if (out.length <= declared) return out;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inf = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxOut) throw new InflateLimitError(maxOut);
    chunks.push(chunk);
  });
  const step = 1 << 20;
  for (let i = 0; i < data.length; i += step) inf.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
  if (data.length === 0) inf.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export function isLimitError(err: unknown): boolean {
  if (err instanceof InflateLimitError) return true;
  const e = err as { code?: string; name?: string } | null;
  return !!e && (e.code === 'ERR_BUFFER_TOO_LARGE' || e.name === 'RangeError' || e.name === 'InflateLimitError');
}

/**
 * The entry's uncompressed bytes. Refuses before inflating when the declared size is over
 * maxOut, and stops inflating when the real output passes it (declared sizes can lie).
 */
export function readEntry(zip: ZipArchive, e: ZipEntry, maxOut: number, inflateRaw?: InflateRaw): Uint8Array {
  if (e.flags & 1) throw new ZipError('encrypted-entry', e.name);
  if (e.size > maxOut) throw new ZipError('too-large', e.name);
  const data = rawEntryData(zip, e);
  if (e.method === 0) {
    if (data.length > maxOut) throw new ZipError('too-large', e.name);
    return data;
  }
  if (e.method !== 8) throw new ZipError('method', e.name);
  let out: Uint8Array;
  try {
    out = inflateRaw ? inflateRaw(data, maxOut) : fflateInflateRaw(data, maxOut, e.size);
  } catch (err) {
    if (isLimitError(err)) throw new ZipError('too-large', e.name);
    throw new ZipError('inflate', e.name);
  }
  if (out.length > maxOut) throw new ZipError('too-large', e.name);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

let crcTable: Int32Array | undefined;
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c;
    }
  }
  const t = crcTable;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** An entry to write: either new content, or compressed bytes taken as they are from another zip. */
export type OutEntry =
  | { readonly name: string; readonly data: Uint8Array; readonly store?: boolean }
  | { readonly name: string; readonly raw: Uint8Array; readonly method: number; readonly crc: number; readonly size: number; readonly time: number; readonly date: number };

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (2025 - 1980) << 9 | 1 << 5 | 1; // 2025-01-01: a fixed stamp keeps output deterministic

const enc = new TextEncoder();

export function writeZip(entries: readonly OutEntry[], deflateRaw?: DeflateRaw): Uint8Array {
  interface Prepared { name: Uint8Array; method: number; crc: number; size: number; raw: Uint8Array; time: number; date: number; offset: number }
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    let p: Prepared;
    if ('raw' in e) {
      p = { name, method: e.method, crc: e.crc, size: e.size, raw: e.raw, time: e.time, date: e.date, offset };
    } else {
      const crc = crc32(e.data);
      let raw = e.data;
      let method = 0;
      if (!e.store && e.data.length > 64) {
        raw = deflateRaw ? deflateRaw(e.data) : deflateSync(e.data, { level: 6 });
        method = 8;
      }
      p = { name, method, crc, size: e.data.length, raw, time: DOS_TIME, date: DOS_DATE, offset };
    }
    if (p.size > 0xfffffffe || p.raw.length > 0xfffffffe || offset > 0xfffffffe) throw new Error('zip64 output is not supported');
    prepared.push(p);
    offset += 30 + name.length + p.raw.length;
  }
  let cdSize = 0;
  for (const p of prepared) cdSize += 46 + p.name.length;
  const out = new Uint8Array(offset + cdSize + 22);
  const dv = new DataView(out.buffer);
  let o = 0;
  for (const p of prepared) {
    dv.setUint32(o, 0x04034b50, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, 0x800, true);
    dv.setUint16(o + 8, p.method, true);
    dv.setUint16(o + 10, p.time, true);
    dv.setUint16(o + 12, p.date, true);
    dv.setUint32(o + 14, p.crc, true);
    dv.setUint32(o + 18, p.raw.length, true);
    dv.setUint32(o + 22, p.size, true);
    dv.setUint16(o + 26, p.name.length, true);
    dv.setUint16(o + 28, 0, true);
    out.set(p.name, o + 30);
    out.set(p.raw, o + 30 + p.name.length);
    o += 30 + p.name.length + p.raw.length;
  }
  const cdStart = o;
  for (const p of prepared) {
    dv.setUint32(o, 0x02014b50, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, 20, true);
    dv.setUint16(o + 8, 0x800, true);
    dv.setUint16(o + 10, p.method, true);
    dv.setUint16(o + 12, p.time, true);
    dv.setUint16(o + 14, p.date, true);
    dv.setUint32(o + 16, p.crc, true);
    dv.setUint32(o + 20, p.raw.length, true);
    dv.setUint32(o + 24, p.size, true);
    dv.setUint16(o + 28, p.name.length, true);
    // extra, comment, disk, internal attrs = 0
    dv.setUint32(o + 38, 0, true);
    dv.setUint32(o + 42, p.offset, true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  }
  dv.setUint32(o, 0x06054b50, true);
  dv.setUint16(o + 8, prepared.length, true);
  dv.setUint16(o + 10, prepared.length, true);
  dv.setUint32(o + 12, o - cdStart, true);
  dv.setUint32(o + 16, cdStart, true);
  return out;
}
