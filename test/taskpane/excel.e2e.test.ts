/**
 * The officer's path end to end, in headless Chromium, with the built task pane booted as Excel
 * boots it: the page loads the real office.js from its CDN URL (served from the pinned npm
 * package), finds a Win32 Excel host through `window.external`, and every context.sync() is
 * answered by the emulated host (test/office-host) over an in-memory workbook.
 *
 *   open → set profile and date → check → see findings → click one (host selection moves) →
 *   marks in the host workbook → fix the cell in the host → check again → clear →
 *   host workbook = the original + the officer's fix; English; screenshots; no foreign requests.
 */
import * as path from 'path';
import { openInChromium, type ChromiumSession } from '../office-host/chromium';
import { Workbook, type WorkbookSnapshot } from '../office-host/workbook';
import { sampleClubSheets, SAMPLE_MISTAKES, SAMPLE_SHEETS } from '../../src/workbook/memory/sample';
import { DIST, ensureBuilt, OUT } from './build';

const MASK_PREFIX = 'ISHC mask ';
const STATE_NS = 'urn:ishc-addin:state:1';

beforeAll(() => {
  ensureBuilt();
}, 180_000);

/** The sample club's books as the host's workbook, with some of the officer's own formatting. */
function clubWorkbook(): Workbook {
  const wb = new Workbook('CLB Phu Hoa 2025.xlsx');
  for (const s of sampleClubSheets()) wb.addSheet(s.name, { values: s.values, numberFormats: s.formats });
  // Her own header fill and a conditional format of her own: both must survive check + clear.
  wb.style(SAMPLE_SHEETS.members, 'A5:H5', { fill: '#DDEBF7', bold: true });
  wb.style(SAMPLE_SHEETS.loans, 'E6:E45', { fill: '#FFF2CC' });
  wb.addConditionalFormat(SAMPLE_SHEETS.loans, { type: 'Custom', range: 'K6:K45', formula: '=K6>8000000', format: { bold: true }, stopIfTrue: false });
  return wb;
}

async function bootExcel(workbook: Workbook, api = '1.7'): Promise<ChromiumSession> {
  const run = await openInChromium({ pageDir: DIST, page: 'taskpane.html', workbook, api, locale: 'vi-VN', viewport: { width: 380, height: 1000 } });
  await run.page.locator('[data-screen=excel]').waitFor({ timeout: 30_000 });
  return run;
}

/** The whole state minus what moves when the officer clicks around, and the add-in's own settings part. */
function comparable(s: WorkbookSnapshot): unknown {
  return {
    ...s,
    activeSheet: null,
    sheets: s.sheets.map((sh) => ({ ...sh, selection: '' })),
    customXmlParts: s.customXmlParts.filter((p) => p.namespaceUri !== STATE_NS),
  };
}

