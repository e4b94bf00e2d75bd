import { useState } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import type { CheckedDiscount } from '../../model/discounts';
import { newDiscountId } from '../../model/mechanics';
import type { DiscountLine, IncentivesState } from '../../state';
import { discountsMessages } from '../../messages/discounts';
import { discountTitle } from './mechanicsReading';
import { restoreItem, type Removed } from './listEdits';
import { DiscountCard } from './DiscountCard';
import { UndoNotice } from './UndoNotice';

/** state.ts caps the list at 30. */
const MAX_DISCOUNTS = 30;

/** The discount lines, each checked against the margin; add, and delete with an undo. */
export function DiscountList({ update, checked }: Pick<StepProps<IncentivesState>, 'update'> & { checked: readonly CheckedDiscount[] }) {
  const t = useMessages(discountsMessages);
  const [removed, setRemoved] = useState<(Removed<DiscountLine> & { title: string }) | null>(null);
  const setDiscounts = (change: (lines: DiscountLine[]) => DiscountLine[]) => update((current) => ({ ...current, discounts: change(current.discounts) }));
  const full = checked.length >= MAX_DISCOUNTS;
  const add = () => {
    setRemoved(null);
    setDiscounts((lines) => [...lines, { id: newDiscountId(), name: '', discount: null, expectedVolumeChange: null }]);
  };
  const undo = () => {
    if (!removed) return;
    setDiscounts((lines) => (lines.length >= MAX_DISCOUNTS ? lines : restoreItem(lines, removed)));
    setRemoved(null);
  };
  return (
    <>
      {removed ? <UndoNotice text={t('discounts.removed', { name: removed.title })} undoLabel={t('discounts.undo')} onUndo={undo} /> : null}
      {checked.length === 0 ? <p className="finding">{t('discounts.empty')}</p> : null}
      <ol className="in-discounts">
        {checked.map((entry, index) => (
          <DiscountCard
            key={entry.line.id}
            line={entry.line}
            number={entry.number}
            check={entry.check}
            onChange={(patch) => setDiscounts((lines) => lines.map((line) => (line.id === entry.line.id ? { ...line, ...patch } : line)))}
            onRemove={() => {
              setRemoved({ item: entry.line, index, title: discountTitle(entry, t) });
              setDiscounts((lines) => lines.filter((line) => line.id !== entry.line.id));
            }}
          />
        ))}
      </ol>
      <button type="button" className="button no-print" onClick={add} disabled={full}>
        {t('discounts.add')}
      </button>
      {full ? <p className="note">{t('discounts.atMax', { max: MAX_DISCOUNTS })}</p> : null}
    </>
  );
}
