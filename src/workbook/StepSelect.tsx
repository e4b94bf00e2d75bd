import { useId } from 'react';
import { useT, useText } from '../i18n/useI18n';
import { navigate } from './route';
import type { StepperProps } from './Stepper';

/**
 * The stepper on a small screen: one labelled list box, "Step 2 of 5: [2. Collect]", instead of a column of links
 * that would push the step below the first screen. Choosing a step opens it. (styles.css shows either this or the
 * list of links, never both.)
 */
export function StepSelect({ exercise, currentStepId, doneSteps }: StepperProps) {
  const t = useT();
  const text = useText();
  const id = useId();
  const index = exercise.steps.findIndex((step) => step.id === currentStepId);
  return (
    <div className="stepper__compact">
      <label htmlFor={id} className="stepper__compact-label">
        {t('exercise.stepOf', { index: index + 1, total: exercise.steps.length })}
      </label>
      <select id={id} value={currentStepId} onChange={(event) => navigate({ page: 'exercise', exerciseId: exercise.id, stepId: event.target.value })}>
        {exercise.steps.map((step, stepIndex) => (
          <option key={step.id} value={step.id}>
            {`${stepIndex + 1}. ${text(step.title)}${doneSteps.includes(step.id) ? ` (${t('exercise.completed')})` : ''}`}
          </option>
        ))}
      </select>
    </div>
  );
}
