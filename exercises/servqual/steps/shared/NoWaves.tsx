import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { Callout } from '../../../../src/ui/Callout';
import type { ServqualState } from '../../state';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { newWaveId, todayIso } from './waveFiles';

/** Started from scratch: answers need a wave to go into; the first one is dated today. */
export function NoWaves({ update }: Pick<StepProps<ServqualState>, 'update'>) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const create = () =>
    update((current) => ({
      ...current,
      waves: [...current.waves, { id: newWaveId(current.waves), label: '', date: todayIso(), source: { kind: 'entered', responses: [] } }],
    }));
  return (
    <Callout
      tone="info"
      title={t('notEnoughData.noWaves')}
      actions={
        <button type="button" className="button button--primary" onClick={create}>
          {ui('waves.createFirst')}
        </button>
      }
    >
      <p>{ui('waves.noneHint')}</p>
    </Callout>
  );
}
