import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { LEVER_GROUP_CONTENT } from '../content/levers';
import { LEVER_GROUP_IDS, summarizeLevers } from '../model/levers';
import { LEVER_GROUPS, LEVERS, type IncentivesState, type Lever, type LeverRating } from '../state';
import { leversMessages } from '../messages/levers';
import { LeverCard } from './levers/LeverCard';
import { LeverChart } from './levers/LeverChart';
import { LeverSummaryTable } from './levers/LeverSummaryTable';
import { leversReading } from './levers/leversReading';
import './levers/levers.css';

/** Step 2: every lever that raises the cost of leaving or makes buying a habit, rated for the business. */
export default function LeversStep({ state, update, locale, presenter }: StepProps<IncentivesState>) {
  const t = useMessages(leversMessages);
  const format = useFormat();
  const summary = useMemo(() => summarizeLevers(state.levers), [state.levers]);
  const reading = useMemo(() => leversReading(summary, t, format), [summary, t, format]);

  const change = (lever: Lever, patch: Partial<LeverRating>) =>
    update((current) => {
      const previous = current.levers[lever] ?? { rating: null, how: '' };
      return { ...current, levers: { ...current.levers, [lever]: { ...previous, ...patch } } };
    });

  const results = (
    <section className="step-section in-levers-results" aria-labelledby="in-levers-summary-title">
      <h3 id="in-levers-summary-title">{t('levers.summaryTitle')}</h3>
      <LeverSummaryTable summary={summary} locale={locale} />
      <LeverChart summary={summary} locale={locale} presenter={presenter} />
    </section>
  );

  return (
    <>
      <p className="explain">{t('levers.intro')}</p>
      <p className="explain">{t('levers.introDetail')}</p>
      <Reading reading={reading} />
      {presenter ? results : null}
      <p className="note in-levers-progress" role="status">
        {t('levers.progress', { rated: summary.ratedCount, total: LEVERS.length })}
      </p>
      {LEVER_GROUP_IDS.map((group) => (
        <section key={group} className="step-section in-levers-group" aria-labelledby={`in-levers-group-${group}`}>
          <h3 id={`in-levers-group-${group}`}>{LEVER_GROUP_CONTENT[group].name[locale]}</h3>
          <p className="explain">{LEVER_GROUP_CONTENT[group].what[locale]}</p>
          <div className="in-levers-list">
            {LEVER_GROUPS[group].map((lever) => (
              <LeverCard key={lever} lever={lever} value={state.levers[lever]} locale={locale} onChange={(patch) => change(lever, patch)} />
            ))}
          </div>
        </section>
      ))}
      {presenter ? null : results}
    </>
  );
}
