import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { Finding } from '../../domain/findings';
import { useLang } from '../lang';

export function AcknowledgeDialog(props: { finding: Finding | null; onSave: (reason: string) => void; onClose: () => void }) {
  const { t, lang } = useLang();
  const [reason, setReason] = useState('');
  const open = props.finding !== null;
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) {
          setReason('');
          props.onClose();
        }
      }}
    >
      <DialogSurface aria-describedby="ack-text">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            props.onSave(reason.trim());
            setReason('');
          }}
        >
          <DialogBody>
            <DialogTitle>{t.acknowledgeTitle}</DialogTitle>
            <DialogContent style={{ display: 'flex', flexDirection: 'column', rowGap: '8px' }}>
              {props.finding && <Text weight="semibold">{props.finding.message[lang]}</Text>}
              <Text id="ack-text">{t.acknowledgeText}</Text>
              <Field label={t.acknowledgeReason} required>
                <Textarea data-testid="ack-reason" value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!reason.trim()} data-testid="ack-save">
                {t.acknowledgeSave}
              </Button>
              <Button
                appearance="secondary"
                onClick={() => {
                  setReason('');
                  props.onClose();
                }}
              >
                {t.acknowledgeCancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
