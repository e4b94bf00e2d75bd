import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { criteriaMessages } from '../../messages/criteria';
import { SEGMENTATION_EXERCISE_ID } from '../../inputs';
import { RFM_BINNINGS, type BehaviourSettings as Behaviour } from '../../state';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts; the ABC lines are
// stored as typed (80 = 80 %), so they are plain numbers with a "%" after them.
const codecs = {
  abcA: numberCodec({ min: 0, max: 100 }),
  abcB: numberCodec({ min: 0, max: 100 }),
  stageK: numberCodec({ min: 1, max: 10 }),
};

type Lines = Pick<Behaviour, 'abcA' | 'abcB' | 'stageK'>;

/** How ABC, RFM and the life-cycle stage are computed: the two ABC lines, the RFM scoring, the inactivity multiplier. */
export function BehaviourSettings({ behaviour, onChange }: { behaviour: Behaviour; onChange: (patch: Partial<Behaviour>) => void }) {
  const t = useMessages(criteriaMessages);
  const form = useAutosaveForm<Lines>({
    exerciseId: SEGMENTATION_EXERCISE_ID,
    formId: 'behaviour',
    codecs,
    values: { abcA: behaviour.abcA, abcB: behaviour.abcB, stageK: behaviour.stageK },
    onValidChange: onChange,
  });
  return (
    <section className="sg-criteria-section" aria-labelledby="sg-criteria-behaviour-title">
      <h3 id="sg-criteria-behaviour-title">{t('criteria.behaviour.title')}</h3>
      <p className="explain">{t('criteria.behaviour.intro')}</p>
      <div className="fields">
        <Field form={form} name="abcA" label={t('criteria.behaviour.abcA')} hint={t('criteria.behaviour.abcA.hint')} suffix="%" />
        <Field form={form} name="abcB" label={t('criteria.behaviour.abcB')} hint={t('criteria.behaviour.abcB.hint')} suffix="%" />
        <Field form={form} name="stageK" label={t('criteria.behaviour.k')} hint={t('criteria.behaviour.k.hint')} suffix={t('criteria.behaviour.k.suffix')} />
      </div>
      {behaviour.abcA > behaviour.abcB ? (
        <p className="sg-criteria-warning" role="status">
          {t('criteria.behaviour.abcOrder')}
        </p>
      ) : null}
      <fieldset className="fieldset sg-criteria-binning">
        <legend>{t('criteria.behaviour.binning')}</legend>
        {RFM_BINNINGS.map((binning) => (
          <label key={binning} className="sg-criteria-binning__option">
            <input type="radio" name="sg-criteria-binning" value={binning} checked={behaviour.rfmBinning === binning} onChange={() => onChange({ rfmBinning: binning })} />
            <span>
              <strong>{t(`criteria.behaviour.binning.${binning}`)}</strong> — <span className="sg-criteria-muted">{t(`criteria.behaviour.binning.${binning}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
