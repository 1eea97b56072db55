import { Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { displayDate, isIsoDate } from '../../app/dates';
import { BUILTIN_PROFILES, type PaneSettings } from '../../app/settings';
import { useLang } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function SettingsPanel(props: {
  settings: PaneSettings;
  disabled: boolean;
  onProfile: (id: string) => void;
  onAsOf: (iso: string) => void;
  /** In Excel the settings go into the workbook; the demo and an uploaded file keep them for this visit only. */
  savedInWorkbook?: boolean;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { settings } = props;
  return (
    <section className={s.root} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={s.heading}>
        {t.settingsHeading}
      </h2>
      <Field label={t.profile} hint={t.profileHint}>
        <Dropdown
          data-testid="profile"
          disabled={props.disabled}
          value={settings.profile.name[lang]}
          selectedOptions={[settings.profile.id]}
          onOptionSelect={(_, data) => data.optionValue && props.onProfile(data.optionValue)}
        >
          {BUILTIN_PROFILES.map((p) => (
            <Option key={p.id} value={p.id} text={p.name[lang]}>
              {p.name[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {/* The browser shows a date field in the computer's format (06/30/2025 on an English
          Windows): the chosen date is repeated day/month/year so it cannot be misread. */}
      <Field
        label={t.asOf}
        hint={[t.asOfChosen(displayDate(settings.asOf)), t.asOfHint, props.savedInWorkbook === false ? '' : t.savedInWorkbook].filter(Boolean).join(' ')}
      >
        <Input
          type="date"
          data-testid="as-of"
          disabled={props.disabled}
          value={settings.asOf}
          onChange={(_, data) => isIsoDate(data.value) && props.onAsOf(data.value)}
        />
      </Field>
    </section>
  );
}
