import { useMessages } from '../../../../src/i18n/useI18n';
import { servqualMessages } from '../../messages';

const GAPS = [1, 2, 3, 4, 5] as const;

/** Parasuraman, Zeithaml & Berry 1985: the survey measures gap 5; gaps 1–4 are where to look for its causes. */
export function GapsModel() {
  const t = useMessages(servqualMessages);
  // The method's model, for reading on screen: the report keeps the participant's questionnaire, not the theory.
  return (
    <section className="step-section sq-gaps no-print" aria-labelledby="sq-gaps-title">
      <h3 id="sq-gaps-title">{t('gaps.title')}</h3>
      <p>{t('gaps.intro')}</p>
      <ol className="sq-gaps__list">
        {GAPS.map((gap) => (
          <li key={gap} className={gap === 5 ? 'sq-gaps__measured' : undefined}>
            {t(`gaps.${gap}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