describe('in Excel (emulated host, ExcelApi 1.7 as Office 2019)', () => {
  it('check, select, mark, fix, re-check, clear: the workbook ends as it was plus the fix', async () => {
    const workbook = clubWorkbook();
    const original = workbook.snapshot();
    const run = await bootExcel(workbook);
    const { page, host } = run;

    // Vietnamese by default; set up the check as the officer would.
    expect(await page.getByTestId('check').innerText()).toBe('Kiểm tra');
    await page.getByTestId('profile').click();
    await page.getByRole('option', { name: 'Vĩnh Long (QĐ 546/QĐ-UBND 2017)' }).click();
    await page.getByTestId('as-of').fill('2025-06-30');
    await page.waitForTimeout(300);
    const state = workbook.customXmlParts.find((p) => p.namespaceUri === STATE_NS);
    expect(state?.xml).toContain('vinh-long');
    expect(state?.xml).toContain('2025-06-30');

    host.resetStats();
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    const checkSyncs = host.stats.syncs;
    expect(await page.getByTestId('summary-line').innerText()).toBe('7 lỗi · 2 cảnh báo — 58 thành viên · 40 khoản vay đã kiểm tra');
    expect(await page.getByTestId('live').innerText()).toBe('Kiểm tra xong: 7 lỗi, 2 cảnh báo.');
    await page.screenshot({ path: path.join(OUT, 'excel-vi-result.png'), fullPage: true });

    // Marks are in the host workbook: the add-in's hidden mask sheet and its rules on the books.
    const marked = workbook.snapshot();
    const mask = marked.sheets.filter((s) => s.name.startsWith(MASK_PREFIX));
    expect(mask.length).toBeGreaterThan(0);
    expect(mask.every((s) => s.visibility !== 'Visible')).toBe(true);
    const loans = marked.sheets.find((s) => s.name === SAMPLE_SHEETS.loans)!;
    expect(loans.conditionalFormats.length).toBeGreaterThan(1);

    // Click a finding: Excel activates the loan book and selects the rate cell.
    await page.locator('[data-testid=finding][data-rule="loan.rate-out-of-range"] button').click();
    await page.waitForTimeout(300);
    expect(workbook.snapshot().activeSheet).toBe(SAMPLE_SHEETS.loans);
    expect(workbook.sheet(SAMPLE_SHEETS.loans).selection).toBe(SAMPLE_MISTAKES.rateTooHigh.cell);
    // Enter on another finding works the same (keyboard users).
    await page.locator('[data-testid=finding][data-rule="member.birth-missing"] button').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(workbook.snapshot().activeSheet).toBe(SAMPLE_SHEETS.members);
    expect(workbook.sheet(SAMPLE_SHEETS.members).selection).toBe(SAMPLE_MISTAKES.birthMissing.cell);

    // The officer fixes the rate in her sheet and checks again.
    workbook.setBlock(SAMPLE_SHEETS.loans, SAMPLE_MISTAKES.rateTooHigh.cell, [[SAMPLE_MISTAKES.rateTooHigh.fixed]]);
    await page.getByTestId('check').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=summary-line]')?.textContent?.startsWith('6 lỗi'), undefined, { timeout: 30_000 });
    expect(await page.locator('[data-rule="loan.rate-out-of-range"]').count()).toBe(0);

    // Clear: only her data and formats remain, with her fix.
    await page.getByTestId('clear').click();
    await page.getByTestId('notice-success').waitFor();
    const expected = structuredClone(original);
    const loanSheet = expected.sheets.find((s) => s.name === SAMPLE_SHEETS.loans)!;
    loanSheet.cells[SAMPLE_MISTAKES.rateTooHigh.cell] = { ...loanSheet.cells[SAMPLE_MISTAKES.rateTooHigh.cell], value: SAMPLE_MISTAKES.rateTooHigh.fixed };
    expect(comparable(workbook.snapshot())).toEqual(comparable(expected));

    // English.
    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('check').innerText()).toBe('Check again');
    expect(await page.getByTestId('summary-line').innerText()).toBe('6 errors · 2 warnings — 58 members · 40 loans checked');
    await page.screenshot({ path: path.join(OUT, 'excel-en.png'), fullPage: true });

    expect(run.pageErrors).toEqual([]);
    expect(run.foreignRequests()).toEqual([]);
    expect(run.console.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
    expect(run.requests.some((r) => r.url.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'))).toBe(true);
    console.log(`check + mark: ${checkSyncs} syncs; largest request ${host.stats.maxRequestBytes} B, response ${host.stats.maxResponseBytes} B`);
    await run.close();
  });

  it('names a protected sheet it could not mark, and still lists its findings', async () => {
    const workbook = clubWorkbook();
    workbook.sheet(SAMPLE_SHEETS.loans).protected = true;
    const ownRules = structuredClone(workbook.sheet(SAMPLE_SHEETS.loans).conditionalFormats);
    const run = await bootExcel(workbook);
    await run.page.getByTestId('check').click();
    await run.page.getByTestId('summary').waitFor({ timeout: 30_000 });
    expect(await run.page.getByTestId('problem-protected').innerText()).toContain(`"${SAMPLE_SHEETS.loans}"`);
    expect(await run.page.locator('[data-testid=finding][data-rule^="loan."]').count()).toBeGreaterThan(0);
    expect(workbook.sheet(SAMPLE_SHEETS.loans).conditionalFormats).toEqual(ownRules);
    expect(workbook.sheet(SAMPLE_SHEETS.members).conditionalFormats.length).toBeGreaterThan(0);
    expect(run.pageErrors).toEqual([]);
    await run.close();
  });

  it('offers the standard books and inserts them without touching existing sheets', async () => {
    const workbook = clubWorkbook();
    const before = workbook.snapshot();
    const run = await bootExcel(workbook, '1.8');
    await run.page.getByTestId('insert-books').click();
    await run.page.getByTestId('notice-success').waitFor({ timeout: 30_000 });
    const after = workbook.snapshot();
    expect(after.sheets.length).toBeGreaterThan(before.sheets.length);
    for (const s of before.sheets) expect(after.sheets.find((x) => x.id === s.id)?.cells).toEqual(s.cells);
    await run.page.screenshot({ path: path.join(OUT, 'excel-insert-books.png') });
    expect(run.pageErrors).toEqual([]);
    await run.close();
  });
});

describe('in Excel with notes (emulated host, ExcelApi 1.18 as Microsoft 365)', () => {
  it("notes the marked cells in the pane's language, keeps the officer's notes, and clears back to the original", async () => {
    const workbook = clubWorkbook();
    const { sheet, cell } = SAMPLE_MISTAKES.birthMissing;
    // Her own note on a cell the check marks, and one elsewhere.
    workbook.addNote(SAMPLE_SHEETS.loans, SAMPLE_MISTAKES.rateTooHigh.cell, 'Hội đồng CLB đã duyệt lãi suất này.', 'Chủ nhiệm CLB');
    workbook.addNote(sheet, 'A1', 'Danh sách cập nhật tháng 6.', 'Chủ nhiệm CLB');
    const original = workbook.snapshot();
    const run = await bootExcel(workbook, '1.18');
    const { page } = run;
    await page.getByTestId('lang-en').click();
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });

    const notes = workbook.snapshot().sheets.find((s) => s.name === sheet)!.notes;
    expect(notes[cell].content).toMatch(/^Kiểm tra CLB \(ISHC\):\n✖ Member .* has no birth year\.\n→ Write the birth year/);
    expect(notes.A1).toEqual(original.sheets.find((s) => s.name === sheet)!.notes.A1);
    const loanNotes = workbook.snapshot().sheets.find((s) => s.name === SAMPLE_SHEETS.loans)!.notes;
    expect(loanNotes[SAMPLE_MISTAKES.rateTooHigh.cell].content).toBe('Hội đồng CLB đã duyệt lãi suất này.');
    expect(Object.values(loanNotes).filter((n) => n.content.startsWith('Kiểm tra CLB (ISHC):')).length).toBeGreaterThan(0);

    await page.getByTestId('clear').click();
    await page.getByTestId('notice-success').waitFor();
    expect(comparable(workbook.snapshot())).toEqual(comparable(original));
    expect(run.pageErrors).toEqual([]);
    expect(run.foreignRequests()).toEqual([]);
    await run.close();
  });
});
