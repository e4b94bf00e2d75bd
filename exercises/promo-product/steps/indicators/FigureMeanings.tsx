import { useMessages } from '../../../../src/i18n/useI18n';
import { indicatorsMessages } from '../../messages/indicators';
import type { FigureKey } from './columns';

/** Each shown figure's meaning in a sentence, under the column's own name; the two receipt columns share one. */
export function FigureMeanings({ columns, days }: { columns: readonly FigureKey[]; days: number | null }) {
  const t = useMessages(indicatorsMessages);
  const meaning = (key: FigureKey): string | null => {
    if (key === 'receiptWithout') return null;
    if (key === 'receiptWith') return t('indicators.meaning.receipt');
    if (key === 'frequency') return days === null ? t('indicators.meaning.frequencyNoDays') : t('indicators.meaning.frequency', { days: t('indicators.days', { count: days }) });
    return t(`indicators.meaning.${key}`);
  };
  const term = (key: FigureKey) => (key === 'receiptWith' && columns.includes('receiptWithout') ? `${t('indicators.col.receiptWith')} / ${t('indicators.col.receiptWithout')}` : t(`indicators.col.${key}`));
  return (
    <details className="pp-indicators-meanings explain" open>
      <summary>{t('indicators.meaning.title')}</summary>
      <dl>
        {columns.map((key) => {
          const text = meaning(key);
          return text === null ? null : (
            <div key={key} className="pp-indicators-meanings__row">
              <dt>{term(key)}</dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
