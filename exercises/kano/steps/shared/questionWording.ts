import type { Locale } from '../../../../src/i18n/locale';
import { fillQuestion, KANO_QUESTION_TEMPLATES } from '../../questions';
import { featureText } from '../../content';
import type { KanoFeature, KanoQuestionnaire } from '../../state';

export interface FeatureQuestions {
  functional: string;
  dysfunctional: string;
  /** null when the questionnaire does not ask for importance. */
  importance: string | null;
  /** The generated wording, to tell whether an override differs from it and to reset to it. */
  generated: { functional: string; dysfunctional: string };
}

/** The language the questionnaire is printed in: its own choice, or the interface language. */
export function questionnaireLocale(questionnaire: KanoQuestionnaire, interfaceLocale: Locale): Locale {
  return questionnaire.locale ?? interfaceLocale;
}

/** A feature's questions as printed: the participant's own wording where given, else the template's. */
export function featureQuestions(feature: KanoFeature, questionnaire: KanoQuestionnaire, locale: Locale): FeatureQuestions {
  const templates = KANO_QUESTION_TEMPLATES[locale];
  const name = featureText(feature, locale).name;
  const generated = {
    functional: fillQuestion(questionnaire.functionalTemplate ?? templates.functional, name),
    dysfunctional: fillQuestion(questionnaire.dysfunctionalTemplate ?? templates.dysfunctional, name),
  };
  const scale = questionnaire.importanceScale;
  return {
    functional: feature.functionalQuestion ?? generated.functional,
    dysfunctional: feature.dysfunctionalQuestion ?? generated.dysfunctional,
    importance: scale ? fillQuestion(questionnaire.importanceTemplate ?? templates.importance, name, scale) : null,
    generated,
  };
}
