import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { SEQUENCE_ITEMS, SEQUENCE_MIN_CUSTOMERS } from '../../analysis/rulesLimits';
import type { SequenceResult } from '../../model/sequences';
import { fixedPercent } from './fixedPercent';
import { rulesResultsMessages } from '../../messages/rulesResults';

/** Pairs shown on screen; the export carries every pair the worker sent. */
export const SEQUENCES_SHOWN = 20;

/** "What the same customer buys next": the strongest pairs, or a plain line on what the data lacks. */
export function SequenceTable({ sequences, items, name, days, minLift }: { sequences: SequenceResult; items: readonly string[]; name: (label: string) => string; days: number; minLift: number }) {
  const t = useMessages(rulesResultsMessages);
  const format = useFormat();
  const titleId = useId();
  const label = (item: number) => name(items[item] ?? '');
  let body;
  if (sequences.kind === 'noCustomers') body = <p className="finding">{t('rulesSeq.noCustomers')}</p>;
  else if (sequences.kind === 'noDates') body = <p className="finding">{t('rulesSeq.noDates')}</p>;
  else if (sequences.kind === 'noReturns') body = <p className="finding">{t('rulesSeq.noReturns', { customers: format.integer(sequences.customers), days })}</p>;
  else {
    const shown = sequences.pairs.slice(0, SEQUENCES_SHOWN);
    body = (
      <>
        <p className="explain">{t('rulesSeq.explain', { days: sequences.days, min: SEQUENCE_MIN_CUSTOMERS, lift: format.number(minLift, 2), items: format.integer(SEQUENCE_ITEMS) })}</p>
        <p className="note">{t('rulesSeq.summary', { customers: format.integer(sequences.customers), returning: format.integer(sequences.returning), days: sequences.days })}</p>
        {shown.length === 0 ? (
          <p className="finding">{t('rulesSeq.none', { min: SEQUENCE_MIN_CUSTOMERS, lift: format.number(minLift, 2) })}</p>
        ) : (
          <ScrollBox label={t('rulesSeq.scroll')}>
            <table className="table-cards pp-rules-sequences" aria-labelledby={titleId}>
              <thead>
                <tr>
                  <th scope="col">{t('rulesSeq.first')}</th>
                  <th scope="col">{t('rulesSeq.then')}</th>
                  <th scope="col" className="number">
                    {t('rulesSeq.customers')}
                  </th>
                  <th scope="col" className="number">
                    {t('rulesSeq.share')}
                  </th>
                  <th scope="col" className="number">
                    {t('rulesSeq.lift')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((pair) => (
                  <tr key={`${pair.first}>${pair.then}`}>
                    <td data-label={t('rulesSeq.first')}>{label(pair.first)}</td>
                    <td data-label={t('rulesSeq.then')}>{label(pair.then)}</td>
                    <td data-label={t('rulesSeq.customers')} className="number">
                      {format.integer(pair.count)}
                    </td>
                    <td data-label={t('rulesSeq.share')} className="number">
                      {fixedPercent(format.locale, pair.share, 1)}
                    </td>
                    <td data-label={t('rulesSeq.lift')} className="number">
                      {format.fixed(pair.lift, 2)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        {sequences.pairsFound > shown.length && shown.length > 0 ? <p className="note">{t('rulesSeq.more', { shown: shown.length, total: format.integer(sequences.pairsFound), exported: format.integer(sequences.pairs.length) })}</p> : null}
      </>
    );
  }
  return (
    <section className="pp-rules-seq" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('rulesSeq.title')}</h3>
      {body}
    </section>
  );
}
