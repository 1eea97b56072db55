// Notes on marked cells (ExcelApi 1.18): what is wrong there and how to fix it, signed so the
// add-in tells its notes from the user's. The user's notes are never touched; clearing leaves the
// workbook exactly as it was; below 1.18 nothing about notes is even asked for.

import { runCheck } from '../../../src/app/checkService';
import { NOTE_AUTHOR, type SheetNotes, isSignedNote, signedNote } from '../../../src/domain/notes';
import { a1 } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import type { MarkPlan } from '../../../src/domain/marks';
import { OfficeWorkbookPort } from '../../../src/workbook/office';
import { cellOfAddress, noteWrites, utf8Bytes } from '../../../src/workbook/office/noteWrites';
import type { NotePlan } from '../../../src/workbook/port';
import { Workbook, type WorkbookSnapshot } from '../../office-host/workbook';
import { clubPlan, clubWorkbook, notesFor } from './fixtures';
import { type PortEnv, syncs, withPort } from './harness';

const MB5 = 5 * 1024 * 1024;

function notesOn(snap: WorkbookSnapshot, sheet: string): Record<string, { content: string; author: string }> {
  return snap.sheets.find((s) => s.name === sheet)!.notes;
}

function allNotes(snap: WorkbookSnapshot): { sheet: string; cell: string; content: string }[] {
  return snap.sheets.flatMap((s) => Object.entries(s.notes).map(([cell, n]) => ({ sheet: s.name, cell, content: n.content })));
}

/** Members the host saw that belong to notes (ExcelApi 1.18); "Note.content=" is a write. */
function noteMembers(e: PortEnv): string[] {
  return [...e.env.host.stats.members].filter((m) => /^Note|\.notes$/.test(m)).sort();
}

/** The largest request the add-in sent (the library's own reference clean-up aside). */
function maxSyncRequest(e: PortEnv): number {
  return Math.max(...e.env.host.stats.log.filter((l) => !l.cleanup).map((l) => l.requestBytes));
}

/** The officer's own notes, which the add-in must never touch. */
function withUserNotes(wb: Workbook): Workbook {
  wb.addNote('Danh sách', 'D6', 'Bà Lan không nhớ năm sinh, hỏi con gái.', 'Chủ nhiệm CLB');
  wb.addNote('Danh sách', 'C7', 'Đã chuyển đi xã khác tháng 3.', 'Chủ nhiệm CLB');
  wb.addNote('Thông tin CLB', 'B2', 'Tên theo quyết định thành lập.', 'Thư ký');
  return wb;
}

describe.each(['1.7', '1.8'])('notes below ExcelApi 1.18 (%s)', (api) => {
  it('marks and clears exactly as before: no note written, no note API touched', async () => {
    const wb = clubWorkbook();
    const before = wb.snapshot();
    await withPort(wb, api, async (e) => {
      await e.port.read();
      e.env.host.resetStats();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      expect(syncs(e)).toBe(2);
      expect(e.port.lastMark).toEqual({ marked: ['Danh sách', 'Sổ cho vay', 'Sổ quỹ'], skipped: [], complete: true });
      expect(allNotes(e.wb.snapshot())).toEqual([]);
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      e.env.host.resetStats();
      await e.port.clearMarks();
      expect(syncs(e)).toBe(2);
      expect(e.port.lastClear).toEqual({ cleared: ['Danh sách', 'Sổ cho vay', 'Sổ quỹ'], skipped: [], complete: true });
      expect(noteMembers(e)).toEqual([]);
    });
    expect(wb.snapshot()).toEqual(before);
  });
});

