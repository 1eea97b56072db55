import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { BookKind } from '../../domain/books';
import type { Finding } from '../../domain/findings';
import { findingKey, markFindings, runCheck, type CheckProgress, type CheckRun } from '../../app/checkService';
import { todayIso } from '../../app/dates';
import { problemKind, problemText } from '../../app/errors';
import { insertedNames, type AppPort } from '../../app/ports';
import { countFindings, groupFindings, noBookRecognized, sheetRows } from '../../app/present';
import { emptyState, sameSettings, settingsOf, type PaneSettings } from '../../app/settings';
import type { Messages } from '../../i18n/messages';
import type { StoredState } from '../../workbook/port';
import { useLang } from '../lang';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { Composition } from './Composition';
import { FindingsList } from './FindingsList';
import { SettingsPanel } from './SettingsPanel';
import { SheetList } from './SheetList';
import { Summary } from './Summary';

type Intent = 'info' | 'success' | 'warning' | 'error';

interface Notice {
  readonly id: number;
  readonly intent: Intent;
  /** Rendered at display time, so a language switch translates notices already shown. */
  readonly text: (t: Messages) => string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  notices: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

let nextNoticeId = 1;

export interface CheckerPaneProps {
  port: AppPort;
  /** The sample workbook in the browser, not Excel: selecting cells is described instead. */
  demo?: boolean;
}

export function CheckerPane({ port, demo = false }: CheckerPaneProps) {
  const { t, lang } = useLang();
  const s = useStyles();
  const [stored, setStored] = useState<StoredState>(emptyState);
  const [current, setCurrent] = useState<{ run: CheckRun; settings: PaneSettings } | null>(null);
  const [marksOn, setMarksOn] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announce, setAnnounce] = useState('');
  const [ackFor, setAckFor] = useState<Finding | null>(null);
  /** The finding whose cells were last selected: the officer keeps her place in a long list. */
  const [selected, setSelected] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  const notify = useCallback((intent: Intent, text: (t: Messages) => string) => {
    setNotices((n) => [...n.filter((x) => x.intent !== intent || x.text(t) !== text(t)), { id: nextNoticeId++, intent, text }]);
  }, [t]);

  useEffect(() => {
    let live = true;
    port
      .loadState()
      .then((state) => live && state && setStored(state))
      .catch((e: unknown) => live && notify('error', (m) => m.problemStateFailed(problemText(e))));
    return () => {
      live = false;
      abortRef.current?.abort();
    };
  }, [port]);

  useEffect(() => {
    if (current && focusResult.current) {
      focusResult.current = false;
      resultRef.current?.focus();
    }
  }, [current]);

  const settings = useMemo(() => settingsOf(stored), [stored]);
  const busy = progress !== null;

  const save = async (next: StoredState) => {
    setStored(next);
    try {
      await port.saveState(next);
    } catch (e) {
      notify('error', (m) => m.problemStateFailed(problemText(e)));
    }
  };

