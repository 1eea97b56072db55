import { createContext, useContext } from 'react';
import { messages, type Lang, type Messages } from '../i18n/messages';

const KEY = 'ishc.lang';

/** The UI language only: remembered in this browser, Vietnamese unless English was chosen. */
export function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be blocked (private mode, sandboxed frames)
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // not remembered; the switch still works for this session
  }
}

export interface LangValue {
  readonly lang: Lang;
  readonly t: Messages;
}

export const LangContext = createContext<LangValue>({ lang: 'vi', t: messages('vi') });

export function useLang(): LangValue {
  return useContext(LangContext);
}
