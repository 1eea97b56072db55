// Checking an .xlsx file from this computer, outside Excel (a trainer, a province officer with a
// club's file). The file reader is loaded only on this path: a separate chunk, not part of the
// pane's first download. The file is read in the browser and never sent anywhere, nor changed.

import type { Text } from '../domain/text';
import { MemoryWorkbook } from '../workbook/memory/memoryPort';

export type OpenResult = { ok: true; port: MemoryWorkbook; notes: readonly Text[] } | { ok: false; reason: Text };

export async function openXlsx(bytes: Uint8Array, fileName: string): Promise<OpenResult> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-file" */ '../workbook/file');
  const out = readXlsx(bytes, fileName);
  if (!out.ok) return { ok: false, reason: out.reason };
  return { ok: true, port: MemoryWorkbook.fromGrids(out.grids), notes: out.notes };
}
