import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { BasketSet } from '../../model/baskets';
import { indicatorsMessages } from '../../messages/indicators';

/** The lines the figures leave out, counted: returns, and what the participant excluded on step 1. */
export function LeftOutNote({ leftOut }: { leftOut: BasketSet['leftOut'] }) {
  const t = useMessages(indicatorsMessages);
  const format = useFormat();
  if (leftOut.returns === 0 && leftOut.excluded === 0) return null;
  return (
    <p className="note">
      {[
        leftOut.returns > 0 ? t('indicators.leftOut.returns', { count: format.integer(leftOut.returns) }) : null,
        leftOut.excluded > 0 ? t('indicators.leftOut.excluded', { count: format.integer(leftOut.excluded) }) : null,
      ]
        .filter((text) => text !== null)
        .join(' ')}
    </p>
  );
}
