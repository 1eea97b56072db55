// Node-only entry points (the CLI): the file system and zlib's native inflate/deflate, which are
// several times faster than JavaScript. Browser code imports index.ts, never this module.

import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { MarkPlan } from '../../domain/marks';
import { markXlsx, type FindingRow, type MarkOptions } from './mark';
import { readXlsx, type ReadOptions, type ReadOutcome } from './read';

/** Inflates with zlib; throws a RangeError (ERR_BUFFER_TOO_LARGE) past maxOut. */
export function nodeInflateRaw(data: Uint8Array, maxOut: number): Uint8Array {
  if (maxOut <= 0) {
    if (data.length <= 2) return inflateRawSync(data);
    const err = new RangeError('inflate limit 0');
    throw err;
  }
  return inflateRawSync(data, { maxOutputLength: maxOut });
}

export function nodeDeflateRaw(data: Uint8Array): Uint8Array {
  return deflateRawSync(data, { level: 6 });
}

export function readXlsxBytes(bytes: Uint8Array, fileName: string, opts: Omit<ReadOptions, 'inflateRaw'> = {}): ReadOutcome {
  return readXlsx(bytes, fileName, { ...opts, inflateRaw: nodeInflateRaw });
}

/** Reads an .xlsx from disk. A missing or unreadable file is a reason, not an exception. */
export function readXlsxFile(path: string, opts: Omit<ReadOptions, 'inflateRaw'> = {}): ReadOutcome {
  const name = path.replace(/^.*[\\/]/, '');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'error';
    return {
      ok: false,
      reason: {
        vi: `Không mở được tệp "${path}" (${code}). Hãy kiểm tra đường dẫn và quyền đọc tệp.`,
        en: `Cannot open file "${path}" (${code}). Check the path and that the file can be read.`,
      },
    };
  }
  return readXlsx(bytes, name, { ...opts, inflateRaw: nodeInflateRaw });
}

/** markXlsx with zlib. */
export function markXlsxNode(original: Uint8Array, plan: MarkPlan, findings: readonly FindingRow[], opts: MarkOptions = {}): Uint8Array {
  return markXlsx(original, plan, findings, { inflateRaw: nodeInflateRaw, deflateRaw: nodeDeflateRaw, ...opts });
}
