import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { IncentivesState } from '../state';
import { fitByType, fitLevels } from '../model/fit';
import { rankProgramTypes, shortList } from '../model/ranking';
import { typesMessages } from '../messages/types';
import { typesReading } from './types/typesReading';
import { BusinessForm } from './types/BusinessForm';
import { CompareTable } from './types/CompareTable';
import { ScoreTable } from './types/ScoreTable';
import { ShortList } from './types/ShortList';
import { TotalsChart } from './types/TotalsChart';
import { DistributorExample } from './types/DistributorExample';
import './types/types.css';

/**
 * Step 1: the nine program types side by side with their pros, cons and fit to the participant's market, stage and
 * customers' loyalty types; the participant scores each and gets a ranked short list with the reasons. The reading
 * and the short list come first (the result, large in presenter mode), the inputs after.
 */
export default function TypesStep({ state, update, locale, presenter }: StepProps<IncentivesState>) {
  const t = useMessages(typesMessages);
  const { market, stage, loyaltyTypes, scores } = state;
  const fit = useMemo(() => fitByType({ market, stage, loyaltyTypes }), [market, stage, loyaltyTypes]);
  const ranked = useMemo(() => rankProgramTypes(scores, fitLevels({ market, stage, loyaltyTypes })), [scores, market, stage, loyaltyTypes]);
  const list = useMemo(() => shortList(ranked), [ranked]);
  const reading = typesReading({ business: { market, stage, loyaltyTypes }, ranked, shortList: list, fit }, locale);
  return (
    <>
      <p className="explain">{t('types.intro')}</p>
      {/* Not in presenter mode: switching the example is done before the room looks, not on the projector. */}
      {presenter ? null : <DistributorExample update={update} />}
      <Reading reading={reading} />
      <section className="step-section in-types-results" aria-labelledby="in-types-short-list">
        <h3 id="in-types-short-list">{t('shortList.title')}</h3>
        <ShortList shortList={list} fit={fit} />
        <p className="note">{t('shortList.rule')}</p>
        {ranked.length > 0 ? <TotalsChart ranked={ranked} shortList={list} presenter={presenter} /> : null}
      </section>
      <BusinessForm state={state} update={update} />
      <CompareTable fit={fit} />
      <ScoreTable scores={scores} update={update} />
    </>
  );
}