describe('notes at ExcelApi 1.18', () => {
  it('puts a signed note with the message and the fix on each marked cell', async () => {
    await withPort(clubWorkbook(), '1.18', async (e) => {
      await e.port.read();
      e.env.host.resetStats();
      const notes = notesFor(clubPlan());
      await e.port.mark(clubPlan(), notes);
      // A first check finds no notes: the notes go with the mask writes, no extra round trip.
      expect(syncs(e)).toBe(2);
      expect(e.port.lastMark!.notes).toEqual({ noted: 9, userNotes: 0 });
      const snap = e.wb.snapshot();
      const members = notesOn(snap, 'Danh sách');
      expect(Object.keys(members)).toEqual(['D6', 'E11', 'D23', 'F40', 'C64']);
      expect(members.D6.content).toBe(signedNote(notes.get('Danh sách')!.get('D6')!.text));
      expect(members.D6.content).toBe(`${NOTE_AUTHOR}:\n✖ Ô này vi phạm quy định member.birth-missing của CLB.\n→ Sửa lại theo quy chế (member.birth-missing), rồi kiểm tra lại.`);
      expect(members.E11.content).toContain('▲ ');
      expect(members.D6.author).toBe(e.wb.userName);
      expect(Object.keys(notesOn(snap, 'Sổ cho vay'))).toEqual(['F2', 'F13', 'I21']);
      expect(Object.keys(notesOn(snap, 'Sổ quỹ'))).toEqual(['F31']);
      // The marks themselves are as without notes.
      expect(snap.sheets.find((s) => s.name === 'Danh sách')!.conditionalFormats).toHaveLength(2);
    });
  });

  it("keeps the user's notes, on marked cells and elsewhere, and never covers them", async () => {
    const wb = withUserNotes(clubWorkbook());
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      expect(e.port.lastMark!.notes).toEqual({ noted: 8, userNotes: 1 });
      const snap = e.wb.snapshot();
      const members = notesOn(snap, 'Danh sách');
      // D6 is marked but holds the officer's note: it stays, ours is not added.
      expect(members.D6).toEqual(notesOn(before, 'Danh sách').D6);
      expect(members.C7).toEqual(notesOn(before, 'Danh sách').C7);
      expect(isSignedNote(members.E11.content)).toBe(true);
      expect(notesOn(snap, 'Thông tin CLB')).toEqual(notesOn(before, 'Thông tin CLB'));
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      await e.port.clearMarks();
      expect(e.port.lastClear!.notesRemoved).toBe(8);
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it("tells the pane how many findings' cells kept the user's own note instead of ours", async () => {
    const wb = clubWorkbook();
    await withPort(wb, '1.18', async (e) => {
      const first = await runCheck(e.port, { profile: builtinProfile('default') as Profile, asOf: '2025-06-30', lang: 'vi' });
      expect(first.marks.userNotes).toBeUndefined();
      // The officer writes her own note on two marked cells, then checks again.
      const cells = first.plan.flatMap((p) => p.marks.map((m) => ({ sheet: p.sheet, cell: a1(m.r, m.c) }))).slice(0, 2);
      await e.port.clearMarks();
      for (const c of cells) e.wb.addNote(c.sheet, c.cell, 'Đã hỏi lại gia đình.', 'Chủ nhiệm CLB');
      const again = await runCheck(e.port, { profile: builtinProfile('default') as Profile, asOf: '2025-06-30', lang: 'vi' });
      expect(again.marks.userNotes).toBe(2);
      for (const c of cells) expect(notesOn(e.wb.snapshot(), c.sheet)[c.cell].content).toBe('Đã hỏi lại gia đình.');
    });
  });

  it('clearing restores the workbook exactly, also after save and reopen and in a new session', async () => {
    const wb = withUserNotes(clubWorkbook());
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      e.wb.saveAndReopen();
      expect(allNotes(e.wb.snapshot()).filter((n) => isSignedNote(n.content))).toHaveLength(8);
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      await e.port.clearMarks();
      expect(e.wb.snapshot()).toEqual(before);
    });
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
    });
    wb.saveAndReopen();
    // A fresh session on the reopened file, without a read() first.
    await withPort(wb, '1.18', async (e) => {
      await e.port.clearMarks();
      expect(e.port.lastClear).toEqual({ cleared: ['Danh sách', 'Sổ cho vay', 'Sổ quỹ'], skipped: [], complete: true, notesRemoved: 8 });
    });
    expect(wb.snapshot()).toEqual(before);
    wb.saveAndReopen();
    expect(wb.snapshot()).toEqual(before);
  });

  it('re-marking replaces the notes: never stacked, only what changed is written', async () => {
    const wb = withUserNotes(clubWorkbook());
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      const once = e.wb.snapshot();
      e.env.host.resetStats();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      expect(e.wb.snapshot()).toEqual(once);
      // The same notes again: located, found as they should be, nothing rewritten or added.
      expect(noteMembers(e)).toEqual(['Note.content', 'Note.getLocation', 'NoteCollection.items', 'Worksheet.notes']);

      // A new check: the loan book is fixed, one member's finding changed, one new finding.
      const plan: MarkPlan = [
        { sheet: 'Danh sách', marks: [...clubPlan()[0].marks.filter((m) => m.r !== 22), { r: 30, c: 3, level: 2, rules: ['member.birth-invalid'] }] },
        clubPlan()[2],
      ];
      const notes = notesFor(plan);
      const changed = new Map(notes.get('Danh sách'));
      changed.set('E11', { ...changed.get('E11')!, text: '▲ Giới tính ghi "N" — không rõ nam hay nữ.\n→ Ghi "Nam" hoặc "Nữ".' });
      const next: NotePlan = new Map([...notes, ['Danh sách', changed]]);
      await e.port.mark(plan, next);
      const snap = e.wb.snapshot();
      const members = notesOn(snap, 'Danh sách');
      expect(Object.keys(members).sort()).toEqual(['C64', 'C7', 'D31', 'D6', 'E11', 'F40']);
      expect(members.E11.content).toBe(signedNote(changed.get('E11')!.text));
      expect(members.D6.content).toBe('Bà Lan không nhớ năm sinh, hỏi con gái.');
      expect(notesOn(snap, 'Sổ cho vay')).toEqual({});
      expect(Object.keys(notesOn(snap, 'Sổ quỹ'))).toEqual(['F31']);
      // Marks without notes (an older caller): our notes go, the user's stay.
      await e.port.mark(plan);
      expect(allNotes(e.wb.snapshot()).map((n) => `${n.sheet}!${n.cell}`)).toEqual(['Thông tin CLB!B2', 'Danh sách!D6', 'Danh sách!C7']);
    });
  });

  it('skips protected sheets: no note added there, none removed, the sheet is named', async () => {
    const wb = clubWorkbook();
    wb.addNote('Sổ quỹ', 'F31', 'Số dư khớp sổ ngân hàng.', 'Thủ quỹ');
    wb.sheet('Sổ quỹ').protected = true;
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      expect(e.port.lastMark!.skipped).toEqual([{ sheet: 'Sổ quỹ', reason: 'protected' }]);
      expect(e.port.lastMark!.notes).toEqual({ noted: 8, userNotes: 0 });
      expect(notesOn(e.wb.snapshot(), 'Sổ quỹ')).toEqual(notesOn(before, 'Sổ quỹ'));
      await e.port.clearMarks();
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it('a sheet protected after it got notes keeps them until it is unprotected', async () => {
    const wb = clubWorkbook();
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      e.wb.sheet('Sổ cho vay').protected = true;
      await e.port.clearMarks();
      expect(e.port.lastClear!.skipped).toEqual([{ sheet: 'Sổ cho vay', reason: 'protected' }]);
      expect(e.port.lastClear!.notesRemoved).toBe(6);
      expect(Object.keys(notesOn(e.wb.snapshot(), 'Sổ cho vay'))).toEqual(['F2', 'F13', 'I21']);
      e.wb.sheet('Sổ cho vay').protected = false;
      await e.port.clearMarks();
      expect(e.port.lastClear!.notesRemoved).toBe(3);
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it('round trips: a first check as before, a re-check one more (to locate the notes), a clear as before', async () => {
    await withPort(withUserNotes(clubWorkbook()), '1.18', async (e) => {
      await e.port.read();
      expect(syncs(e)).toBe(2);
      e.env.host.resetStats();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      // The user's notes must be located before ours go next to them: + 1.
      expect(syncs(e)).toBe(3);
      e.env.host.resetStats();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      expect(syncs(e)).toBe(3);
      e.env.host.resetStats();
      await e.port.clearMarks();
      expect(syncs(e)).toBe(2);
    });
  });

  it('works with Excel on the web, where loading every property of a note fails (#6198)', async () => {
    const wb = withUserNotes(clubWorkbook());
    const before = wb.snapshot();
    await withPort(
      wb,
      '1.18',
      async (e) => {
        const full = await e.env.window.Excel.run(async (ctx) => {
          const notes = ctx.workbook.worksheets.getItem('Danh sách').notes;
          notes.load('items');
          await ctx.sync();
        }).catch((x: { code?: string }) => x.code);
        expect(full).toBe('NotImplemented');
        await e.port.read();
        await e.port.mark(clubPlan(), notesFor(clubPlan()));
        expect(e.port.lastMark!.notes).toEqual({ noted: 8, userNotes: 1 });
        await e.port.clearMarks();
      },
      { quirks: { notesOnTheWeb: true } },
    );
    expect(wb.snapshot()).toEqual(before);
  });

  it('leaves the notes alone when their text is more than one response can carry', async () => {
    const wb = clubWorkbook();
    // 200 long notes of the officer's (≈ 7 MB of text): more than Excel on the web sends back at once.
    for (let r = 0; r < 200; r++) wb.addNote('Sổ cho vay', `L${r + 1}`, `Ghi chép buổi họp ${r + 1}: ${'Bàn về việc cho vay vốn quay vòng. '.repeat(1000)}`, 'Thư ký');
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      await e.port.mark(clubPlan(), notesFor(clubPlan()));
      expect(e.port.lastMark).toEqual({ marked: ['Danh sách', 'Sổ cho vay', 'Sổ quỹ'], skipped: [], complete: false });
      expect(allNotes(e.wb.snapshot()).filter((n) => isSignedNote(n.content))).toEqual([]);
      // Excel refused the scan's answer once; the add-in asked again without the notes.
      const log = e.env.host.stats.log;
      expect(log.filter((l) => l.error === 'ResponsePayloadSizeLimitExceeded')).toHaveLength(1);
      expect(log.filter((l) => !l.error).every((l) => l.responseBytes < MB5)).toBe(true);
      await e.port.clearMarks();
      expect(e.port.lastClear!.complete).toBe(false);
    });
    expect(wb.snapshot()).toEqual(before);
  });
});

