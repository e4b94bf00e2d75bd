import { useMemo, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { MAX_RULES } from '../analysis/rulesLimits';
import { rulesMessages } from '../messages/rules';
import { sharedMessages } from '../messages/shared';
import type { PromoProductState } from '../state';
import { ReceiptsOriginNote } from './shared/ReceiptsOriginNote';
import { useItemName } from './shared/useReceipts';
import { RulesChart } from './rules/RulesChart';
import { rulesReading } from './rules/rulesReading';
import { RulesSettingsForm } from './rules/RulesSettingsForm';
import { RulesStatus } from './rules/RulesStatus';
import { RulesTable, type RuleFocus } from './rules/RulesTable';
import { SequenceTable } from './rules/SequenceTable';
import { visibleRules } from './rules/ruleText';
import { useRules } from './rules/useRules';
import './rules/rules.css';

/** Step 3 "Bought together": association rules at the participant's thresholds, a table and a chart of them, and what the same customer buys next. */
export default function RulesStep({ state, update, presenter }: StepProps<PromoProductState>) {
  const t = useMessages(rulesMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const run = useRules(state);
  const name = useItemName(run.origin);
  const [focus, setFocus] = useState<RuleFocus | null>(null);
  const ready = run.shown?.kind === 'ready' ? run.shown : null;
  const rules = useMemo(() => (ready ? visibleRules(ready.rules, ready.redundant, state.rules.hideRedundant) : []), [ready, state.rules.hideRedundant]);
  const hidden = ready ? ready.rules.length - rules.length : 0;
  const sequencesKnown = ready !== null && ready.sequences.kind !== 'noCustomers' && ready.sequences.kind !== 'noDates';
  const onUseDemo = () => update((current) => ({ ...current, useDemoData: true }));

  const settings = <RulesSettingsForm state={state} update={update} minCount={ready?.minCount ?? null} sequences={ready === null || sequencesKnown} />;
  const results = ready ? (
    <>
      {rules.length > 0 ? <RulesChart rules={rules} items={ready.items} name={name} presenter={presenter} /> : null}
      {rules.length > 0 ? <RulesTable rules={rules} items={ready.items} name={name} focus={focus} onFocus={setFocus} /> : null}
      <SequenceTable sequences={ready.sequences} items={ready.items} name={name} days={state.rules.sequenceDays} minLift={state.rules.minLift} />
    </>
  ) : null;

  return (
    <>
      {ready ? (
        <Reading
          reading={rulesReading(ready, rules, ready.sequences, MAX_RULES, { t, percent: (share, decimals = 0) => format.percent(share, decimals), number: (value) => format.number(value, 1), name })}
        />
      ) : null}
      <p className="explain">{t('rules.intro')}</p>
      <p className="explain explain--detail">{t('rules.introDetail')}</p>
      <ReceiptsOriginNote origin={run.origin} unreadable={run.shown?.kind === 'receiptsUnreadable'} onUseDemo={onUseDemo} />
      {run.origin === 'none' ? null : (
        <>
          {presenter ? null : settings}
          <RulesStatus run={run} mined={ready} hidden={hidden} />
          {run.state.status === 'running' && run.shown === null ? <p className="note">{shared('origin.loading')}</p> : null}
          {results}
          {presenter ? settings : null}
        </>
      )}
    </>
  );
}
