import { useId } from 'react';
import type { Formatters } from '../../../../src/i18n/format';
import { isOneOf } from '../../../../src/data/oneOf';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Translate } from '../../../../src/i18n/translate';
import { Field } from '../../../../src/ui/Field';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { SegmentationNames } from '../../content/names';
import { SEGMENTATION_EXERCISE_ID } from '../../inputs';
import type { SegmentMetrics } from '../../model/profile';
import { targetsMessages, type TargetsMessageKey } from '../../messages/targets';
import { STRATEGIES, type SegmentTarget, type Strategy } from '../../state';
import { suggestStrategy, type StrategySuggestion } from './suggestStrategy';
import type { PlannedSegment } from './targetPlan';

type Texts = Pick<SegmentTarget, 'offer' | 'owner' | 'goal'>;

const text = textCodec({ maxLength: 4000 });
const codecs = { offer: text, owner: textCodec({ maxLength: 400 }), goal: text };

interface Props {
  segment: PlannedSegment;
  name: string;
  names: SegmentationNames;
  hasMargin: boolean;
  onChange: (patch: Partial<SegmentTarget>) => void;
}

/** What the figures say in words next to the suggestion: the one figure that decided it. */
export function suggestionReason(suggestion: StrategySuggestion, metrics: SegmentMetrics, t: Translate<TargetsMessageKey>, format: Formatters): string {
  const share = (value: number | null) => (value === null ? t('card.notMeasured') : format.percent(value, 0));
  return t(`suggest.reason.${suggestion.reason}`, {
    revenueShare: share(metrics.revenueShare),
    customerShare: share(metrics.customerShare),
    retention: share(metrics.retention),
    marginRate: share(metrics.marginRate),
    // "grew by 44 %" and "fell by 52 %": the verb carries the sign.
    growth: share(metrics.growth),
    decline: share(metrics.growth === null ? null : -metrics.growth),
  });
}

/**
 * One segment: its key figures, whether it is a target and, when it is, the strategy (with a one-click suggestion
 * from the figures), the offer, the owner and the goal, each written through to the state as it is typed.
 */
export function TargetCard({ segment, name, names, hasMargin, onChange }: Props) {
  const t = useMessages(targetsMessages);
  const format = useFormat();
  const id = useId();
  const { target, profile, metrics } = segment;
  const form = useAutosaveForm<Texts>({
    exerciseId: SEGMENTATION_EXERCISE_ID,
    formId: `targets.${segment.key}`,
    codecs,
    values: { offer: target.offer, owner: target.owner, goal: target.goal },
    onValidChange: onChange,
  });
  const suggestion = profile && metrics ? suggestStrategy(metrics, profile) : null;
  const notMeasured = t('card.notMeasured');
  const percentOr = (value: number | null) => (value === null ? notMeasured : format.percent(value, 0));

  return (
    <article className={`sg-targets-card${target.target ? ' sg-targets-card--on' : ''}`} aria-labelledby={`${id}-name`}>
      <header className="sg-targets-card__head">
        <h4 id={`${id}-name`} className="sg-targets-card__name">
          {name}
        </h4>
        <label className="sg-targets-card__check">
          <input type="checkbox" checked={target.target} aria-describedby={`${id}-name`} onChange={(event) => onChange({ target: event.target.checked })} />
          {t('card.target')}
        </label>
      </header>
      {profile && metrics ? (
        profile.customers === 0 ? (
          <p className="note">{t('card.empty')}</p>
        ) : (
          <dl className="sg-targets-figures" aria-label={t('card.figures', { segment: name })}>
            <div>
              <dt>{t('card.customers')}</dt>
              <dd>{t('card.customersValue', { count: format.integer(profile.customers), share: format.percent(metrics.customerShare, 0) })}</dd>
            </div>
            <div>
              <dt>{t('card.revenueShare')}</dt>
              <dd>{format.percent(metrics.revenueShare, 0)}</dd>
            </div>
            <div>
              <dt>{t('card.growth')}</dt>
              <dd>{metrics.growth === null ? notMeasured : format.signedPercent(metrics.growth, 0)}</dd>
            </div>
            <div>
              <dt>{t('card.retention')}</dt>
              <dd>{percentOr(metrics.retention)}</dd>
            </div>
            {hasMargin ? (
              <div>
                <dt>{t('card.marginRate')}</dt>
                <dd>{percentOr(metrics.marginRate)}</dd>
              </div>
            ) : null}
          </dl>
        )
      ) : (
        <p className="note">{t('card.noFigures')}</p>
      )}
      {suggestion && metrics && suggestion.strategy !== target.strategy ? (
        <div className="sg-targets-suggestion no-print">
          <p>
            <strong>{t('suggest.label', { strategy: names.strategy(suggestion.strategy) })}</strong> {suggestionReason(suggestion, metrics, t, format)}
          </p>
          <button type="button" className="button" onClick={() => onChange({ target: true, strategy: suggestion.strategy })}>
            {t('suggest.take', { strategy: names.strategy(suggestion.strategy) })}
          </button>
        </div>
      ) : null}
      {target.target ? (
        <div className="fields sg-targets-fields">
          <StrategyField value={target.strategy} names={names} onChange={(strategy) => onChange({ strategy })} />
          <Field form={form} name="owner" label={t('card.owner')} hint={t('card.ownerHint')} />
          <Field form={form} name="offer" multiline rows={2} label={t('card.offer')} hint={t('card.offerHint')} />
          <Field form={form} name="goal" multiline rows={2} label={t('card.goal')} hint={t('card.goalHint')} />
        </div>
      ) : null}
    </article>
  );
}

function StrategyField({ value, names, onChange }: { value: Strategy | null; names: SegmentationNames; onChange: (strategy: Strategy | null) => void }) {
  const t = useMessages(targetsMessages);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('card.strategy')}
      </label>
      <div className="field__control">
        <select id={id} value={value ?? ''} aria-describedby={value ? `${id}-meaning` : undefined} onChange={(event) => onChange(isOneOf(STRATEGIES, event.target.value) ? event.target.value : null)}>
          <option value="">{t('card.strategyNone')}</option>
          {STRATEGIES.map((strategy) => (
            <option key={strategy} value={strategy}>
              {names.strategy(strategy)}
            </option>
          ))}
        </select>
      </div>
      {value ? (
        <p id={`${id}-meaning`} className="field__hint">
          {t(`strategy.${value}.meaning`)}
        </p>
      ) : null}
    </div>
  );
}
