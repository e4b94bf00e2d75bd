import { useId } from 'react';
import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { featureText } from '../../content';
import { checkFeatureList, type FeatureListProblem } from '../../model';
import type { KanoFeature, KanoState } from '../../state';
import { kanoStepMessages } from '../messages';
import { kanoMessages } from '../../messages';

type Props = Pick<StepProps<KanoState>, 'state' | 'update'> & { locale: Locale };

function problemsOf(featureId: string, problems: readonly FeatureListProblem[]): FeatureListProblem[] {
  return problems.filter((problem) => (problem.code === 'emptyName' && problem.featureId === featureId) || (problem.code === 'duplicateName' && problem.featureIds.includes(featureId)));
}

/**
 * The editable list. Every keystroke goes straight to the store, so nothing typed is lost on reload.
 * Editing an example feature turns it into the participant's own: the text shown (in the interface
 * language) becomes the stored text and stops following language switches.
 */
export function FeatureList({ state, update, locale }: Props) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const baseId = useId();
  const shown = state.features.map((feature) => ({ feature, ...featureText(feature, locale) }));
  const problems = checkFeatureList(shown.map(({ feature, name }) => ({ id: feature.id, name })));
  const listProblems = problems.filter((problem) => problem.code === 'tooFew' || problem.code === 'tooMany');

  const edit = (id: string, patch: Partial<Pick<KanoFeature, 'name' | 'description'>>) =>
    update((current) => ({
      ...current,
      features: current.features.map((feature) => (feature.id === id ? { ...feature, ...featureText(feature, locale), ...patch, exampleRef: null } : feature)),
    }));
  const remove = (id: string) => update((current) => ({ ...current, features: current.features.filter((feature) => feature.id !== id) }));
  const move = (index: number, by: -1 | 1) =>
    update((current) => {
      const features = [...current.features];
      const target = index + by;
      const moving = features[index];
      const other = features[target];
      if (!moving || !other) return current;
      features[index] = other;
      features[target] = moving;
      return { ...current, features };
    });

  return (
    <>
      {listProblems.map((problem) => (
        <p key={problem.code} className="kano-problem" role="status">
          {problem.code === 'tooFew' ? model('features.tooFew', { min: problem.min, count: problem.count }) : null}
          {problem.code === 'tooMany' ? model('features.tooMany', { max: problem.max, count: problem.count }) : null}
        </p>
      ))}
      {shown.length === 0 ? <p className="muted">{t('features.empty')}</p> : null}
      <ol className="kano-features">
        {shown.map(({ feature, name, description }, index) => {
          const nameId = `${baseId}-name-${index}`;
          const errorId = `${baseId}-error-${index}`;
          const own = problemsOf(feature.id, problems);
          const title = name.trim() || t('features.untitled', { number: index + 1 });
          return (
            <li key={feature.id} className="kano-feature">
              <span className="kano-feature__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="kano-feature__fields">
                <label className="field">
                  <span className="field__label">{t('features.name', { number: index + 1 })}</span>
                  <input
                    id={nameId}
                    type="text"
                    value={name}
                    maxLength={120}
                    data-feature-name={feature.id}
                    aria-invalid={own.length > 0 ? true : undefined}
                    aria-describedby={own.length > 0 ? errorId : undefined}
                    onChange={(event) => edit(feature.id, { name: event.target.value })}
                  />
                </label>
                <label className="field field--wide">
                  <span className="field__label">{t('features.description', { number: index + 1 })}</span>
                  <input type="text" value={description} maxLength={400} onChange={(event) => edit(feature.id, { description: event.target.value })} />
                </label>
                {own.length > 0 ? (
                  <p id={errorId} className="field__error" role="alert">
                    {own.map((problem) => model(`features.${problem.code}`)).join(' ')}
                  </p>
                ) : null}
              </div>
              <div className="kano-feature__tools">
                <button type="button" className="button button--quiet" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('features.moveUp', { name: title })}>
                  ↑
                </button>
                <button type="button" className="button button--quiet" onClick={() => move(index, 1)} disabled={index === shown.length - 1} aria-label={t('features.moveDown', { name: title })}>
                  ↓
                </button>
                <button type="button" className="button button--quiet" onClick={() => remove(feature.id)} aria-label={t('features.remove', { name: title })}>
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
