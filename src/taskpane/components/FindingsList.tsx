import { useEffect, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../../domain/findings';
import type { BookGroup, FindingItem, GroupKey } from '../../app/present';
import { displayDate } from '../../app/dates';
import type { Messages } from '../../i18n/messages';
import { useLang } from '../lang';

/** Items shown per rule before "show more": a province file can have thousands. */
const PAGE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  ruleHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2, borderLeftStyle: 'solid' },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2, borderLeftStyle: 'dashed' },
  info: { borderLeftColor: tokens.colorNeutralStroke2, borderLeftStyle: 'dotted' },
  acked: { opacity: 0.75 },
  select: {
    border: 'none',
    backgroundColor: 'transparent',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'left',
    width: '100%',
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // The item whose cells were selected last: tinted and outlined, so it reads without colour too.
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 0 0 0 1px ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  hint: { color: tokens.colorNeutralForeground2 },
  line: { display: 'block' },
  cells: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  headerRow: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

const SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

function groupTitle(t: Messages, g: GroupKey): string {
  return g === 'reading' ? t.readingGroup : t.book[g];
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useLang();
  return (
    <Badge appearance="tint" color={BADGE[severity]} shape="rounded">
      {SYMBOL[severity]} {t.severity[severity]}
    </Badge>
  );
}

function cellsText(f: Finding): string {
  const max = 8;
  return f.cells.length > max ? `${f.cells.slice(0, max).join(', ')} … (+${f.cells.length - max})` : f.cells.join(', ');
}

/** What a finding in the list can do: select its cells, be acknowledged or un-acknowledged. */
interface FindingActions {
  onSelect: (f: Finding) => void;
  onAcknowledge: (f: Finding) => void;
  onUnacknowledge: (key: string) => void;
  busy: boolean;
  /** Key of the finding whose cells were selected last. */
  selected?: string | null;
}

function Item(props: FindingActions & { item: FindingItem }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const f = props.item.finding;
  const ack = props.item.acknowledged;
  const current = props.selected === props.item.key;
  // Acknowledging (or undoing it) removes the button that had the focus, so the closing dialog has
  // nothing to give it back to. Keep keyboard users on this finding instead of the page top.
  const selectRef = useRef<HTMLButtonElement>(null);
  const wasAcked = useRef(!!ack);
  useEffect(() => {
    if (wasAcked.current === !!ack) return;
    wasAcked.current = !!ack;
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('[role=dialog], [role=alertdialog]')) selectRef.current?.focus();
  }, [ack]);
  const where = f.cells.length ? t.cellsLabel(f.sheet, cellsText(f)) : `${t.book[f.book]} — "${f.sheet}"`;
  return (
    <li className={mergeClasses(s.item, s[f.severity], ack && s.acked)} data-testid="finding" data-rule={f.rule} data-key={props.item.key}>
      <button
        ref={selectRef}
        type="button"
        className={mergeClasses(s.select, current && s.current)}
        onClick={() => props.onSelect(f)}
        title={t.selectHint}
        aria-current={current ? 'true' : undefined}
      >
        <span className={s.line}>
          <Text weight="semibold">
            {SYMBOL[f.severity]} {t.severity[f.severity]}:
          </Text>{' '}
          <Text>{f.message[lang]}</Text>
        </span>
        <span className={s.line}>
          <Text weight="semibold">{t.fixLabel}</Text> <Text>{f.fix[lang]}</Text>
        </span>
        <span className={s.cells}>{where}</span>
      </button>
      {f.severity !== 'error' && (
        <div className={s.actions}>
          {ack ? (
            <>
              <Badge appearance="outline" color="informative" shape="rounded">
                ✓ {t.acknowledgedBadge}
              </Badge>
              <Text size={200}>{t.acknowledgedReason(ack.reason, displayDate(ack.at))}</Text>
              <Button size="small" appearance="secondary" disabled={props.busy} onClick={() => props.onUnacknowledge(props.item.key)} data-testid="unack">
                {t.unacknowledge}
              </Button>
            </>
          ) : (
            <Button size="small" appearance="secondary" disabled={props.busy} onClick={() => props.onAcknowledge(f)} data-testid="ack">
              {t.acknowledge}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function RuleBlock(props: FindingActions & { items: readonly FindingItem[] }) {
  const { t } = useLang();
  const s = useStyles();
  const [shown, setShown] = useState(PAGE);
  const rest = props.items.length - shown;
  return (
    <>
      <ul className={s.list}>
        {props.items.slice(0, shown).map((item) => (
          <Item key={item.key + ':' + (item.finding.row ?? '')} item={item} {...props} />
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE * 4)}>
          {t.showMore(Math.min(rest, PAGE * 4))}
        </Button>
      )}
    </>
  );
}

export function FindingsList(props: FindingActions & { groups: readonly BookGroup[] }) {
  const { t } = useLang();
  const s = useStyles();
  if (!props.groups.length) return null;
  return (
    <section className={s.root} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={s.heading}>
        {t.findingsHeading}
      </h2>
      <Text size={200} className={s.hint}>
        {t.findingsHint}
      </Text>
      <Accordion multiple collapsible defaultOpenItems={props.groups.map((g) => g.group)} data-testid="findings">
        {props.groups.map((g) => (
          <AccordionItem key={g.group} value={g.group}>
            <AccordionHeader as="h3" expandIconPosition="end">
              <span className={s.headerRow}>
                <span>{groupTitle(t, g.group)}</span>
                <Badge appearance="outline" color="informative">
                  {t.findingCount(g.count)}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {g.rules.map((r) => (
                <div key={r.rule} data-testid="rule-group" data-rule={r.rule}>
                  <h4 className={s.ruleHeading}>
                    <SeverityBadge severity={r.severity} />
                    <span>{t.rule[r.rule]}</span>
                    <Text size={200}>({t.findingCount(r.items.length)})</Text>
                  </h4>
                  <RuleBlock
                    items={r.items}
                    onSelect={props.onSelect}
                    onAcknowledge={props.onAcknowledge}
                    onUnacknowledge={props.onUnacknowledge}
                    busy={props.busy}
                    selected={props.selected}
                  />
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
