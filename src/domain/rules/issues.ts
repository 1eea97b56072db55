import type { ReadIssue } from '../books';
import { isCellError, type CellValue } from '../grid';
import type { Text } from '../text';

const MAX_SHOWN = 40;

/**
 * The raw value as the officer sees it, quoted, and why it could not be read: a phrase to put after
 * "Không đọc được năm sinh: " / "Cannot read the birth year: ". A reader's detail that quotes the
 * value already is a sentence of its own ("19588" is not a birth year…); one that does not is added
 * in brackets ("31/02/2025" (month 2 has no day 31)).
 */
export function describeIssue(issue: ReadIssue): Text {
  const shown = cellShown(issue.raw);
  const quoted = `"${shown}"`;
  if (issue.kind === 'error-value') {
    return { vi: `${quoted} (công thức bị lỗi)`, en: `${quoted} (a formula error)` };
  }
  if (issue.detail) {
    // Vietnamese lower-cases after the colon ("…: không hiểu"); English keeps "February".
    const say = (d: string, lower: (s: string) => string) => (d.includes(quoted) && shown ? lower(d) : `${quoted} (${lower(d)})`);
    return { vi: say(issue.detail.vi, lowerFirst), en: say(issue.detail.en, (d) => d) };
  }
  return { vi: quoted, en: quoted };
}

/** A cell's value as the officer sees it in the cell (a formula error by its code), shortened when long. */
export function cellShown(raw: CellValue | undefined): string {
  let shown: string;
  if (raw === null || raw === undefined) shown = '';
  else if (isCellError(raw)) shown = raw.error;
  else shown = String(raw);
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown;
}

/** "Không hiểu …" after a colon reads "không hiểu …"; a quoted value or an acronym keeps its case. */
function lowerFirst(s: string): string {
  const c = s.charAt(0);
  const second = s.charAt(1);
  return c !== c.toLowerCase() && second === second.toLowerCase() && second !== second.toUpperCase() ? c.toLowerCase() + s.slice(1) : s;
}
