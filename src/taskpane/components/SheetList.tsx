import { Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BookKind } from '../../domain/books';
import type { SheetRow } from '../../app/present';
import { useLang } from '../lang';

const KINDS: readonly (BookKind | 'none')[] = ['members', 'loans', 'repayments', 'cashbook', 'clubInfo', 'none'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, textAlign: 'left', verticalAlign: 'middle' },
  sheet: { wordBreak: 'break-word' },
  dropdown: { minWidth: '150px', width: '100%' },
});

export function SheetList(props: { rows: readonly SheetRow[] | null; disabled: boolean; onAssign: (sheet: string, kind: BookKind | 'none') => void }) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="sheets-heading">
      <h2 id="sheets-heading" className={s.heading}>
        {t.sheetsHeading}
      </h2>
      {!props.rows ? (
        <Text>{t.sheetsEmpty}</Text>
      ) : (
        <>
          <table className={s.table} data-testid="sheet-list">
            <tbody>
              {props.rows.map((row) => (
                <tr key={row.sheet}>
                  <th scope="row" className={`${s.cell} ${s.sheet}`}>
                    <Text weight="regular">{row.sheet}</Text>
                  </th>
                  <td className={s.cell}>
                    <Dropdown
                      className={s.dropdown}
                      aria-label={t.sheetKindLabel(row.sheet)}
                      disabled={props.disabled}
                      value={t.book[row.kind] + (row.chosen ? ` (${t.sheetChosen})` : '')}
                      selectedOptions={[row.kind]}
                      onOptionSelect={(_, data) => data.optionValue && props.onAssign(row.sheet, data.optionValue as BookKind | 'none')}
                    >
                      {KINDS.map((k) => (
                        <Option key={k} value={k} text={t.book[k]}>
                          {t.book[k]}
                        </Option>
                      ))}
                    </Dropdown>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text size={200}>{t.sheetGuessWrong}</Text>
        </>
      )}
    </section>
  );
}
