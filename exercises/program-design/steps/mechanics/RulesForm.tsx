import type { StepProps } from '../../../../src/workbook/contract';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm, type Codecs } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { mechanicsMessages } from '../../messages/mechanics';
import { namesMessages } from '../../messages/names';
import { PROGRAM_DESIGN_EXERCISE_ID, RULE_TOPICS, type ProgramDesignState, type RuleTopic } from '../../state';

// Module level: the autosave hook keys its effects on the codecs' identity.
// Cast: fromEntries loses the key type; the entries are exactly RULE_TOPICS.
const ruleCodecs = Object.fromEntries(RULE_TOPICS.map((topic) => [topic, textCodec({ maxLength: 10000 })])) as Codecs<Record<RuleTopic, string>>;

/** The rules of the program, a text per topic with a hint on what it should settle; saved on every keystroke. */
export function RulesForm({ state, update }: Pick<StepProps<ProgramDesignState>, 'state' | 'update'>) {
  const t = useMessages(mechanicsMessages);
  const names = useMessages(namesMessages);
  const form = useAutosaveForm<Record<RuleTopic, string>>({
    exerciseId: PROGRAM_DESIGN_EXERCISE_ID,
    formId: 'rules',
    codecs: ruleCodecs,
    values: state.rules,
    onValidChange: (patch) => update((current) => ({ ...current, rules: { ...current.rules, ...patch } })),
  });
  return (
    <>
      <p className="explain">{t('mech.rulesIntro')}</p>
      <div className="fields pd-mech-rules">
        {RULE_TOPICS.map((topic) => (
          <Field key={topic} form={form} name={topic} label={names(`rule.${topic}`)} hint={t(`mech.rule.hint.${topic}`)} multiline rows={3} />
        ))}
      </div>
    </>
  );
}
