import { isOneOf } from '../../../../src/data/oneOf';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { CriterionSummary } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { criteriaMessages } from '../../messages/criteria';
import { BANDED_CRITERIA, type BandedCriterion, type CriterionId } from '../../state';
import { BoundsField } from './BoundsField';
import { CriterionValues } from './CriterionValues';

interface Props {
  chosen: readonly CriterionId[];
  bands: Partial<Record<BandedCriterion, number[]>>;
  /** null until the figures are in: the bounds can be edited already. */
  criteria: Record<CriterionId, CriterionSummary> | null;
  names: Pick<SegmentationNames, 'criterion' | 'value' | 'missing'>;
  onBounds: (criterion: BandedCriterion, bounds: number[] | null) => void;
}

/** Each chosen criterion in the order chosen: its values on these figures, and for a banded one its bounds. */
export function ChosenCriteria({ chosen, bands, criteria, names, onBounds }: Props) {
  const t = useMessages(criteriaMessages);
  if (chosen.length === 0) return null;
  return (
    <section className="sg-criteria-section" aria-labelledby="sg-criteria-values-title">
      <h3 id="sg-criteria-values-title">{t('criteria.values.title')}</h3>
      <div className="sg-criteria-cards">
        {chosen.map((criterion) => {
          const summary = criteria?.[criterion] ?? null;
          return (
            <article key={criterion} className="sg-criteria-card" aria-labelledby={`sg-criteria-card-${criterion}`}>
              <h4 id={`sg-criteria-card-${criterion}`}>{names.criterion(criterion)}</h4>
              {summary && !summary.ok ? (
                <Callout tone="warning">
                  <p>{names.missing(summary.missing)}</p>
                </Callout>
              ) : null}
              {summary?.ok ? <CriterionValues criterion={criterion} summary={summary} names={names} /> : null}
              {isOneOf(BANDED_CRITERIA, criterion) && (summary === null || summary.ok) ? (
                <BoundsField criterion={criterion} typed={bands[criterion] ?? null} used={summary?.ok ? summary.bounds : null} names={names} onChange={(bounds) => onBounds(criterion, bounds)} />
              ) : null}
            </article>
          );
        })}
      </div>
    </section>
  );
}
