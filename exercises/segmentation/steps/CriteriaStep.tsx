import { useMemo } from 'react';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { INTL_TAG } from '../../../src/i18n/locale';
import { useFormat, useLocale, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import { SEGMENTATION_EXERCISE_ID } from '../inputs';
import { criteriaMessages } from '../messages/criteria';
import type { BandedCriterion, BehaviourSettings as Behaviour, SegmentationState } from '../state';
import { BehaviourSettings } from './criteria/BehaviourSettings';
import { ChosenCriteria } from './criteria/ChosenCriteria';
import { CriteriaChoice, toggleCriterion } from './criteria/CriteriaChoice';
import { criteriaReading } from './criteria/criteriaReading';
import { useNames } from './shared/useNames';
import { useSegmentation } from './shared/useSegmentation';
import './criteria/criteria.css';

/**
 * Step 2 "Criteria": which criteria split this base usefully (the reading), the fourteen criteria to choose from
 * with what each is, every chosen criterion's values with customers and revenue (and a banded one's bounds), and
 * the settings of ABC, RFM and the life-cycle stage.
 */
export default function CriteriaStep({ state, update, presenter }: StepProps<SegmentationState>) {
  const t = useMessages(criteriaMessages);
  const format = useFormat();
  const locale = useLocale();
  const { origin, view } = useSegmentation(state);
  const names = useNames(origin, state.segments);
  const figures = view.kind === 'ready' ? view.result : null;
  const criteria = figures?.criteria ?? null;
  const reading = useMemo(() => {
    if (criteria === null) return null;
    const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
    return criteriaReading(criteria, state.criteria.chosen, {
      t,
      names,
      percent: (share) => format.percent(share),
      money: (amount) => format.money(amount),
      ratio: (value) => format.number(value, 1),
      integer: format.integer,
      list: (items) => list.format(items),
    });
  }, [criteria, state.criteria.chosen, t, names, format, locale]);

  const setChosen = (criterion: Parameters<typeof toggleCriterion>[1]) =>
    update((current) => ({ ...current, criteria: { ...current.criteria, chosen: toggleCriterion(current.criteria.chosen, criterion) } }));
  const setBounds = (criterion: BandedCriterion, bounds: number[] | null) =>
    update((current) => {
      const bands = { ...current.criteria.bands };
      if (bounds === null) delete bands[criterion];
      else bands[criterion] = bounds;
      return { ...current, criteria: { ...current.criteria, bands } };
    });
  const setBehaviour = (patch: Partial<Behaviour>) => update((current) => ({ ...current, behaviour: { ...current.behaviour, ...patch } }));

  const choice = <CriteriaChoice chosen={state.criteria.chosen} criteria={criteria} names={names} onToggle={setChosen} />;
  const values = <ChosenCriteria chosen={state.criteria.chosen} bands={state.criteria.bands} criteria={criteria} names={names} onBounds={setBounds} />;
  return (
    <>
      {reading ? <Reading reading={reading} /> : null}
      <SalesStepStatus exerciseId={SEGMENTATION_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('criteria.failed', { message })} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      {presenter ? null : <p className="explain">{t('criteria.intro')}</p>}
      {/* Presenter mode puts the result first: what the chosen criteria show, then the choice. */}
      {presenter ? values : choice}
      {presenter ? choice : values}
      <BehaviourSettings behaviour={state.behaviour} onChange={setBehaviour} />
    </>
  );
}
