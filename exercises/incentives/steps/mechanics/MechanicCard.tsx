import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import { Field } from '../../../../src/ui/Field';
import { optionalNumberCodec, textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { FINDING_SEVERITY, checkMechanic } from '../../model/mechanics';
import { INCENTIVES_EXERCISE_ID, type ChosenMechanic } from '../../state';
import { mechanicsMessages } from '../../messages/mechanics';
import { findingText } from './findingText';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow src/results/incentiveMechanics.ts.
const mechanicCodecs = {
  rewardRate: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
  threshold: optionalNumberCodec({ unit: 'money', min: 0 }),
  expiryMonths: optionalNumberCodec({ unit: 'count', min: 0, max: 120 }),
  rules: textCodec({ maxLength: 10000 }),
};

type Editable = Pick<ChosenMechanic, 'rewardRate' | 'threshold' | 'expiryMonths' | 'rules'>;

interface MechanicCardProps {
  mechanic: ChosenMechanic;
  number: number;
  count: number;
  margin: number | null;
  locale: Locale;
  currencySign: string;
  onChange: (patch: Partial<Editable>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One chosen mechanic: its parameters, saved on every keystroke (invalid text kept as a draft), and its checks. */
export function MechanicCard({ mechanic, number, count, margin, locale, currencySign, onChange, onMove, onRemove }: MechanicCardProps) {
  const t = useMessages(mechanicsMessages);
  const format = useFormat();
  const values = useMemo(
    () => ({ rewardRate: mechanic.rewardRate, threshold: mechanic.threshold, expiryMonths: mechanic.expiryMonths, rules: mechanic.rules }),
    [mechanic.rewardRate, mechanic.threshold, mechanic.expiryMonths, mechanic.rules],
  );
  const form = useAutosaveForm({ exerciseId: INCENTIVES_EXERCISE_ID, formId: `mechanic.${mechanic.id}`, codecs: mechanicCodecs, values, onValidChange: onChange });
  const findings = checkMechanic(mechanic, margin);
  const title = t('mechanics.item', { number, type: PROGRAM_TYPE_NAMES[mechanic.type][locale] });
  return (
    <li className="in-mechanic">
      <fieldset className="fieldset in-mechanic__fields">
        <legend>{title}</legend>
        <div className="fields">
          <Field form={form} name="rewardRate" label={t('mechanics.rewardRate')} hint={t('mechanics.rewardRateHint')} suffix="%" />
          <Field form={form} name="threshold" label={t('mechanics.threshold')} hint={t('mechanics.thresholdHint')} suffix={currencySign} />
          <Field form={form} name="expiryMonths" label={t('mechanics.expiry')} hint={t('mechanics.expiryHint')} suffix={t('mechanics.months')} />
          <Field form={form} name="rules" label={t('mechanics.rules')} hint={t('mechanics.rulesHint')} multiline rows={3} />
        </div>
        <div className="in-mechanic__checks">
          <p className="in-mechanic__checks-title">{t('mechanics.checks')}</p>
          {findings.length === 0 ? (
            <p className="finding">{t('mechanics.ok')}</p>
          ) : (
            <ul className="in-findings">
              {findings.map((finding) => (
                <li key={finding.code} className={`in-finding in-finding--${FINDING_SEVERITY[finding.code]}`}>
                  <strong>{t(`severity.${FINDING_SEVERITY[finding.code]}`)}:</strong> {findingText(finding, t, format)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="in-tools no-print">
          <button type="button" className="button button--quiet" onClick={() => onMove(-1)} disabled={number === 1} aria-label={t('mechanics.moveUp', { name: title })}>
            ↑
          </button>
          <button type="button" className="button button--quiet" onClick={() => onMove(1)} disabled={number === count} aria-label={t('mechanics.moveDown', { name: title })}>
            ↓
          </button>
          <button type="button" className="button button--quiet" onClick={onRemove} aria-label={t('mechanics.remove', { name: title })}>
            ✕
          </button>
        </div>
      </fieldset>
    </li>
  );
}