  const check = async () => {
    const controller = new AbortController();
    abortRef.current = controller;
    setNotices([]);
    setAnnounce('');
    setProgress({ phase: 'reading', done: 0, total: 0 });
    const hadResult = current !== null;
    try {
      const run = await runCheck(port, { ...settings, acknowledged: stored.acknowledged, lang }, controller.signal, setProgress);
      const counts = countFindings(run.result, stored.acknowledged);
      focusResult.current = true;
      setCurrent({ run, settings });
      setMarksOn(run.marks.marked);
      setSelected(null);
      setAnnounce(t.announceDone(counts.errors, counts.warnings));
    } catch (e) {
      const kind = problemKind(e);
      if (kind === 'aborted') notify('info', (m) => m.cancelled);
      else if (kind === 'changed') notify('warning', (m) => m.problemChanged(hadResult ? m.checkAgain : m.check));
      else notify('error', (m) => m.problemReadFailed(problemText(e)));
      setAnnounce('');
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  };

  const remark = async (acknowledged: StoredState['acknowledged']) => {
    if (!current || !marksOn) return;
    try {
      const { marks } = await markFindings(port, current.run.result.findings, acknowledged, current.run.protectedNames, lang);
      setCurrent((c) => (c ? { ...c, run: { ...c.run, marks } } : c));
    } catch (e) {
      notify('warning', (m) => (problemKind(e) === 'changed' ? m.problemChanged(m.checkAgain) : m.problemGeneric(problemText(e))));
    }
  };

  const select = async (f: Finding) => {
    setSelected(findingKey(f));
    try {
      await port.select(f.sheet, f.cells);
      if (demo) notify('info', (m) => m.demoSelected(f.sheet, f.cells.join(', ')));
    } catch (e) {
      notify('error', (m) => m.problemSelectFailed(problemText(e)));
    }
  };

  const acknowledge = async (f: Finding, reason: string) => {
    setAckFor(null);
    const acknowledged = { ...(stored.acknowledged ?? {}), [findingKey(f)]: { reason, at: todayIso() } };
    await save({ ...stored, acknowledged });
    await remark(acknowledged);
  };

  const unacknowledge = async (key: string) => {
    const acknowledged = { ...(stored.acknowledged ?? {}) };
    delete acknowledged[key];
    await save({ ...stored, acknowledged });
    await remark(acknowledged);
  };

  const clear = async () => {
    try {
      await port.clearMarks();
      setMarksOn(false);
      notify('success', (m) => m.marksCleared);
      setAnnounce(t.marksCleared);
    } catch (e) {
      notify('error', (m) => m.problemGeneric(problemText(e)));
    }
  };

  const insertBooks = async () => {
    if (!port.insertStandardBooks) return;
    try {
      const names = insertedNames(await port.insertStandardBooks()).join(', ');
      notify('success', (m) => m.booksInserted(names));
    } catch (e) {
      notify('error', (m) => m.problemGeneric(problemText(e)));
    }
  };

  const run = current?.run;
  const counts = run ? countFindings(run.result, stored.acknowledged) : null;
  const groups = useMemo(() => (run ? groupFindings(run.result.findings, stored.acknowledged) : []), [run, stored.acknowledged]);
  const rows = run ? sheetRows(run.sheetNames, run.result.recognized, settings.assignment) : null;
  const profileOfRun = current?.settings.profile ?? settings.profile;

  const nothingRead = run ? noBookRecognized(run.result.recognized) : false;
  const problems: { intent: Intent; text: string; id: string }[] = [];
  if (run) {
    if (nothingRead) problems.push({ id: 'no-book', intent: 'warning', text: t.problemNoBook(!!port.insertStandardBooks) });
    if (run.result.recognized.problems.length)
      problems.push({ id: 'unreadable', intent: 'warning', text: t.problemUnreadable(run.result.recognized.problems.length) });
    if (run.marks.protectedSheets.length)
      problems.push({ id: 'protected', intent: 'warning', text: t.problemProtected(run.marks.protectedSheets.map((n) => `"${n}"`).join(', ')) });
    if (run.marks.userNotes) problems.push({ id: 'user-notes', intent: 'info', text: t.problemUserNotes(run.marks.userNotes) });
    if (!run.marks.marked) problems.push({ id: 'mark-failed', intent: 'error', text: t.problemMarkFailed(run.marks.error ?? '') });
    if (current && !sameSettings(current.settings, settings)) problems.push({ id: 'settings', intent: 'info', text: t.settingsChanged });
  }

  return (
    <div className={s.root}>
      <SettingsPanel
        settings={settings}
        disabled={busy}
        savedInWorkbook={!demo}
        onProfile={(id) => void save({ ...stored, profileId: id })}
        onAsOf={(iso) => void save({ ...stored, asOf: iso })}
      />

      <div className={s.actions} role="group" aria-label={t.actionsLabel}>
        <Button appearance="primary" size="large" onClick={() => void check()} disabled={busy} data-testid="check">
          {run ? t.checkAgain : t.check}
        </Button>
        {busy && (
          <Button onClick={() => abortRef.current?.abort()} disabled={progress?.phase !== 'reading'} data-testid="cancel">
            {t.cancel}
          </Button>
        )}
        {!demo && (
          <Button onClick={() => void clear()} disabled={busy} title={t.clearMarksHint} data-testid="clear">
            {t.clearMarks}
          </Button>
        )}
        {port.insertStandardBooks && (
          <Button onClick={() => void insertBooks()} disabled={busy} title={t.insertBooksHint} data-testid="insert-books">
            {t.insertBooks}
          </Button>
        )}
      </div>

      {progress && (
        <Field
          label={progress.phase === 'reading' ? t.progressReading : progress.phase === 'checking' ? t.progressChecking : t.progressMarking}
          hint={progress.phase === 'reading' && progress.total > 0 ? t.progressCells(progress.done, progress.total) : undefined}
        >
          <ProgressBar
            data-testid="progress"
            value={progress.phase === 'reading' && progress.total > 0 ? progress.done / progress.total : undefined}
            max={1}
          />
        </Field>
      )}

      {notices.length > 0 && (
        <div className={s.notices}>
          {notices.map((n) => (
            <MessageBar key={n.id} intent={n.intent} data-testid={`notice-${n.intent}`}>
              <MessageBarBody>{n.text(t)}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button appearance="transparent" size="small" aria-label={t.dismiss} title={t.dismiss} onClick={() => setNotices((all) => all.filter((x) => x.id !== n.id))}>
                    ×
                  </Button>
                }
              />
            </MessageBar>
          ))}
        </div>
      )}

      {run && counts && (
        <>
          <Summary ref={resultRef} counts={counts} nothingRead={nothingRead} profileName={profileOfRun.name[lang]} asOf={current?.settings.asOf ?? settings.asOf} />
          {problems.length > 0 && (
            <div className={s.notices}>
              {problems.map((p) => (
                <MessageBar key={p.id} intent={p.intent} data-testid={`problem-${p.id}`}>
                  <MessageBarBody>{p.text}</MessageBarBody>
                </MessageBar>
              ))}
            </div>
          )}
          <Composition clubs={run.result.clubs} profile={profileOfRun} />
          <FindingsList
            groups={groups}
            busy={busy}
            selected={selected}
            onSelect={(f) => void select(f)}
            onAcknowledge={(f) => setAckFor(f)}
            onUnacknowledge={(key) => void unacknowledge(key)}
          />
        </>
      )}

      <SheetList
        rows={rows}
        disabled={busy}
        onAssign={(sheet: string, kind: BookKind | 'none') => void save({ ...stored, assignment: { ...settings.assignment, [sheet]: kind } })}
      />

      <AcknowledgeDialog finding={ackFor} onClose={() => setAckFor(null)} onSave={(reason) => ackFor && void acknowledge(ackFor, reason)} />

      <div role="status" aria-live="polite" className={s.srOnly} data-testid="live">
        {announce}
      </div>
    </div>
  );
}
