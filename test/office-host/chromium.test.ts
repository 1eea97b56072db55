// The Chromium boot: a page loads office.js from its CDN URL, Office.onReady says Excel, and its
// Excel.run calls reach the emulated host; the page makes no request anywhere else.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHROMIUM, openInChromium } from './chromium';
import { Workbook } from './workbook';

describe('openInChromium', () => {
  it('finds Chromium (CI installs the chromium package)', () => {
    expect(fs.existsSync(CHROMIUM)).toBe(true);
  });

  it('boots a page as Excel boots it and routes its syncs to the host', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ishc-page-'));
    fs.writeFileSync(
      path.join(dir, 'taskpane.html'),
      `<!doctype html><html><head><meta charset="utf-8"><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script src="pane.js"></script></head><body><p id="out">…</p><img src="https://tracker.example.com/p.gif"></body></html>`,
    );
    fs.writeFileSync(
      path.join(dir, 'pane.js'),
      `Office.onReady(async () => {
        await Excel.run(async (ctx) => {
          const r = ctx.workbook.worksheets.getItem('Danh sách').getRange('A2:B2');
          r.load('values');
          await ctx.sync();
          r.format.fill.color = '#FFFF00';
          await ctx.sync();
          document.getElementById('out').textContent = r.values[0].join(' | ') + ' / ' + Office.context.requirements.isSetSupported('ExcelApi', '1.8');
        });
      });`,
    );
    const wb = new Workbook();
    wb.addSheet('Danh sách', { values: [['STT', 'Họ và tên'], [1, 'Nguyễn Thị Lan']] });
    const s = await openInChromium({ pageDir: dir, page: 'taskpane.html', workbook: wb, api: '1.7', locale: 'vi-VN' });
    try {
      expect(await s.officeReady()).toEqual({ host: 'Excel', platform: 'PC' });
      await s.page.waitForFunction(() => document.getElementById('out')!.textContent !== '…', undefined, { timeout: 15_000 });
      expect(await s.page.textContent('#out')).toBe('1 | Nguyễn Thị Lan / false');
      expect(wb.snapshot().sheets[0].cells.A2.style).toEqual({ fill: '#FFFF00' });
      expect(s.host.stats.syncs).toBe(2); // the page's two syncs (the library's own requests are not syncs)
      expect(s.foreignRequests().map((r) => r.url)).toEqual(['https://tracker.example.com/p.gif']);
      expect(s.requests.filter((r) => r.kind === 'office').length).toBeGreaterThan(0);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
