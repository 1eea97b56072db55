/**
 * The pane as an officer sees it, at the narrowest (320 px) and a wide (450 px) task pane, in
 * Vietnamese and English, in headless Chromium over the emulated Excel host, on the demo club
 * workbook of `ishc demo`: first screen, result, a finding selected, acknowledging a warning, the
 * workbook edited during a check, a protected sheet, clearing, a workbook with no book, and a file
 * uploaded outside Excel. Each screen is photographed (test/out/ux/, or UX_SHOTS) and checked for
 * what an officer would trip over: nothing wider than the pane, no English left in the Vietnamese
 * pane, numbers written the Vietnamese way, every button named, focus visible.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openInChromium, type ChromiumSession } from '../office-host/chromium';
import { Workbook } from '../office-host/workbook';
import type { ModelValue } from '../office-host/workbook';
import { DEMO_AS_OF, demoWorkbook } from '../../src/cli/demo';
import type { NewCell } from '../../src/workbook/file/write';
import { writeWorkbook } from '../../src/workbook/file/write';
import { DIST, ensureBuilt, OUT } from './build';
import { launch, openPane, ORIGIN } from './browser';

const SHOTS = process.env.UX_SHOTS ?? path.join(OUT, 'ux');

beforeAll(() => {
  ensureBuilt();
  fs.mkdirSync(SHOTS, { recursive: true });
}, 180_000);

function plain(c: NewCell): { v: ModelValue | null; fmt: string | null } {
  if (c !== null && typeof c === 'object' && 'v' in c) return { v: c.v as ModelValue | null, fmt: c.fmt ?? null };
  return { v: c as ModelValue | null, fmt: null };
}

/** The demo club workbook of `ishc demo`, as the host's workbook. */
function demoHostWorkbook(): Workbook {
  const wb = new Workbook('clb-phu-hoa-demo.xlsx');
  for (const s of demoWorkbook().workbook.sheets) {
    const width = Math.max(...s.rows.map((r) => r.length));
    const values = s.rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? plain(r[i]).v : null)));
    const formats = s.rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? plain(r[i]).fmt : null)));
    wb.addSheet(s.name, { values, numberFormats: formats });
  }
  return wb;
}

async function boot(workbook: Workbook, width: number, lang: 'vi' | 'en'): Promise<ChromiumSession> {
  const run = await openInChromium({ pageDir: DIST, page: 'taskpane.html', workbook, api: '1.7', locale: 'vi-VN', viewport: { width, height: 900 } });
  await run.page.locator('[data-screen=excel]').waitFor({ timeout: 30_000 });
  if (lang === 'en') await run.page.getByTestId('lang-en').click();
  await run.page.getByTestId('as-of').fill(DEMO_AS_OF);
  await run.page.waitForTimeout(200);
  return run;
}

/** The whole page, plus 900 px tiles of a long one so each can be read at full size. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(250); // Fluent's 0.1 s colour transitions, a dialog's fade-in
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
  if (!fullPage) return;
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  if (!process.env.UX_SHOTS || height <= 900) return;
  for (let y = 0, i = 1; y < height; y += 900, i++)
    await page.screenshot({ path: path.join(SHOTS, `${name}.${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
}

/** Elements wider than the pane or sticking out of its right edge (text cut off at 320 px). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).position === 'absolute' && el.clientWidth <= 1) continue;
      if (r.right > width + 0.5) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}" ends at ${Math.round(r.right)}`);
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden' && el.clientWidth > 1)
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}" cut off`);
    }
    return out;
  });
}

/** Buttons and form controls a screen reader would announce without a name. */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, [role=button], input, [role=combobox], textarea'))
      .filter((el) => el.offsetParent !== null && el.getAttribute('type') !== 'file')
      .filter((el) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        const byIds = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
        const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent).join(' ') : '';
        const name = (el.getAttribute('aria-label') ?? '') + byIds + labels + (el.textContent ?? '');
        return !/[\p{L}\p{N}]/u.test(name);
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

