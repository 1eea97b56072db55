import { forwardRef } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Counts } from '../../app/present';
import { displayDate } from '../../app/dates';
import { useLang } from '../lang';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, outline: 'none' },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  warnings: { color: tokens.colorPaletteMarigoldForeground2 },
  good: { color: tokens.colorPaletteGreenForeground1 },
});

/** The first thing after a check: how many errors and warnings, over how much was checked. */
export const Summary = forwardRef<HTMLHeadingElement, { counts: Counts; profileName: string; asOf: string; nothingRead?: boolean }>(function Summary(
  { counts, profileName, asOf, nothingRead = false },
  headingRef,
) {
  const { t } = useLang();
  const s = useStyles();
  const parts = [t.summaryErrors(counts.errors), t.summaryWarnings(counts.warnings)];
  return (
    <section className={s.root} aria-labelledby="result-heading" data-testid="summary">
      <h2 id="result-heading" className={s.heading} tabIndex={-1} ref={headingRef}>
        {t.resultHeading}
      </h2>
      {/* No book read means nothing was checked: no "0 errors", never "the books follow the rules". */}
      {nothingRead ? (
        <Text className={s.big} data-testid="summary-line">
          {t.nothingChecked}
        </Text>
      ) : (
        <Text className={s.big} data-testid="summary-line">
          <span className={counts.errors ? s.errors : undefined}>{parts[0]}</span>
          {' · '}
          <span className={counts.warnings ? s.warnings : undefined}>{parts[1]}</span>
          {counts.acknowledged > 0 && ` · ${t.summaryAcknowledged(counts.acknowledged)}`}
          {' — '}
          {t.summaryChecked(counts.members, counts.loans)}
        </Text>
      )}
      {nothingRead ? null : counts.errors === 0 && counts.warnings === 0 ? (
        <Text className={s.good} data-testid="summary-next">
          ✓ {t.allGood}
        </Text>
      ) : (
        <Text data-testid="summary-next">{counts.errors === 0 ? t.noErrorsButWarnings : t.nextSteps}</Text>
      )}
      <Text size={200}>{t.checkedAt(profileName, displayDate(asOf))}</Text>
    </section>
  );
});
