import { BUILTIN_PROFILES, builtinProfile } from '../../src/domain/profiles';
import { parseProfile } from '../../src/domain/profiles/parse';
import { profileSchema } from '../../src/domain/profiles/schema';

describe('profiles', () => {
  it('ships the four built-in profiles of RULES.md, each valid', () => {
    expect(BUILTIN_PROFILES.map((p) => p.id)).toEqual(['default', 'vinh-long', 'bac-kan', 'national-1336']);
    for (const p of BUILTIN_PROFILES) expect(profileSchema.safeParse(p).success).toBe(true);
    expect(builtinProfile('vinh-long')?.members).toEqual({ min: 50, max: 60 });
    expect(builtinProfile('national-1336')?.poorShare).toBeNull();
    expect(builtinProfile('ha-noi')).toBeUndefined();
  });

  it('reads a club regulation that extends a built-in profile and changes only what differs', () => {
    const r = parseProfile({ extends: 'vinh-long', id: 'clb-phu-hoa', name: { vi: 'Quy chế', en: 'Regulation' }, maxLoanTermMonths: 24 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.profile.maxLoanTermMonths).toBe(24);
      expect(r.profile.members).toEqual({ min: 50, max: 60 });
    }
  });

  it('names the bad field, in both languages', () => {
    const r = parseProfile({ extends: 'default', loanRatePerMonth: { min: 1.5, max: 0.6 } }, 'quy-che.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.vi).toContain('quy-che.json');
      expect(r.error.vi).toContain('loanRatePerMonth');
      expect(r.error.en).toContain('field "loanRatePerMonth"');
    }
    const typo = parseProfile({ extends: 'default', womenshare: { min: 60, max: 70 } });
    expect(!typo.ok && typo.error.en).toMatch(/womenshare|root/);
    const parent = parseProfile({ extends: 'ha-noi' });
    expect(!parent.ok && parent.error.en).toContain('"extends" must name a built-in profile');
  });
});