describe('the pane as an officer sees it', () => {
  for (const width of [320, 450]) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${lang}, ${width} px: first screen, result, a finding selected, acknowledge, clear`, async () => {
        const run = await boot(demoHostWorkbook(), width, lang);
        const { page } = run;
        const tag = `${lang}-${width}`;
        await shot(page, `${tag}-1-first`);
        expect(await overflowing(page)).toEqual([]);

        await page.getByTestId('check').click();
        await page.getByTestId('summary').waitFor({ timeout: 30_000 });
        await page.getByTestId('finding').first().waitFor();
        await shot(page, `${tag}-2-result`);
        expect(await overflowing(page)).toEqual([]);
        expect(await unnamedControls(page)).toEqual([]);
        const text = await page.locator('main').innerText();
        if (lang === 'vi') {
          // Numbers the Vietnamese way: no 1,500,000 or 72.4% in the Vietnamese pane.
          expect(text).not.toMatch(/\d,\d{3}(?!\d)|\d\.\d%/);
          // Engine jargon an officer would not know.
          expect(text).not.toMatch(/\b(rule|finding|sheet|profile)\b/i);
        }

        // A finding selected with the keyboard: focus visible, Excel moves to the cell.
        const first = page.locator('[data-testid=finding] button').first();
        await first.focus();
        await page.keyboard.press('Enter');
        await page.waitForTimeout(300);
        const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
        expect(outline).not.toBe('none');
        // It stays marked as the one last gone to after focus moves on.
        await page.getByTestId('check').focus();
        expect(await first.getAttribute('aria-current')).toBe('true');
        expect(await page.locator('[data-testid=finding] button[aria-current]').count()).toBe(1);
        await shot(page, `${tag}-3-selected`);

        // Acknowledge a warning.
        const ack = page.getByTestId('ack').first();
        if (await ack.count()) {
          await ack.click();
          await page.getByTestId('ack-reason').waitFor();
          await page.waitForTimeout(400);
          await shot(page, `${tag}-4-ack-dialog`, false);
          await page.getByTestId('ack-reason').fill(lang === 'vi' ? 'Ban chủ nhiệm đã họp và đồng ý.' : 'The board met and agreed.');
          const key = await ack.evaluate((el) => el.closest<HTMLElement>('[data-testid=finding]')!.dataset.key);
          await page.getByTestId('ack-save').click();
          await page.waitForTimeout(500);
          // The button she pressed is gone; the focus stays on that finding, not the page top.
          expect(await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-testid=finding]')?.dataset.key)).toBe(key);
          await shot(page, `${tag}-5-acknowledged`);
          expect(await overflowing(page)).toEqual([]);
          // Undo with the keyboard: the undo button goes away, the focus stays on the finding.
          await page.locator(`[data-testid=finding][data-key="${key}"] [data-testid=unack]`).focus();
          await page.keyboard.press('Enter');
          await page.getByTestId('ack').first().waitFor();
          await page.waitForTimeout(200);
          expect(await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-testid=finding]')?.dataset.key)).toBe(key);
        }

        await page.getByTestId('clear').click();
        await page.getByTestId('notice-success').waitFor();
        await shot(page, `${tag}-6-cleared`);
        expect(await overflowing(page)).toEqual([]);
        expect(run.pageErrors).toEqual([]);
        await run.close();
      });
    }
  }

  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: the workbook edited during the check, a protected sheet, a workbook with no book`, async () => {
      // Edited while the check runs: a row is added to the member list after the first read.
      const workbook = demoHostWorkbook();
      const run = await boot(workbook, 320, lang);
      const host = run.host;
      const real = host.executeWire.bind(host);
      let calls = 0;
      host.executeWire = (body: string) => {
        const r = real(body);
        if (++calls === 2) workbook.setBlock('Danh sách thành viên', 'A200', [['Thêm người']]);
        return r;
      };
      await run.page.getByTestId('check').click();
      await run.page.getByTestId('notice-warning').waitFor({ timeout: 30_000 });
      expect(await run.page.getByTestId('check').isEnabled()).toBe(true);
      await shot(run.page, `${lang}-320-7-changed`);
      expect(await overflowing(run.page)).toEqual([]);
      // It names the button that is there (no result yet: "Kiểm tra", not "Kiểm tra lại").
      expect(await run.page.getByTestId('notice-warning').innerText()).toContain(`“${await run.page.getByTestId('check').innerText()}”`);
      expect(await unnamedControls(run.page)).toEqual([]);
      host.executeWire = real;
      await run.close();

      const locked = demoHostWorkbook();
      locked.sheet('Sổ cho vay').protected = true;
      const run2 = await boot(locked, 320, lang);
      await run2.page.getByTestId('check').click();
      await run2.page.getByTestId('problem-protected').waitFor({ timeout: 30_000 });
      await shot(run2.page, `${lang}-320-8-protected`);
      expect(await overflowing(run2.page)).toEqual([]);
      await run2.close();

      const none = new Workbook('Sổ tay.xlsx');
      none.addSheet('Trang tính1', { values: [['Ghi chép họp tháng 6'], ['Họp lúc 8 giờ, có 32 người dự.']] });
      const run3 = await boot(none, 320, lang);
      await run3.page.getByTestId('check').click();
      await run3.page.getByTestId('problem-no-book').waitFor({ timeout: 30_000 });
      await shot(run3.page, `${lang}-320-9-no-book`);
      // Nothing was read, so nothing may be called correct.
      expect(await run3.page.getByTestId('summary-line').innerText()).toBe(lang === 'vi' ? 'Chưa kiểm tra được gì: không nhận ra sổ nào trong tệp.' : 'Nothing could be checked: no book was recognized in this file.');
      expect(await run3.page.locator('main').innerText()).not.toMatch(/Sổ sách đúng quy định|The books follow the rules/);
      expect(await overflowing(run3.page)).toEqual([]);
      expect(run3.pageErrors).toEqual([]);
      await run3.close();
    });
  }

  it('outside Excel: a club file uploaded, at 320 px, in both languages', async () => {
    const browser = await launch();
    const run = await openPane(browser, { officeJs: false, width: 320 });
    const { page } = run;
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.getByTestId('outside-excel').waitFor({ timeout: 15_000 });
    await shot(page, 'vi-320-10-outside');
    expect(await overflowing(page)).toEqual([]);
    const file = path.join(SHOTS, 'clb-phu-hoa-demo.xlsx');
    fs.writeFileSync(file, writeWorkbook(demoWorkbook().workbook));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('file-banner').waitFor({ timeout: 15_000 });
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor({ timeout: 20_000 });
    await shot(page, 'vi-320-11-file-result');
    // A file read in the browser is not changed: nothing to clear, nothing saved in it.
    expect(await page.getByTestId('clear').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Thiết lập được lưu trong tệp này');
    expect(await overflowing(page)).toEqual([]);
    await page.getByTestId('lang-en').click();
    await shot(page, 'en-320-11-file-result');
    expect(await overflowing(page)).toEqual([]);
    expect(run.pageErrors).toEqual([]);
    await run.context.close();
    await browser.close();
  });
});
