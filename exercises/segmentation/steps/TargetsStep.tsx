import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { boundsByCriterion } from '../content/names';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { useSales } from '../../../src/customers/useSales';
import { SEGMENTATION_EXERCISE_ID } from '../inputs';
import { namesMessages } from '../messages/names';
import { targetsMessages } from '../messages/targets';
import { STRATEGIES, type SegmentationState } from '../state';
import { useNames } from './shared/useNames';
import { useSegmentation } from './shared/useSegmentation';
import { Downloads } from './targets/Downloads';
import { KeptTargets } from './targets/KeptTargets';
import { Notes } from './targets/Notes';
import { PlanTable } from './targets/PlanTable';
import { TargetCard } from './targets/TargetCard';
import { keptSegmentName, keptTargets, plannedSegments, withTarget, withoutTarget } from './targets/targetPlan';
import { targetsReading } from './targets/targetsReading';
import './targets/targets.css';

/**
 * Step 5 "Target segments": which segments the participant will work on, each with a strategy (a suggestion from
 * its figures one click away), an offer, an owner and a goal; the plan as one printable table; decisions kept for
 * segments that are gone; the notes; and every customer with their segment for the CRM.
 */
export default function TargetsStep({ state, update, presenter }: StepProps<SegmentationState>) {
  const t = useMessages(targetsMessages);
  const tn = useMessages(namesMessages);
  const format = useFormat();
  const { origin, view } = useSegmentation(state);
  const { request: base } = useSales(SEGMENTATION_EXERCISE_ID, state);
  const names = useNames(origin, state.segments);
  const figures = view.kind === 'ready' ? view.result : null;
  const bounds = boundsByCriterion(figures);
  const segmentName = (key: string) => names.segment(key, bounds);
  const keptName = (key: string) => keptSegmentName(key, state, names, bounds, (id) => tn(`segment.${id}`), (gone) => t('kept.deleted', { key: gone }));
  const planned = plannedSegments(state, figures);
  const kept = keptTargets(state, figures);
  const onUseDemo = () => update((current) => ({ ...current, useDemoData: true }));

  const plan = <PlanTable planned={planned} segmentName={segmentName} names={names} />;
  return (
    <>
      <Reading reading={targetsReading(planned, kept.length, figures, segmentName, t, format)} />
      {presenter ? null : <p className="explain">{t('intro')}</p>}
      <SalesStepStatus exerciseId={SEGMENTATION_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('failed', { message })} onUseDemo={onUseDemo} />
      {presenter ? plan : null}
      <section className="step-section sg-targets-segments no-print" aria-labelledby="sg-targets-cards-title" aria-busy={view.kind === 'ready' && view.updating}>
        <h3 id="sg-targets-cards-title">{t('cards.title')}</h3>
        {presenter ? null : (
          <details className="explain sg-targets-strategies">
            <summary>{t('strategies.title')}</summary>
            <dl>
              {STRATEGIES.map((strategy) => (
                <div key={strategy}>
                  <dt>{names.strategy(strategy)}</dt>
                  <dd>{t(`strategy.${strategy}.meaning`)}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
        <div className="sg-targets-cards">
          {planned.map((segment) => (
            <TargetCard
              key={segment.key}
              segment={segment}
              name={segmentName(segment.key)}
              names={names}
              hasMargin={figures?.hasMargin ?? false}
              onChange={(patch) => update((current) => withTarget(current, segment.key, patch))}
            />
          ))}
        </div>
      </section>
      {presenter ? null : plan}
      <KeptTargets kept={kept} segmentName={keptName} names={names} onRemove={(key) => update((current) => withoutTarget(current, key))} />
      <Notes state={state} update={update} />
      {base && figures && !presenter ? <Downloads state={state} base={base} names={names} /> : null}
    </>
  );
}
