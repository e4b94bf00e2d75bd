import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { Field } from '../../../../src/ui/Field';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { SEGMENTATION_EXERCISE_ID } from '../../inputs';
import { targetsMessages } from '../../messages/targets';
import type { SegmentationState } from '../../state';

const codecs = { notes: textCodec({ maxLength: 8000 }) };

/** The participant's conclusions, saved as they type. */
export function Notes({ state, update }: Pick<StepProps<SegmentationState>, 'state' | 'update'>) {
  const t = useMessages(targetsMessages);
  const form = useAutosaveForm<{ notes: string }>({
    exerciseId: SEGMENTATION_EXERCISE_ID,
    formId: 'targets.conclusions',
    codecs,
    values: { notes: state.conclusions.notes },
    onValidChange: ({ notes }) => {
      if (notes !== undefined) update((current) => ({ ...current, conclusions: { notes } }));
    },
  });
  return (
    <section className="step-section" aria-labelledby="sg-targets-notes-title">
      <h3 id="sg-targets-notes-title">{t('notes.title')}</h3>
      <div className="fields">
        <Field form={form} name="notes" multiline rows={4} label={t('notes.label')} hint={t('notes.hint')} />
      </div>
    </section>
  );
}
