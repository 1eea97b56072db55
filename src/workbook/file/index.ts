// File mode (.xlsx on disk or uploaded): read grids, write marked copies, write new workbooks.
// Pure TypeScript for Node and the browser; Node's faster zlib path is in ./node (CLI only).

export { readXlsx, LIMITS, type ReadOutcome, type ReadOptions } from './read';
export { markXlsx, applyMarks, FINDINGS_SHEET, MARK_STYLE, type FindingRow, type MarkOptions } from './mark';
export { writeWorkbook, validSheetName, quoteSheet, type NewCell, type NewSheet, type NewWorkbook } from './write';
export { standardWorkbook, standardWorkbookFile } from './standard';
export { BUILTIN_FORMATS } from './styles';
export { isDateFormat, isoToSerial } from './sheet';
export { openZip, writeZip, crc32, type InflateRaw, type DeflateRaw, type ZipArchive, type ZipEntry, type OutEntry } from './zip';
