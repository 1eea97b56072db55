// Shared helpers for the file-mode tests: LibreOffice conversion, zip building and comparison.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { crc32, openZip, rawEntryData } from '../../../src/workbook/file/zip';

export function soffice(): string {
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [bin], { stdio: 'pipe' });
      return bin;
    } catch {
      /* try the next */
    }
  }
  throw new Error('LibreOffice (soffice) is not installed: install Debian package libreoffice-calc-nogui to run these tests');
}

export function tempDir(prefix: string): string {
  const base = join(tmpdir(), 'ishc-file-tests');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

/** Converts an .xlsx with LibreOffice headless; returns every sheet as CSV text, by sheet name. */
export function libreOfficeCsv(bytes: Uint8Array, name = 'book.xlsx'): Record<string, string> {
  const bin = soffice();
  const dir = tempDir('lo-');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  execFileSync(
    bin,
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120000 },
  );
  const stem = name.replace(/\.xlsx$/, '');
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    if (f.startsWith(stem + '-') && f.endsWith('.csv')) out[f.slice(stem.length + 1, -4)] = readFileSync(join(dir, f), 'utf8');
  }
  if (!Object.keys(out).length) throw new Error(`LibreOffice produced no CSV for ${name}`);
  return out;
}

/** Converts with LibreOffice to another format (e.g. 'xlsx' re-saved by LibreOffice); returns the bytes. */
export function libreOfficeConvert(bytes: Uint8Array, from: string, to: string, infilter?: string): Uint8Array {
  const bin = soffice();
  const dir = tempDir('lo-');
  const file = join(dir, `in.${from}`);
  writeFileSync(file, bytes);
  const outDir = join(dir, 'out');
  mkdirSync(outDir);
  execFileSync(bin, [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 120000 });
  const f = readdirSync(outDir)[0];
  if (!f) throw new Error(`LibreOffice did not convert ${from} to ${to}`);
  return readFileSync(join(outDir, f));
}

export interface RawZipEntry {
  name: string;
  data: Uint8Array;
  /** Declared uncompressed size to write in the central directory (default: the real one). */
  declaredSize?: number;
  store?: boolean;
}

/** A zip built by hand, so tests can make its directory lie (zip64 sizes for a 5 GB "sheet"). */
export function buildZip(entries: RawZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.store ? Buffer.from(e.data) : deflateRawSync(e.data);
    const method = e.store ? 0 : 8;
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const big = size > 0xfffffffe;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(big ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, raw);
    const extra = big ? Buffer.alloc(12) : Buffer.alloc(0);
    if (big) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(raw.length, 20);
    central.writeUInt32LE(big ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + raw.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** Part name → compressed bytes as stored, for byte-for-byte comparisons. */
export function rawParts(bytes: Uint8Array): Map<string, { raw: Uint8Array; method: number; crc: number }> {
  const zip = openZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, { raw: rawEntryData(zip, e), method: e.method, crc: e.crc }]));
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}
