/** Every message a person reads exists in Vietnamese first and English second. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export function text(vi: string, en: string): Text {
  return { vi, en };
}

export type Lang = 'vi' | 'en';
