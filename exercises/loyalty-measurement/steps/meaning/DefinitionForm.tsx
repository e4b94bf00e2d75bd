import { useMemo } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import { LOYALTY_VIEWS, type LoyaltyMeaning, type LoyaltyState } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { suggestedDefinition } from '../../content/loyaltyTypes';
import { withView } from '../../model/surveyQuestions';
import { meaningMessages } from '../../messages/meaning';
import { ChoiceGroup } from '../business/ChoiceGroup';
import { SuggestedText } from './SuggestedText';

// Module level: the autosave hook keys its effects on the codecs' identity.
const definitionCodecs = { definition: textCodec({ maxLength: 2000 }) };

/** Behaviour, attitude or both, and the participant's definition of a loyal customer. */
export function DefinitionForm({ meaning, update, locale }: { meaning: LoyaltyMeaning; update: StepProps<LoyaltyState>['update']; locale: Locale }) {
  const t = useMessages(meaningMessages);
  const change = (patch: Partial<LoyaltyMeaning>) => update((current) => ({ ...current, meaning: { ...current.meaning, ...patch } }));
  const values = useMemo(() => ({ definition: meaning.definition }), [meaning.definition]);
  const form = useAutosaveForm({ exerciseId: LOYALTY_EXERCISE_ID, formId: 'meaning.definition', codecs: definitionCodecs, values, onValidChange: (patch) => change(patch) });
  return (
    <>
      <ChoiceGroup
        legend={t('meaning.viewLegend')}
        options={LOYALTY_VIEWS}
        label={(view) => (
          <span>
            <strong>{t(`view.${view}`)}</strong>
            {t('meaning.colon')}
            {t(`view.${view}.hint`)}
          </span>
        )}
        chosen={meaning.view}
        onChange={(view) => update((current) => withView(current, view))}
      />
      <SuggestedText form={form} name="definition" label={t('meaning.definition')} hint={t('meaning.definitionHint')} suggestion={suggestedDefinition(meaning.view, locale)} rows={3} />
    </>
  );
}
