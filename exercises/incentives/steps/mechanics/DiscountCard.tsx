import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { optionalNumberCodec, textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { DiscountCheck } from '../../model/discounts';
import { INCENTIVES_EXERCISE_ID, type DiscountLine } from '../../state';
import { discountsMessages } from '../../messages/discounts';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const discountCodecs = {
  name: textCodec({ maxLength: 200 }),
  discount: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
  expectedVolumeChange: optionalNumberCodec({ unit: 'percent', min: -1 }),
};

type Editable = Pick<DiscountLine, 'name' | 'discount' | 'expectedVolumeChange'>;

interface DiscountCardProps {
  line: DiscountLine;
  number: number;
  check: DiscountCheck;
  onChange: (patch: Partial<Editable>) => void;
  onRemove: () => void;
}

/** One discount: what it is for, its size and the growth expected, then its break-even and verdict beside them. */
export function DiscountCard({ line, number, check, onChange, onRemove }: DiscountCardProps) {
  const t = useMessages(discountsMessages);
  const values = useMemo(() => ({ name: line.name, discount: line.discount, expectedVolumeChange: line.expectedVolumeChange }), [line.name, line.discount, line.expectedVolumeChange]);
  const form = useAutosaveForm({ exerciseId: INCENTIVES_EXERCISE_ID, formId: `discount.${line.id}`, codecs: discountCodecs, values, onValidChange: onChange });
  const title = line.name.trim() === '' ? t('discounts.untitled', { number }) : `${number}. ${line.name.trim()}`;
  return (
    <li className={`in-discount in-discount--${check.kind === 'checked' ? check.verdict : check.kind}`}>
      <fieldset className="fieldset">
        <legend>{title}</legend>
        <div className="fields">
          <Field form={form} name="name" label={t('discounts.name')} hint={t('discounts.nameHint')} />
          <Field form={form} name="discount" label={t('discounts.discount')} suffix="%" />
          <Field form={form} name="expectedVolumeChange" label={t('discounts.expected')} hint={t('discounts.expectedHint')} suffix="%" />
        </div>
        <DiscountOutcome check={check} expected={line.expectedVolumeChange} />
        <div className="in-tools no-print">
          <button type="button" className="button button--quiet" onClick={onRemove} aria-label={t('discounts.remove', { name: title })}>
            ✕
          </button>
        </div>
      </fieldset>
    </li>
  );
}

function DiscountOutcome({ check, expected }: { check: DiscountCheck; expected: number | null }) {
  const t = useMessages(discountsMessages);
  const format = useFormat();
  if (check.kind === 'noDiscount') return <p className="note">{t('discounts.noDiscount')}</p>;
  if (check.kind === 'noMargin') return <p className="note">{t('discounts.noMargin')}</p>;
  if (check.kind === 'invalid') return <p className="field__error">{t(check.reason === 'margin-out-of-range' ? 'discounts.marginZero' : 'discounts.invalidDiscount')}</p>;
  const required = check.requiredVolumeChange === null ? t('discounts.unreachable') : format.signedPercent(check.requiredVolumeChange);
  return (
    <>
      <dl className="in-discount__result">
        <div>
          <dt>{t('discounts.required')}</dt>
          <dd>{required}</dd>
        </div>
        <div>
          <dt>{t('discounts.verdictLabel')}</dt>
          <dd className={`in-verdict in-verdict--${check.verdict}`}>{t(`discounts.verdict.${check.verdict}`)}</dd>
        </div>
        {check.profitChange !== null ? (
          <div>
            <dt>{t('discounts.profitChange')}</dt>
            <dd>{format.signedPercent(check.profitChange)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="finding">{comparison()}</p>
    </>
  );

  function comparison(): string {
    if (check.kind !== 'checked' || expected === null || check.profitChange === null || check.expectation === null) return t('discounts.noExpected');
    const values = { expected: format.signedPercent(expected), change: format.percent(Math.abs(check.profitChange)) };
    if (check.verdict === 'suicidal') return t('discounts.compare.suicidal', { ...values, change: format.signedPercent(check.profitChange) });
    return t(`discounts.compare.${check.expectation}`, values);
  }
}
