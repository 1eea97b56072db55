// Reading values the Vietnamese way: pure functions from a raw cell to a typed value or a reason.
export type { ReadFail, ReadResult } from './result';
export { isBlank, isDashes } from './result';
export { readNumber, readAmount, amountUnitOf, periodMonthsOf, readMonths, readPerMonth } from './numbers';
export { readRate, ratePeriodOfHeader, isPercentFormat, isPerMilleHeader } from './rates';
export {
  serialFromYmd,
  ymdFromSerial,
  isoFromSerial,
  serialFromIso,
  formatDateVi,
  isDateFormat,
  readDate,
  readBirth,
  readPeriodStart,
  readDueDate,
  readExtensionNote,
  addMonths,
  termEnd,
} from './dates';
export { nameKey, looseKey, headerKey, closestNames, personNameCore, personNames } from './names';
export { readSex, readHardship, readHardshipOrMark, readRole, readStatus, readStatusNote, statusNoteDate, readMark, readLoanKind, isSettled } from './words';
export { detectLegacyEncoding } from './legacy';
