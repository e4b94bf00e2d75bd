import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { PriceProfile } from '../../model/priceIndicators';
import { priceIndicatorsMessages } from '../../messages/priceIndicators';
import { MarkButton } from './MarkButton';

interface Props {
  marked: readonly string[];
  /** null: no receipts to read the figures from. */
  profiles: ReadonlyMap<string, PriceProfile> | null;
  /** Frequency is per month when the file spans a month, else over the whole file. */
  perMonth: boolean;
  hasCustomers: boolean;
  hasPrices: boolean;
  name: (label: string) => string;
  onToggle: (label: string) => void;
}

/** The participant's indicators with the figures that make them ones; a mark the receipts no longer hold says so. */
export function MarkedList({ marked, profiles, perMonth, hasCustomers, hasPrices, name, onToggle }: Props) {
  const t = useMessages(priceIndicatorsMessages);
  const format = useFormat();
  const frequencyLabel = t(perMonth ? 'priceIndicators.col.frequencyMonth' : 'priceIndicators.col.frequency');
  return (
    <section className="step-section" aria-labelledby="pp-priceIndicators-marked">
      <h3 id="pp-priceIndicators-marked">{t('priceIndicators.list.title')}</h3>
      {marked.length === 0 ? (
        <p className="finding">{t('priceIndicators.list.empty')}</p>
      ) : (
        <table className="table-cards pp-priceIndicators-marked" aria-labelledby="pp-priceIndicators-marked">
          <thead>
            <tr>
              <th scope="col">{t('priceIndicators.col.product')}</th>
              {profiles ? <th scope="col" className="number">{t('priceIndicators.col.penetration')}</th> : null}
              {profiles && hasCustomers ? <th scope="col" className="number">{frequencyLabel}</th> : null}
              {profiles && hasPrices ? <th scope="col" className="number">{t('priceIndicators.col.cheaperThan')}</th> : null}
              <th scope="col">{t('priceIndicators.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {marked.map((label) => {
              const profile = profiles?.get(label) ?? null;
              const frequency = profile === null ? null : perMonth ? profile.frequencyPerMonth : profile.frequency;
              const absent = profiles !== null && profile === null;
              return (
                <tr key={label}>
                  <th scope="row">
                    {name(label)}
                    {absent ? <span className="note pp-priceIndicators-absent"> ({t('priceIndicators.list.absent')})</span> : null}
                  </th>
                  {profiles ? (
                    <td className="number" data-label={t('priceIndicators.col.penetration')}>
                      {profile ? format.percent(profile.penetration) : '—'}
                    </td>
                  ) : null}
                  {profiles && hasCustomers ? (
                    <td className="number" data-label={frequencyLabel}>
                      {frequency === null ? '—' : format.fixed(frequency, 1)}
                    </td>
                  ) : null}
                  {profiles && hasPrices ? (
                    <td className="number" data-label={t('priceIndicators.col.cheaperThan')}>
                      {profile?.cheaperThan != null ? format.percent(profile.cheaperThan, 0) : '—'}
                    </td>
                  ) : null}
                  <td>
                    <MarkButton marked name={name(label)} onToggle={() => onToggle(label)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
