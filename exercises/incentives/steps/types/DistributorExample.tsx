import { useState } from 'react';
import type { StateUpdate } from '../../../../src/workbook/contract';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import type { IncentivesState } from '../../state';
import { typesMessages } from '../../messages/types';

/**
 * The second worked example, a B2B distributor, for a participant who sells to businesses and finds the coffee
 * chain far from their case. It replaces the whole exercise, so it asks first; its data loads only when taken.
 */
export function DistributorExample({ update }: { update: (next: StateUpdate<IncentivesState>) => void }) {
  const t = useMessages(typesMessages);
  const locale = useLocale();
  const [asking, setAsking] = useState(false);
  const open = async () => {
    setAsking(false);
    const { distributorIncentives } = await import('../../demo/distributor');
    update(distributorIncentives(locale));
  };
  return (
    <div className="no-print in-types-example">
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('demo.open')}
      </button>
      <ConfirmDialog open={asking} title={t('demo.confirmTitle')} confirmLabel={t('demo.confirm')} tone="danger" onConfirm={() => void open()} onCancel={() => setAsking(false)}>
        <p>{t('demo.confirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
