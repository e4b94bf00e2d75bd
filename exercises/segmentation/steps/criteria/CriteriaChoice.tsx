import { useMessages } from '../../../../src/i18n/useI18n';
import { routeHref } from '../../../../src/workbook/route';
import type { CriterionSummary } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { criteriaMessages } from '../../messages/criteria';
import { criteriaHelpMessages } from '../../messages/criteriaHelp';
import { SEGMENTATION_EXERCISE_ID } from '../../inputs';
import { BANDED_CRITERIA, CLASS_CRITERIA, LABEL_CRITERIA, type CriterionId } from '../../state';

const GROUPS = [
  { id: 'who', criteria: LABEL_CRITERIA },
  { id: 'behaviour', criteria: CLASS_CRITERIA },
  { id: 'bands', criteria: BANDED_CRITERIA },
] as const;

/** A new criterion goes to the end, so the order the participant chose them in is the order they are shown in. */
export function toggleCriterion(chosen: readonly CriterionId[], criterion: CriterionId): CriterionId[] {
  return chosen.includes(criterion) ? chosen.filter((id) => id !== criterion) : [...chosen, criterion];
}

interface Props {
  chosen: readonly CriterionId[];
  /** From the analysis; null until the figures are in (every criterion is offered then). */
  criteria: Record<CriterionId, CriterionSummary> | null;
  names: Pick<SegmentationNames, 'criterion' | 'missing'>;
  onToggle: (criterion: CriterionId) => void;
}

/**
 * The fourteen criteria in their three groups, each with what it is and why it splits customers. One the files
 * cannot give is disabled with the column it needs and the way to step 1; if it was chosen before, it stays
 * enabled so it can be unticked.
 */
export function CriteriaChoice({ chosen, criteria, names, onToggle }: Props) {
  const t = useMessages(criteriaMessages);
  const help = useMessages(criteriaHelpMessages);
  const dataHref = routeHref({ page: 'exercise', exerciseId: SEGMENTATION_EXERCISE_ID, stepId: 'data' });
  return (
    <section className="sg-criteria-section" aria-labelledby="sg-criteria-choose-title">
      <h3 id="sg-criteria-choose-title">{t('criteria.choose.title')}</h3>
      <p className="note" aria-live="polite">
        {chosen.length > 0 ? t('criteria.choose.count', { count: chosen.length }) : t('criteria.choose.none')}
      </p>
      <div className="sg-criteria-groups">
        {GROUPS.map((group) => (
          <fieldset key={group.id} className="fieldset sg-criteria-group">
            <legend>{help(`criteria.group.${group.id}`)}</legend>
            <p className="sg-criteria-group__hint">{help(`criteria.group.${group.id}.hint`)}</p>
            <ul className="sg-criteria-options">
              {group.criteria.map((criterion) => {
                const summary = criteria?.[criterion];
                const missing = summary && !summary.ok ? summary.missing : null;
                const checked = chosen.includes(criterion);
                const inputId = `sg-criteria-option-${criterion}`;
                return (
                  <li key={criterion} className={`sg-criteria-option${missing ? ' sg-criteria-option--missing' : ''}`}>
                    <input id={inputId} type="checkbox" checked={checked} disabled={missing !== null && !checked} aria-describedby={`${inputId}-help`} onChange={() => onToggle(criterion)} />
                    <div>
                      <label htmlFor={inputId} className="sg-criteria-option__name">
                        {names.criterion(criterion)}
                      </label>
                      <p id={`${inputId}-help`} className="sg-criteria-option__help">
                        {help(`criteria.help.${criterion}`)}
                        {missing ? (
                          <span className="sg-criteria-option__missing">
                            {' '}
                            {names.missing(missing)} {checked ? t('criteria.missing.chosen') : null} <a href={dataHref}>{t('criteria.missing.toData')}</a>
                          </span>
                        ) : null}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
