/**
 * The pane's behaviour in jsdom over the memory port and the real engine: check, summary first,
 * select, acknowledge, clear, protected sheets, a workbook edited during the check, cancel.
 */
import { installDom } from './dom';
installDom();

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App, type Screen } from '../../src/taskpane/App';
import { CheckerPane } from '../../src/taskpane/components/CheckerPane';
import { Summary } from '../../src/taskpane/components/Summary';
import { LangContext } from '../../src/taskpane/lang';
import { messages } from '../../src/i18n/messages';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryPort';
import { createDemoWorkbook, SAMPLE_MISTAKES, SAMPLE_SHEETS } from '../../src/workbook/memory/sample';
import type { AppPort } from '../../src/app/ports';

let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  container.remove();
});

async function renderPane(port: AppPort, lang: 'vi' | 'en' = 'vi') {
  root = createRoot(container);
  await act(async () => {
    root!.render(
      <FluentProvider theme={webLightTheme}>
        <LangContext.Provider value={{ lang, t: messages(lang) }}>
          <CheckerPane port={port} />
        </LangContext.Provider>
      </FluentProvider>,
    );
  });
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const all = (sel: string) => Array.from(container.querySelectorAll<HTMLElement>(sel));

async function click(el: HTMLElement | null) {
  if (!el) throw new Error('no element to click');
  await act(async () => {
    el.click();
  });
}

async function until(cond: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
}

function demo(options = {}) {
  const wb = createDemoWorkbook(options);
  return wb;
}

describe('the check', () => {
  it('shows the summary first, then composition and findings grouped by book and rule, and marks the cells', async () => {
    const wb = demo({});
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    const line = byTestId('summary-line')!.textContent!;
    expect(line).toMatch(/^\d+ lỗi · \d+ cảnh báo — 58 thành viên · 40 khoản vay đã kiểm tra$/);
    // The summary comes before the findings in the reading order.
    const summary = byTestId('summary')!;
    const findings = byTestId('findings')!;
    expect(summary.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rules = all('[data-testid=rule-group]').map((g) => g.dataset.rule);
    expect(rules).toEqual(expect.arrayContaining(['loan.rate-out-of-range', 'member.birth-missing', 'fund.balance-mismatch']));
    // Marks are in the workbook, on the cell of the planted rate.
    const loanMarks = wb.marks.find((m) => m.sheet === SAMPLE_SHEETS.loans)!;
    expect(loanMarks.marks.some((m) => m.r === 12 && m.c === 5 && m.level === 2)).toBe(true);
    expect(byTestId('live')!.textContent).toMatch(/^Kiểm tra xong: \d+ lỗi, \d+ cảnh báo\.$/);
    expect(document.activeElement?.id).toBe('result-heading');
  });

  it('selects the cells of a finding when it is clicked', async () => {
    const wb = demo({});
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    await click(container.querySelector<HTMLElement>('[data-rule="loan.rate-out-of-range"][data-testid=finding] button'));
    expect(wb.activeSheet).toBe(SAMPLE_SHEETS.loans);
    expect(wb.selection).toEqual({ sheet: SAMPLE_SHEETS.loans, cells: [SAMPLE_MISTAKES.rateTooHigh.cell] });
    // The one gone to stays marked, so she keeps her place in a long list.
    const current = all('[data-testid=finding] button[aria-current=true]');
    expect(current.map((b) => b.closest<HTMLElement>('[data-testid=finding]')!.dataset.rule)).toEqual(['loan.rate-out-of-range']);
  });

  it('says what to do next under the counts, and how the list works', async () => {
    await renderPane(demo({}));
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    expect(byTestId('summary-next')!.textContent).toBe('Bấm vào từng mục bên dưới để đến ô cần sửa. Sửa xong, bấm “Kiểm tra lại”.');
    expect(byTestId('summary')!.textContent).not.toContain('đúng quy định');
    expect(container.querySelector('section[aria-labelledby=findings-heading]')!.textContent).toContain('Bấm vào một mục để chọn ô đó trong bảng tính.');
  });

  it('re-checks after a fix: the finding is gone and its mark too; clear removes every mark', async () => {
    const wb = demo({});
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    const before = byTestId('summary-line')!.textContent!;
    wb.setCell(SAMPLE_SHEETS.loans, SAMPLE_MISTAKES.rateTooHigh.cell, SAMPLE_MISTAKES.rateTooHigh.fixed);
    await click(byTestId('check'));
    await until(() => byTestId('summary-line')!.textContent !== before);
    expect(container.querySelector('[data-rule="loan.rate-out-of-range"]')).toBeNull();
    const loanMarks = wb.marks.find((m) => m.sheet === SAMPLE_SHEETS.loans);
    expect(loanMarks?.marks.some((m) => m.r === 12 && m.c === 5)).toBeFalsy();
    await click(byTestId('clear'));
    expect(wb.marks).toEqual([]);
    expect(byTestId('notice-success')!.textContent).toContain('Đã xóa đánh dấu');
  });
});

describe('settings and state in the workbook', () => {
  it('reads the profile and as-of date stored in the workbook and saves a corrected sheet kind', async () => {
    const wb = demo({});
    await renderPane(wb);
    await until(() => (byTestId('as-of') as HTMLInputElement | null)?.value === '2025-06-30');
    expect(byTestId('profile')!.textContent).toContain('Vĩnh Long');
    await click(byTestId('check'));
    await until(() => !!byTestId('sheet-list'));
    const rows = all('[data-testid=sheet-list] tr').map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('button')!.textContent]);
    expect(rows).toEqual([
      [SAMPLE_SHEETS.clubInfo, 'Thông tin CLB'],
      [SAMPLE_SHEETS.members, 'Danh sách thành viên'],
      [SAMPLE_SHEETS.loans, 'Sổ theo dõi cho vay'],
      [SAMPLE_SHEETS.cashbook, 'Sổ quỹ'],
    ]);
    // Correct a guess: the cash book sheet is to be ignored.
    const cashRow = all('[data-testid=sheet-list] tr').find((tr) => tr.querySelector('th')!.textContent === SAMPLE_SHEETS.cashbook)!;
    const dropdown = cashRow.querySelector<HTMLElement>('button')!;
    expect(dropdown.getAttribute('aria-label')).toBe(`Loại sổ của trang "${SAMPLE_SHEETS.cashbook}"`);
    await click(dropdown);
    await until(() => document.querySelectorAll('[role=option]').length > 0);
    const none = Array.from(document.querySelectorAll<HTMLElement>('[role=option]')).find((o) => o.textContent === 'Không phải sổ (bỏ qua)')!;
    await click(none);
    await until(() => wb.state?.assignment?.[SAMPLE_SHEETS.cashbook] === 'none');
    expect(wb.state!.profileId).toBe('vinh-long');
    // The result on screen answers the old settings: the pane says so until the next check.
    await until(() => !!byTestId('problem-settings'));
    await click(byTestId('check'));
    await until(() => !byTestId('problem-settings'));
    expect(container.querySelector('[data-rule="fund.balance-mismatch"]')).toBeNull();
  });

  it('acknowledges a warning with a reason: stored in the workbook, counted apart, unmarked', async () => {
    const wb = demo({});
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    const warningsBefore = Number(/(\d+) cảnh báo/.exec(byTestId('summary-line')!.textContent!)![1]);
    const overdue = container.querySelector<HTMLElement>('[data-rule="loan.overdue"][data-testid=finding]')!;
    const key = overdue.dataset.key!;
    await click(overdue.querySelector<HTMLElement>('[data-testid=ack]'));
    await until(() => !!document.querySelector('[data-testid=ack-reason]'));
    const textarea = document.querySelector<HTMLTextAreaElement>('[data-testid=ack-reason]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(window.HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(textarea, 'Ban chủ nhiệm đã cho gia hạn');
      textarea.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    await click(document.querySelector<HTMLElement>('[data-testid=ack-save]'));
    await until(() => !!wb.state?.acknowledged?.[key]);
    expect(wb.state!.acknowledged![key].reason).toBe('Ban chủ nhiệm đã cho gia hạn');
    await until(() => /đã biết/.test(byTestId('summary-line')!.textContent!));
    const line = byTestId('summary-line')!.textContent!;
    expect(Number(/(\d+) cảnh báo/.exec(line)![1])).toBe(warningsBefore - 1);
    expect(line).toContain('1 đã biết');
    // The overdue loan's due-date cell is no longer marked.
    const cell = key.split('|')[2];
    const loanMarks = wb.marks.find((m) => m.sheet === SAMPLE_SHEETS.loans)!;
    expect(loanMarks.marks.some((m) => `${String.fromCharCode(65 + m.c)}${m.r + 1}` === cell)).toBe(false);
  });
});

describe('clear messages', () => {
  it('names protected sheets that could not be marked, and still lists their findings', async () => {
    const wb = demo({});
    wb.sheet(SAMPLE_SHEETS.loans).protected = true;
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    expect(byTestId('problem-protected')!.textContent).toContain(`"${SAMPLE_SHEETS.loans}"`);
    expect(container.querySelector('[data-rule="loan.rate-out-of-range"]')).not.toBeNull();
    expect(wb.marks.some((m) => m.sheet === SAMPLE_SHEETS.loans)).toBe(false);
    expect(wb.marks.some((m) => m.sheet === SAMPLE_SHEETS.members)).toBe(true);
  });

  it('says the workbook was edited during the check and writes no marks', async () => {
    let edited = false;
    const wb: MemoryWorkbook = demo({
      onRead: () => {
        if (!edited) {
          edited = true;
          wb.setCell(SAMPLE_SHEETS.members, 'B7', 'Trần Thị Mới');
        }
      },
    });
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('notice-warning'));
    expect(byTestId('notice-warning')!.textContent).toContain('đã bị sửa trong lúc kiểm tra');
    // No result yet, so the button she has to press is "Kiểm tra", not "Kiểm tra lại".
    expect(byTestId('check')!.textContent).toBe('Kiểm tra');
    expect(byTestId('notice-warning')!.textContent).toContain('bấm “Kiểm tra” một lần nữa');
    // The close button of the message has a name a screen reader can say.
    expect(byTestId('notice-warning')!.querySelector('button')!.getAttribute('aria-label')).toBe('Đóng thông báo');
    expect(wb.marks).toEqual([]);
    expect(byTestId('summary')).toBeNull();
  });

  it('says when no book is recognized', async () => {
    const wb = new MemoryWorkbook('Book1.xlsx', [{ name: 'Sheet1', values: [['Danh mục'], ['Bàn', 2], ['Ghế', 10]] }]);
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('summary'));
    expect(byTestId('problem-no-book')!.textContent).toContain('Không nhận ra sổ nào');
    // Nothing was read: no "0 lỗi", and never "the books follow the rules".
    expect(byTestId('summary-line')!.textContent).toBe('Chưa kiểm tra được gì: không nhận ra sổ nào trong tệp.');
    expect(byTestId('summary')!.textContent).not.toContain('đúng quy định');
    // The sheet list is below the message, and this port cannot insert the standard books.
    expect(byTestId('problem-no-book')!.textContent).toContain('bên dưới');
    expect(byTestId('problem-no-book')!.textContent).not.toContain('Tạo sổ chuẩn');
  });

  it('says "no errors" but not "all correct" when warnings remain', async () => {
    root = createRoot(container);
    const counts = { errors: 0, warnings: 2, acknowledged: 0, info: 0, members: 58, loans: 40 };
    const summary = (c: typeof counts) => (
      <FluentProvider theme={webLightTheme}>
        <LangContext.Provider value={{ lang: 'en', t: messages('en') }}>
          <Summary counts={c} profileName="Default" asOf="2025-06-30" />
        </LangContext.Provider>
      </FluentProvider>
    );
    await act(async () => root!.render(summary(counts)));
    expect(byTestId('summary-next')!.textContent).toBe('No errors. There are warnings: see each item below.');
    await act(async () => root!.render(summary({ ...counts, warnings: 0 })));
    expect(byTestId('summary-next')!.textContent).toBe('✓ No errors found. The books follow the rules.');
  });

  it('stops a check on Cancel and leaves the workbook unmarked', async () => {
    const wb = demo({ readDelayMs: 200 });
    await renderPane(wb);
    await click(byTestId('check'));
    await until(() => !!byTestId('progress'));
    await click(byTestId('cancel'));
    await until(() => !!byTestId('notice-info'));
    expect(byTestId('notice-info')!.textContent).toContain('Đã dừng kiểm tra');
    expect(wb.marks).toEqual([]);
    expect(byTestId('progress')).toBeNull();
  });

  it('offers "Insert standard books" only when the port can', async () => {
    const wb = demo({});
    await renderPane(wb);
    expect(byTestId('insert-books')).toBeNull();
    await act(async () => root!.unmount());
    const inserted: string[] = [];
    const port: AppPort = Object.assign(demo({}), {
      insertStandardBooks: async () => {
        inserted.push('x');
        return { inserted: ['Danh sách thành viên', 'Sổ cho vay'] };
      },
    });
    await renderPane(port);
    await click(byTestId('insert-books'));
    expect(inserted).toEqual(['x']);
    expect(byTestId('notice-success')!.textContent).toContain('Danh sách thành viên, Sổ cho vay');
  });
});

describe('the app shell', () => {
  it('is Vietnamese by default, switches to English and remembers it', async () => {
    localStorage.removeItem('ishc.lang');
    root = createRoot(container);
    const boot = async (): Promise<Screen> => ({ kind: 'outside' });
    await act(async () => root!.render(<App boot={boot} demoPort={() => demo({})} />));
    await until(() => !!byTestId('outside-excel'));
    expect(container.textContent).toContain('Trang này chạy bên trong Excel');
    await click(byTestId('lang-en'));
    expect(container.textContent).toContain('This page runs inside Excel');
    expect(localStorage.getItem('ishc.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    localStorage.removeItem('ishc.lang');
  });

  it('shows what went wrong, and the help, when booting fails', async () => {
    root = createRoot(container);
    const boot = async (): Promise<Screen> => {
      throw new Error('Excel is busy');
    };
    await act(async () => root!.render(<App boot={boot} demoPort={() => demo({})} />));
    await until(() => !!byTestId('outside-excel'));
    expect(container.textContent).toContain('Excel is busy');
  });
});