/** Three member lists of 1,700 rows, a finding on every row's birth year, each note ~300 characters. */
function bigBook(): { wb: Workbook; plan: MarkPlan; notes: NotePlan } {
  const wb = new Workbook('Tong hop huyen.xlsx');
  const plan: MarkPlan = ['Xã An Bình', 'Xã Long Hưng', 'Xã Tân Hòa'].map((sheet, k) => {
    wb.addSheet(sheet, { values: [['STT', 'Họ và tên', 'Năm sinh'], ...Array.from({ length: 1700 }, (_, i) => [i + 1, `Thành viên ${k}-${i}`, 1950 + (i % 30)])] });
    return { sheet, marks: Array.from({ length: 1700 }, (_, i) => ({ r: i + 1, c: 2, level: 2 as const, rules: ['member.birth-invalid'] })) };
  });
  const long = (sheet: string, cell: string) => ({ text: `✖ Năm sinh ở ô ${cell} của sổ "${sheet}" không đọc được hoặc ngoài khoảng hợp lệ của điều lệ CLB Liên thế hệ tự giúp nhau; người cao tuổi phải từ 60 tuổi trở lên.\n→ Ghi năm sinh bốn chữ số theo căn cước công dân (ví dụ 1956), rồi bấm Kiểm tra lại để xem kết quả.` });
  const notes: NotePlan = new Map(
    plan.map((p): [string, SheetNotes] => [p.sheet, new Map(p.marks.map((m) => [`C${m.r + 1}`, { r: m.r, c: m.c, ...long(p.sheet, `C${m.r + 1}`) }]))]),
  );
  return { wb, plan, notes };
}

