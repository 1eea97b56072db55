import { useRef } from 'react';
import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLang } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  demo: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
});

/** What the page says when it is opened outside Excel: what it is, how to install it, a demo. */
export function OutsideExcel({ onDemo, onFile }: { onDemo: () => void; onFile?: (file: File) => void }) {
  const { t } = useLang();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={s.root} aria-labelledby="outside-title" data-testid="outside-excel">
      <h2 id="outside-title" style={{ margin: 0 }}>
        <Subtitle2>{t.outsideTitle}</Subtitle2>
      </h2>
      <Text as="p" style={{ margin: 0 }}>
        {t.outsideIntro}
      </Text>
      <h3 style={{ margin: 0 }}>
        <Text weight="semibold">{t.outsideHowTitle}</Text>
      </h3>
      <ol className={s.list}>
        <li>
          <Text>{t.outsideWeb}</Text>
        </li>
        <li>
          <Text>{t.outsideWindows}</Text>
        </li>
        <li>
          <Text>{t.outsideAdmin}</Text>
        </li>
      </ol>
      <div className={s.demo}>
        <h3 style={{ margin: 0 }}>
          <Text weight="semibold">{t.outsideDemoTitle}</Text>
        </h3>
        <Text>{t.outsideDemoText}</Text>
        <Button appearance="primary" onClick={onDemo} data-testid="start-demo">
          {t.startDemo}
        </Button>
      </div>
      {onFile && (
        <div className={s.demo}>
          <h3 style={{ margin: 0 }}>
            <Text weight="semibold">{t.openFileTitle}</Text>
          </h3>
          <Text>{t.openFileText}</Text>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            data-testid="file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onFile(file);
            }}
          />
          <Button onClick={() => input.current?.click()} data-testid="open-file">
            {t.openFile}
          </Button>
        </div>
      )}
    </section>
  );
}
