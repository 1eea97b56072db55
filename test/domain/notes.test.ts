import { isSignedNote, MAX_NOTES_PER_SHEET, planNotes, signedNote, type NoteFinding } from '../../src/domain/notes';

const f = (cells: string[], over: Partial<NoteFinding> = {}): NoteFinding => ({
  sheet: 'DS',
  cells,
  severity: 'error',
  message: 'Thiếu năm sinh',
  fix: 'Ghi năm sinh',
  ...over,
});

describe('notes on marked cells', () => {
  it('writes one note per cell with every finding on it, once each', () => {
    const notes = planNotes([f(['c7', 'D7']), f(['C7'], { severity: 'warning', message: 'Tuổi dưới 55', fix: 'Kiểm tra năm sinh' }), f(['C7'])]);
    expect([...(notes.get('DS')?.keys() ?? [])]).toEqual(['C7', 'D7']);
    expect(notes.get('DS')?.get('C7')).toEqual({ r: 6, c: 2, text: '✖ Thiếu năm sinh\n→ Ghi năm sinh\n\n▲ Tuổi dưới 55\n→ Kiểm tra năm sinh' });
  });

  it('gives info findings and bad addresses no note', () => {
    expect(planNotes([f(['C7'], { severity: 'info' }), f(['not a cell'])]).get('DS')?.size ?? 0).toBe(0);
  });

  it('stops at the per-sheet limit and cuts very long texts', () => {
    const many = Array.from({ length: MAX_NOTES_PER_SHEET + 10 }, (_, i) => f([`B${i + 1}`]));
    expect(planNotes(many).get('DS')?.size).toBe(MAX_NOTES_PER_SHEET);
    const long = planNotes([f(['B2'], { message: 'x'.repeat(5000) })]).get('DS')?.get('B2')?.text ?? '';
    expect(long.length).toBe(2000);
    expect(long.endsWith('…')).toBe(true);
  });

  it('signs the notes it writes, so they are told apart from the user’s', () => {
    expect(isSignedNote(signedNote('✖ Thiếu năm sinh'))).toBe(true);
    expect(isSignedNote('Chủ nhiệm CLB')).toBe(false);
  });
});
