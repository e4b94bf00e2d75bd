import { useMemo } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { useAutosaveForm, type Codecs } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import { LADDER_STAGES, type LadderStage, type LoyaltyMeaning, type LoyaltyState } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { LADDER_STAGE_TEXTS } from '../../content/loyaltyTypes';
import { meaningMessages } from '../../messages/meaning';
import { SuggestedText } from './SuggestedText';

type Strategies = Record<LadderStage, string>;
// Module level: the autosave hook keys its effects on the codecs' identity.
const strategyCodecs = Object.fromEntries(LADDER_STAGES.map((stage) => [stage, textCodec({ maxLength: 2000 })])) as Codecs<Strategies>; // Cast: one codec per stage.

/** The commitment ladder: which stages the business works with, and its strategy on each (the default one while empty). */
export function LadderEditor({ meaning, update, locale }: { meaning: LoyaltyMeaning; update: StepProps<LoyaltyState>['update']; locale: Locale }) {
  const t = useMessages(meaningMessages);
  const { ladder } = meaning;
  const values = useMemo(() => Object.fromEntries(LADDER_STAGES.map((stage) => [stage, ladder[stage].strategy])) as Strategies, [ladder]); // Cast: one entry per stage.
  const changeStage = (stage: LadderStage, patch: Partial<LoyaltyMeaning['ladder'][LadderStage]>) =>
    update((current) => {
      const stages = current.meaning.ladder;
      return { ...current, meaning: { ...current.meaning, ladder: { ...stages, [stage]: { ...stages[stage], ...patch } } } };
    });
  const form = useAutosaveForm({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'meaning.ladder',
    codecs: strategyCodecs,
    values,
    onValidChange: (patch) => {
      for (const stage of LADDER_STAGES) {
        const strategy = patch[stage];
        if (strategy !== undefined) changeStage(stage, { strategy });
      }
    },
  });

  return (
    <section className="step-section" aria-labelledby="lm-ladder-title">
      <h3 id="lm-ladder-title">{t('meaning.ladderTitle')}</h3>
      <p className="explain">{t('meaning.ladderIntro')}</p>
      <ol className="lm-ladder">
        {LADDER_STAGES.map((stage) => {
          const text = LADDER_STAGE_TEXTS[locale][stage];
          const used = ladder[stage].used;
          return (
            <li key={stage} className={`lm-ladder__stage${used ? '' : ' lm-ladder__stage--unused'}`}>
              <div className="lm-ladder__head">
                <h4 className="lm-ladder__name">{text.name}</h4>
                <label className="lm-ladder__used no-print">
                  <input type="checkbox" checked={used} onChange={(event) => changeStage(stage, { used: event.target.checked })} aria-label={`${text.name}: ${t('meaning.stageUsed')}`} />
                  {t('meaning.stageUsed')}
                </label>
              </div>
              <p className="lm-ladder__description note">{text.description}</p>
              <SuggestedText form={form} name={stage} label={t('meaning.strategyFor', { stage: text.name })} suggestion={text.strategy} labelHidden />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
