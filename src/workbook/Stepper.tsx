import { useT, useText } from '../i18n/useI18n';
import type { AnyExercise } from './contract';
import { routeHref } from './route';
import { StepSelect } from './StepSelect';

export interface StepperProps {
  exercise: AnyExercise;
  currentStepId: string;
  /** Steps whose work is done (src/workbook/progress.ts), not the steps left with "Next". */
  doneSteps: readonly string[];
}

/** The steps as a numbered list of links: where you are, what is done, and any step one click away. */
export function Stepper({ exercise, currentStepId, doneSteps }: StepperProps) {
  const t = useT();
  const text = useText();
  return (
    <nav className="stepper" aria-label={t('exercise.steps')}>
      <ol>
        {exercise.steps.map((step, index) => {
          const current = step.id === currentStepId;
          const done = doneSteps.includes(step.id);
          return (
            <li key={step.id} className={`stepper__item${current ? ' stepper__item--current' : ''}${done ? ' stepper__item--done' : ''}`}>
              <a href={routeHref({ page: 'exercise', exerciseId: exercise.id, stepId: step.id })} aria-current={current ? 'step' : undefined}>
                <span className="stepper__number" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="stepper__title">{text(step.title)}</span>
                {done ? <span className="visually-hidden">({t('exercise.completed')})</span> : null}
              </a>
            </li>
          );
        })}
      </ol>
      <StepSelect exercise={exercise} currentStepId={currentStepId} doneSteps={doneSteps} />
    </nav>
  );
}
