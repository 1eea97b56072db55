// The real-like club workbooks (test/fixtures/real-like) read by the add-in: each is put into the
// emulated Excel as Excel would hold it (values, number formats, merged areas, hidden sheets), read
// through the real Office.js by the Office adapter, and checked. The add-in must find exactly what
// `ishc check` finds in the file: the planted violations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../../src/domain/check';
import { a1, type WorkbookGrids } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { serialFromIso } from '../../../src/domain/values';
import { readXlsxFile } from '../../../src/workbook/file/node';
import { Workbook } from '../../office-host/workbook';
import { withPort } from './harness';

const DIR = join(__dirname, '..', '..', 'fixtures', 'real-like');
type Expected = Record<string, { rule: string; sheet: string; cells: string[] }[]>;
const expected: Expected = Object.assign(
  {},
  ...readdirSync(DIR)
    .filter((f) => /^expected.*\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected),
);
/** Not read in file mode either (see test/cli/real-like.test.ts). */
const KNOWN_GAPS = new Set<string>([
  '139-cashbook-separate-receipt-payment-sheets.xlsx',
  '170-members-and-loans-side-by-side-one-sheet.xlsx',
  '187-members-changes-sheet-vao-ra-mat.xlsx',
  '188-repayment-log-one-amount-column-loai-goc-lai.xlsx',
]);
const key = (f: { rule: string; sheet: string; cells: readonly string[] }) => `${f.rule} ${f.sheet}!${[...f.cells].sort().join(',')}`;

/** The workbook as Excel holds it once opened: what the file reader read, put into the emulated host. */
function inExcel(file: string, grids: WorkbookGrids): Workbook {
  const wb = new Workbook(file);
  for (const g of grids.sheets) {
    const sheet = wb.addSheet(g.name, {
      at: a1(g.top, g.left),
      values: g.values.map((row) => row.map((v) => (v === null ? undefined : v))),
      numberFormats: g.formats?.map((row) => row ?? []),
      visibility: g.hidden === 'very' ? 'VeryHidden' : g.hidden ? 'Hidden' : 'Visible',
    });
    if (g.merges?.length) sheet.merges = g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  }
  return wb;
}

describe('real-like club workbooks, read by the add-in', () => {
  it.each(Object.keys(expected).filter((f) => !KNOWN_GAPS.has(f)).sort())('%s: the planted violations, as in file mode', async (file) => {
    const read = readXlsxFile(join(DIR, file));
    if (!read.ok) throw new Error(read.reason.en);
    const grids = await withPort(inExcel(file, read.grids), '1.13', (e) => e.port.read());
    const result = checkWorkbook(grids, { profile: builtinProfile('default') as Profile, asOf: serialFromIso('2025-06-30') as number });
    const found = result.findings.filter((f) => f.severity !== 'info').map(key).sort();
    expect(found).toEqual(expected[file].map(key).sort());
  });
});