describe('a large plan at ExcelApi 1.18', () => {
  it('writes 5,100 notes within the request limits, re-marks and clears them', async () => {
    const { wb, plan, notes } = bigBook();
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      await e.port.read();
      e.env.host.resetStats();
      await e.port.mark(plan, notes);
      let s = e.env.host.stats;
      expect(e.port.lastMark!.notes).toEqual({ noted: 5100, userNotes: 0 });
      expect(s.maxRequestBytes).toBeLessThan(MB5);
      expect(s.maxResponseBytes).toBeLessThan(MB5);
      // Scan + writes (~3 MB: one request).
      expect(s.syncs).toBe(2);
      expect(allNotes(e.wb.snapshot())).toHaveLength(5100);

      // Every other note's text changes: located (1 sync), rewritten in place.
      const next: NotePlan = new Map([...notes].map(([sheet, cells]) => [sheet, new Map([...cells].map(([cell, n], i) => [cell, i % 2 ? { ...n, text: n.text + ' (đã đối chiếu)' } : n]))]));
      e.env.host.resetStats();
      await e.port.mark(plan, next);
      s = e.env.host.stats;
      expect(s.maxRequestBytes).toBeLessThan(MB5);
      expect(s.maxResponseBytes).toBeLessThan(MB5);
      // Scan + locate 5,100 notes (~3 MB) + writes.
      expect(s.syncs).toBe(3);
      expect(notesOn(e.wb.snapshot(), 'Xã Tân Hòa').C3.content).toMatch(/\(đã đối chiếu\)$/);
      expect(noteMembers(e)).toEqual(['Note.content', 'Note.content=', 'Note.getLocation', 'NoteCollection.items', 'Worksheet.notes']);

      e.env.host.resetStats();
      await e.port.clearMarks();
      s = e.env.host.stats;
      expect(e.port.lastClear!.notesRemoved).toBe(5100);
      expect(s.maxRequestBytes).toBeLessThan(MB5);
      expect(s.maxResponseBytes).toBeLessThan(MB5);
      expect(s.syncs).toBe(2);
    });
    expect(wb.snapshot()).toEqual(before);
  }, 120_000);

  it('deletes exactly ours when deletions span several syncs, with user notes in between', async () => {
    const { wb, plan, notes } = bigBook();
    // The officer's notes on every 7th row of column B, between ours.
    for (let r = 1; r <= 1700; r += 7) wb.addNote('Xã Long Hưng', `B${r + 1}`, `Hộ ${r}: đã thăm nhà.`, 'Chủ nhiệm CLB');
    const before = wb.snapshot();
    await withPort(wb, '1.18', async (e) => {
      // A small budget, so the locations, the deletions and the additions each take several syncs.
      const port = new OfficeWorkbookPort({ payloadBudget: 150_000 });
      await port.read();
      await port.mark(plan, notes);
      // Half the findings are fixed: every even row keeps its note.
      const half: MarkPlan = plan.map((p) => ({ sheet: p.sheet, marks: p.marks.filter((m) => m.r % 2 === 0) }));
      const halfNotes: NotePlan = new Map([...notes].map(([sheet, cells]) => [sheet, new Map([...cells].filter(([, n]) => n.r % 2 === 0))]));
      e.env.host.resetStats();
      await port.mark(half, halfNotes);
      expect(e.env.host.stats.syncs).toBeGreaterThan(6);
      expect(maxSyncRequest(e)).toBeLessThan(150_000);
      const snap = e.wb.snapshot();
      for (const p of half) {
        const ours = Object.entries(notesOn(snap, p.sheet)).filter(([, n]) => isSignedNote(n.content));
        expect(ours.map(([cell]) => cell)).toEqual(p.marks.map((m) => `C${m.r + 1}`));
        for (const [cell, n] of ours) expect(n.content).toBe(signedNote(halfNotes.get(p.sheet)!.get(cell)!.text));
      }
      expect(Object.values(notesOn(snap, 'Xã Long Hưng')).filter((n) => !isSignedNote(n.content))).toHaveLength(243);
      await port.clearMarks();
    });
    expect(wb.snapshot()).toEqual(before);
  }, 120_000);
});

