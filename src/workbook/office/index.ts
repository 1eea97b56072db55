// The Office (Excel) adapter of the WorkbookPort. The task pane creates it once Office.onReady has
// said the host is Excel: `createOfficePort()`.
export { OfficeWorkbookPort, createOfficePort, MARK_STYLE } from './officePort';
export type { OfficePortOptions, MarkResult, NotesResult, ClearResult, InsertResult } from './officePort';
export { AbortError, WorkbookChangedError, OfficeUnavailableError, SheetTooLargeError } from './errors';
export { MASK_PREFIX, STATE_NS, maskName } from './names';
