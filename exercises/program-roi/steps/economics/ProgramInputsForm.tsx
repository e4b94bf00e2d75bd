import { useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm, type AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { PROGRAM_FIGURE_CODECS } from '../../../../src/results/programFigureCodecs';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import type { ProgramInputsDraft, RoiState } from '../../state';
import { roiMessages } from '../../messages';
import { useCurrencySymbol } from '../shared/currencySymbol';

type ProgramField = keyof ProgramInputsDraft;

/** The form's groups, in the order a marketer thinks about a program. */
const GROUPS: { legend: 'customers' | 'effect' | 'rewards' | 'costs'; fields: ProgramField[] }[] = [
  { legend: 'customers', fields: ['members', 'participation', 'baselineFrequency', 'averageCheck', 'margin', 'baselineRetention'] },
  { legend: 'effect', fields: ['frequencyUplift', 'checkUplift', 'retentionUplift'] },
  { legend: 'rewards', fields: ['rewardRate', 'breakage', 'baselineRewardShare'] },
  { legend: 'costs', fields: ['setupCost', 'monthlyFixedCost', 'monthlyCostPerMember', 'horizonMonths'] },
];

export function ProgramInputsForm({ state, update }: Pick<StepProps<RoiState>, 'state' | 'update'>) {
  const t = useMessages(roiMessages);
  const currency = useCurrencySymbol();
  const form = useAutosaveForm({
    exerciseId: 'program-roi',
    formId: 'program',
    codecs: PROGRAM_FIGURE_CODECS,
    values: state.program,
    onValidChange: (patch) => update((current) => ({ ...current, program: { ...current.program, ...patch } })),
  });

  const suffix = (field: ProgramField): string | undefined => {
    if (field === 'retentionUplift') return t('economics.points');
    if (field === 'horizonMonths') return t('economics.months');
    if (field === 'baselineFrequency') return t('economics.perMonth');
    const unit = PROGRAM_FIGURE_CODECS[field].unit;
    if (unit === 'percent') return '%';
    if (unit === 'money') return currency;
    return undefined;
  };

  return (
    <>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="fieldset">
          <legend>{t(`economics.legend.${group.legend}`)}</legend>
          <div className="fields">
            {group.fields.map((field) => (
              <ProgramInputField key={field} form={form} field={field} suffix={suffix(field)} />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

function ProgramInputField({ form, field, suffix }: { form: AutosaveForm<ProgramInputsDraft>; field: ProgramField; suffix: string | undefined }) {
  const t = useMessages(roiMessages);
  return <Field form={form} name={field} label={t(`economics.${field}`)} hint={t(`economics.${field}Hint`)} suffix={suffix} />;
}
