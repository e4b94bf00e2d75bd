import { useId, useState } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { useSendResult } from '../../../../src/workbook/useResult';
import { programEconomicsKind } from '../../../../src/results/programEconomics';
import { economicsMessages } from '../../messages/economics';

type Failure = 'notReady' | 'noTaker' | 'takerUnreadable';

/**
 * "Evaluate in the ROI exercise": sends the figures and opens ROI's economics step. Waits, saying why, while a
 * figure is missing; says why when the sending could not happen (ROI's progress unreadable, no taker).
 */
export function SendToRoi({ missing, label }: { missing: number; label?: string }) {
  const t = useMessages(economicsMessages);
  const send = useSendResult(programEconomicsKind);
  const [failure, setFailure] = useState<Failure | null>(null);
  const reasonId = useId();
  const waiting = missing > 0;
  return (
    <div className="pd-econ__send no-print">
      <button
        type="button"
        className="button button--primary"
        disabled={waiting}
        aria-describedby={reasonId}
        onClick={() => {
          void send().then((outcome) => setFailure(outcome === 'sent' ? null : outcome));
        }}
      >
        {label ?? t('economics.send')}
      </button>
      <p id={reasonId} className="pd-econ__reason">
        {waiting ? t('economics.sendWaits', { count: missing }) : t('economics.sendNote')}
      </p>
      {failure ? <Callout tone="danger">{t(`economics.sendFailed.${failure}`)}</Callout> : null}
    </div>
  );
}