describe('noteWrites (pure)', () => {
  const want = (entries: [string, string][]): SheetNotes => new Map(entries.map(([cell, text]) => [cell, { r: 0, c: 0, text }]));

  it('rewrites changed notes of ours, deletes the unwanted from the highest index down, adds the missing', () => {
    const existing = [
      { index: 0, address: 'B2', content: 'của người dùng' },
      { index: 1, address: 'C2', content: signedNote('cũ') },
      { index: 2, address: 'C3', content: signedNote('giữ') },
      { index: 3, address: 'C4', content: signedNote('bỏ') },
      { index: 4, address: 'C9', content: signedNote('bỏ nữa') },
    ];
    const w = noteWrites(existing, want([['B2', 'x'], ['C2', 'mới'], ['C3', 'giữ'], ['C5', 'thêm']]));
    expect(w).toEqual({
      updates: [{ index: 1, text: signedNote('mới') }],
      deletes: [4, 3],
      adds: [{ address: 'C5', text: signedNote('thêm') }],
      noted: 3,
      userNotes: 1,
    });
  });

  it('without wanted notes deletes every note of ours and needs no cells', () => {
    const w = noteWrites([{ index: 0, content: 'ghi chú' }, { index: 1, content: signedNote('a') }, { index: 2, content: signedNote('b') }], undefined);
    expect(w).toEqual({ updates: [], deletes: [2, 1], adds: [], noted: 0, userNotes: 0 });
  });

  it('reads cells and sizes as Excel sends them', () => {
    expect(cellOfAddress("'Danh sách'!$D$6")).toBe('D6');
    expect(cellOfAddress('Sheet1!c10')).toBe('C10');
    expect(utf8Bytes('Năm sinh ✖ 😀')).toBe(Buffer.byteLength('Năm sinh ✖ 😀', 'utf8'));
  });
});
