/**
 * The built task pane opened outside Excel, in headless Chromium: with the Office.js CDN
 * unreachable (as here, and for an officer offline) and with office.js loaded but no Office host.
 * It must render in Vietnamese, say what it is and how to get it into Excel, throw nothing, and the
 * demo on the sample club must run a check. Screenshots go to test/out/.
 */
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { ensureBuilt, OUT } from './build';
import { cspViolations, foreignHosts, launch, openPane, ORIGIN } from './browser';

let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('opened outside Excel', () => {
  it('explains itself in Vietnamese when office.js cannot load, with no uncaught error', async () => {
    const run = await openPane(browser, { officeJs: false });
    const { page } = run;
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.getByTestId('outside-excel').waitFor({ timeout: 15_000 });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Kiểm tra sổ sách CLB Liên thế hệ tự giúp nhau');
    expect(text).toContain('Trang này chạy bên trong Excel');
    expect(text).toContain('Tải lên phần bổ trợ của tôi (Upload My Add-in)');
    expect(text).toContain('manifest.xml');
    expect(text).toContain('Trung tâm quản trị Microsoft 365');
    expect(text).toContain('Thư mục dùng chung');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.screenshot({ path: path.join(OUT, 'outside-vi.png'), fullPage: true });
    expect(run.pageErrors).toEqual([]);
    expect(foreignHosts(run.requests)).toEqual([]);
    expect(cspViolations(run)).toEqual([]);
    await run.context.close();
  });

  it('explains itself when office.js loads but there is no Office host', async () => {
    const run = await openPane(browser, { officeJs: true });
    const { page } = run;
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.getByTestId('outside-excel').waitFor({ timeout: 15_000 });
    expect(await page.locator('main').innerText()).toContain('Trang này chạy bên trong Excel');
    expect(run.pageErrors).toEqual([]);
    expect(run.requests.some((r) => r.includes('appsforoffice.microsoft.com/lib/1/hosted/office.js'))).toBe(true);
    expect(foreignHosts(run.requests)).toEqual([]);
    expect(cspViolations(run)).toEqual([]);
    await run.context.close();
  });

  it('runs the demo on the sample club: summary, composition, findings, English', async () => {
    const run = await openPane(browser, { officeJs: false });
    const { page } = run;
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.getByTestId('start-demo').click();
    await page.getByTestId('demo-banner').waitFor();
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor({ timeout: 20_000 });
    const summary = await page.getByTestId('summary-line').innerText();
    expect(summary).toMatch(/\d+ lỗi · \d+ cảnh báo — \d+ thành viên · \d+ khoản vay đã kiểm tra/);
    expect(await page.getByTestId('live').innerText()).toMatch(/Kiểm tra xong/);
    // Focus moved to the result for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(3);
    await page.getByTestId('composition').waitFor();
    await page.screenshot({ path: path.join(OUT, 'demo-vi.png'), fullPage: true });

    // Enter on a finding "selects" it (the demo says which cells Excel would select).
    const rate = page.locator('[data-testid=finding][data-rule="loan.rate-out-of-range"] button').first();
    await rate.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('notice-info').waitFor();
    expect(await page.getByTestId('notice-info').innerText()).toContain('F13');

    await page.getByTestId('lang-en').click();
    const en = await page.getByTestId('summary-line').innerText();
    expect(en).toMatch(/errors? · \d+ warnings? — \d+ members · \d+ loans checked/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: path.join(OUT, 'demo-en.png'), fullPage: true });
    expect(run.pageErrors).toEqual([]);
    expect(foreignHosts(run.requests)).toEqual([]);
    expect(cspViolations(run)).toEqual([]);
    await run.context.close();
  });
});
