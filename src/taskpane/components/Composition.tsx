import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClubComposition } from '../../domain/check';
import type { Profile } from '../../domain/profiles';
import { shareBars, type ShareBar } from '../../app/present';
import { formatPercent, type Messages } from '../../i18n/messages';
import { useLang } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  club: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  label: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  track: {
    position: 'relative',
    height: '14px',
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  band: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    // Hatched as well as tinted, so the target reads without colour (projector, colour-blind users).
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorPaletteTealBorderActive} 0 2px, ${tokens.colorPaletteTealBackground2} 2px 6px)`,
    opacity: 0.8,
  },
  fill: { position: 'absolute', top: '4px', height: '4px', left: 0, backgroundColor: tokens.colorNeutralForeground2 },
  marker: { position: 'absolute', top: '-4px', bottom: '-4px', width: '3px', marginLeft: '-1px', backgroundColor: tokens.colorNeutralForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  high: { color: tokens.colorPaletteMarigoldForeground1 },
});

function bandText(bar: ShareBar, t: Messages, lang: 'vi' | 'en'): string {
  const b = bar.band;
  if (!b) return t.noTarget;
  const p = (n: number) => formatPercent(n, lang);
  if (b.min !== null && b.max !== null) return t.target(`${p(b.min).replace('%', '')}–${p(b.max)}`);
  if (b.min !== null) return t.target(`≥ ${p(b.min)}`);
  if (b.max !== null) return t.target(`≤ ${p(b.max)}`);
  return t.noTarget;
}

const WHAT: Record<ShareBar['what'], keyof Messages> = {
  older: 'shareOlder',
  women: 'shareWomen',
  disadvantaged: 'shareDisadvantaged',
  borrowers: 'shareBorrowers',
};

export function Composition({ clubs, profile }: { clubs: readonly ClubComposition[]; profile: Profile }) {
  const { t, lang } = useLang();
  const s = useStyles();
  if (!clubs.length) return null;
  return (
    <section className={s.root} aria-labelledby="composition-heading" data-testid="composition">
      <h2 id="composition-heading" className={s.heading}>
        {t.compositionHeading}
      </h2>
      {clubs.map((club) => (
        <div key={club.club}>
          <h3 className={s.club}>
            {club.club} — {t.compositionActive(club.active)}
          </h3>
          <ul className={s.list}>
            {shareBars(club, profile).map((bar) => {
              const what = t[WHAT[bar.what]] as string;
              const value = t.shareValue(bar.part, bar.whole, formatPercent(bar.percent, lang));
              const band = bandText(bar, t, lang);
              const status =
                bar.status === 'ok' ? `✓ ${t.statusOk}` : bar.status === 'low' ? `▼ ${t.statusLow}` : bar.status === 'high' ? `▲ ${t.statusHigh}` : '';
              const statusClass = bar.status === 'ok' ? s.ok : bar.status === 'low' ? s.bad : bar.status === 'high' ? s.high : undefined;
              return (
                <li key={bar.what} className={s.row} data-testid={`share-${bar.what}`}>
                  <div className={s.label}>
                    <Text weight="semibold">{what}</Text>
                    <Text>
                      {value} · {band}
                      {status && (
                        <>
                          {' · '}
                          <span className={statusClass}>{status}</span>
                        </>
                      )}
                    </Text>
                  </div>
                  <div className={s.track} aria-hidden="true">
                    {bar.band && (
                      <div
                        className={s.band}
                        style={{ left: `${bar.band.min ?? 0}%`, width: `${(bar.band.max ?? 100) - (bar.band.min ?? 0)}%` }}
                      />
                    )}
                    <div className={s.fill} style={{ width: `${Math.min(100, bar.percent)}%` }} />
                    <div className={s.marker} style={{ left: `${Math.min(100, bar.percent)}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
