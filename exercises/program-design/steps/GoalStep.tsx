import './goal/goal.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { useResult } from '../../../src/workbook/useResult';
import { useAutosaveForm } from '../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../src/workbook/fieldCodecs';
import { segmentTargetsKind } from '../../../src/results/segmentTargets';
import { goalMessages } from '../messages/goal';
import { PROGRAM_DESIGN_EXERCISE_ID, type ProgramDesignState } from '../state';
import { goalReading, targetChoice } from './goal/goalReading';
import { ProgramGoal } from './goal/ProgramGoal';
import { TargetCustomers } from './goal/TargetCustomers';

// Module level: the autosave hook keys its effects on the codecs' identity.
const textCodecs = { name: textCodec({ maxLength: 200 }), goalText: textCodec({ maxLength: 10000 }), description: textCodec({ maxLength: 10000 }) };
export type GoalTexts = { [K in keyof typeof textCodecs]: string };

/**
 * Step 1: what the program is for (goals, the goal in words, market, stage) and whom it is for: segments the
 * segmentation exercise offers, ticked here, and the participant's own description, which is always kept.
 */
export default function GoalStep({ state, update, locale }: StepProps<ProgramDesignState>) {
  const t = useMessages(goalMessages);
  const read = useResult(segmentTargetsKind);
  const choice = useMemo(() => targetChoice(state, read), [state, read]);
  const values = useMemo(() => ({ name: state.name, goalText: state.goalText, description: state.target.description }), [state.name, state.goalText, state.target.description]);
  const form = useAutosaveForm<GoalTexts>({
    exerciseId: PROGRAM_DESIGN_EXERCISE_ID,
    formId: 'goal',
    codecs: textCodecs,
    values,
    onValidChange: ({ description, ...rest }) =>
      update((current) => ({ ...current, ...rest, target: description === undefined ? current.target : { ...current.target, description } })),
  });
  return (
    <>
      <Reading reading={goalReading(state, choice, locale, t)} />
      <section className="step-section" aria-labelledby="pd-goal-program">
        <h3 id="pd-goal-program">{t('goal.programTitle')}</h3>
        <ProgramGoal state={state} update={update} form={form} />
      </section>
      <section className="step-section" aria-labelledby="pd-goal-targets">
        <h3 id="pd-goal-targets">{t('goal.targetTitle')}</h3>
        <TargetCustomers state={state} update={update} form={form} read={read} choice={choice} locale={locale} />
      </section>
    </>
  );
}
