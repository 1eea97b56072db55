import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { AppPort } from '../app/ports';
import { openXlsx } from '../app/openFile';
import type { Text as Message } from '../domain/text';
import { messages, type Lang } from '../i18n/messages';
import { LangContext, initialLang, rememberLang } from './lang';
import { CheckerPane } from './components/CheckerPane';
import { OutsideExcel } from './components/OutsideExcel';

export type Screen =
  | { readonly kind: 'booting' }
  | { readonly kind: 'outside' }
  | { readonly kind: 'excel'; readonly port: AppPort }
  | { readonly kind: 'demo'; readonly port: AppPort }
  | { readonly kind: 'opening'; readonly name: string }
  | { readonly kind: 'file'; readonly port: AppPort; readonly name: string }
  | { readonly kind: 'unreadable'; readonly name: string; readonly reason: Message }
  | { readonly kind: 'failed'; readonly detail: string };

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    fontSize: tokens.fontSizeBase300,
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  titleRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  langs: { display: 'flex', columnGap: '2px', flexShrink: 0 },
  // Two letters need no 64 px button each: at 320 px the title keeps the width.
  lang: { minWidth: '40px' },
  // At 320 px the button goes under the text instead of squeezing it (and itself) into a column.
  banner: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface AppProps {
  /** Decides where the page runs (Excel or not) and, in Excel, makes the port. */
  boot: () => Promise<Screen>;
  /** The sample workbook for the demo outside Excel. */
  demoPort: () => AppPort;
}

export function App({ boot, demoPort }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [screen, setScreen] = useState<Screen>({ kind: 'booting' });
  const s = useStyles();
  const value = useMemo(() => ({ lang, t: messages(lang) }), [lang]);
  const t = value.t;

  useEffect(() => {
    let live = true;
    boot()
      .then((next) => live && setScreen(next))
      .catch((e: unknown) => live && setScreen({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [boot]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);

  const openFile = async (file: File) => {
    setScreen({ kind: 'opening', name: file.name });
    try {
      const out = await openXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      setScreen(out.ok ? { kind: 'file', port: out.port, name: file.name } : { kind: 'unreadable', name: file.name, reason: out.reason });
    } catch (e) {
      setScreen({ kind: 'unreadable', name: file.name, reason: { vi: String(e), en: String(e) } });
    }
  };
  const outside = <OutsideExcel onDemo={() => setScreen({ kind: 'demo', port: demoPort() })} onFile={(f) => void openFile(f)} />;

  const choose = (l: Lang) => {
    setLang(l);
    rememberLang(l);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangContext.Provider value={value}>
        <main className={s.page} data-testid="app" data-screen={screen.kind}>
          <header className={s.header}>
            <div className={s.titleRow}>
              <h1 className={s.title}>{t.appTitle}</h1>
              <div role="group" aria-label={t.language} className={s.langs}>
                {(['vi', 'en'] as const).map((l) => (
                  <Button
                    key={l}
                    size="small"
                    className={s.lang}
                    appearance={lang === l ? 'primary' : 'subtle'}
                    aria-pressed={lang === l}
                    lang={l}
                    onClick={() => choose(l)}
                    data-testid={`lang-${l}`}
                  >
                    {l === 'vi' ? 'VI' : 'EN'}
                    <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                      {l === 'vi' ? ` ${t.langVi}` : ` ${t.langEn}`}
                    </span>
                  </Button>
                ))}
              </div>
            </div>
            <Text>{t.appTagline}</Text>
          </header>

          {screen.kind === 'booting' && <Spinner label={t.loading} size="small" />}
          {screen.kind === 'outside' && outside}
          {screen.kind === 'opening' && <Spinner label={t.openingFile(screen.name)} size="small" />}
          {screen.kind === 'unreadable' && (
            <>
              <MessageBar intent="error" data-testid="file-unreadable">
                <MessageBarBody>{t.fileUnreadable(screen.reason[lang])}</MessageBarBody>
              </MessageBar>
              {outside}
            </>
          )}
          {screen.kind === 'file' && (
            <>
              <MessageBar intent="info" data-testid="file-banner">
                <MessageBarBody className={s.banner}>
                  <span>{t.fileBanner(screen.name)}</span>
                  <Button size="small" onClick={() => setScreen({ kind: 'outside' })}>
                    {t.leaveFile}
                  </Button>
                </MessageBarBody>
              </MessageBar>
              <CheckerPane key={`file:${screen.name}`} port={screen.port} demo />
            </>
          )}
          {screen.kind === 'failed' && (
            <>
              <MessageBar intent="error">
                <MessageBarBody>{t.problemGeneric(screen.detail)}</MessageBarBody>
              </MessageBar>
              {outside}
            </>
          )}
          {screen.kind === 'demo' && (
            <>
              <MessageBar intent="info" data-testid="demo-banner">
                <MessageBarBody className={s.banner}>
                  <span>{t.demoBanner}</span>
                  <Button size="small" onClick={() => setScreen({ kind: 'outside' })}>
                    {t.leaveDemo}
                  </Button>
                </MessageBarBody>
              </MessageBar>
              <CheckerPane key="demo" port={screen.port} demo />
            </>
          )}
          {screen.kind === 'excel' && <CheckerPane key="excel" port={screen.port} />}
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
