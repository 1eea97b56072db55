import type { Profile } from './schema';

// Thresholds from ../shared/RULES.md "Profiles"; each profile names its source document.
const base: Omit<Profile, 'id' | 'name' | 'source'> = {
  members: { min: 50, max: 70 },
  olderAge: 55,
  olderShare: { min: 70, max: null },
  womenShare: { min: 60, max: 70 },
  poorShare: { min: 60, max: 70 },
  board: { chair: 1, viceChair: 1, members: 3 },
  minVolunteers: 5,
  minBorrowerShare: 50,
  loanRatePerMonth: { min: 0.6, max: 1.0 },
  feePerMonth: { min: 2000, max: 5000 },
  maxLoanTermMonths: null,
  maxLoan: null,
  oneOutstandingLoanPerMember: false,
};

export const BUILTIN_PROFILES: readonly Profile[] = [
  {
    ...base,
    id: 'default',
    name: { vi: 'Mặc định (Bắc Kạn + Vĩnh Long)', en: 'Default (Bắc Kạn + Vĩnh Long)' },
    source: 'KH TP Bắc Kạn 2021 (QĐ 1336/QĐ-TTg); QĐ 546/QĐ-UBND Vĩnh Long 2017, KH 13/KH-SLĐTBXH',
  },
  {
    ...base,
    id: 'vinh-long',
    name: { vi: 'Vĩnh Long (QĐ 546/QĐ-UBND 2017)', en: 'Vĩnh Long (Decision 546/QĐ-UBND, 2017)' },
    source: 'QĐ 546/QĐ-UBND Vĩnh Long 2017, KH 13/KH-SLĐTBXH',
    members: { min: 50, max: 60 },
    minBorrowerShare: null,
  },
  {
    ...base,
    id: 'bac-kan',
    name: { vi: 'Bắc Kạn (KH TP Bắc Kạn 2021)', en: 'Bắc Kạn (Bắc Kạn city plan, 2021)' },
    source: 'KH TP Bắc Kạn 2021 theo QĐ 1336/QĐ-TTg và KH 708/KH-UBND',
  },
  {
    ...base,
    id: 'national-1336',
    name: { vi: 'Toàn quốc (QĐ 1336/QĐ-TTg 2020)', en: 'National (Decision 1336/QĐ-TTg, 2020)' },
    source: 'QĐ 1336/QĐ-TTg 2020',
    olderShare: { min: 60, max: 70 },
    poorShare: null,
  },
];
