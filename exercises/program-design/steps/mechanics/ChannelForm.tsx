import { useMemo } from 'react';
import type { StepProps } from '../../../../src/workbook/contract';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { mechanicsMessages } from '../../messages/mechanics';
import { PROGRAM_DESIGN_EXERCISE_ID, type ProgramDesignState } from '../../state';

// Module level: the autosave hook keys its effects on the codecs' identity.
const channelCodecs = { partnersSide: textCodec({ maxLength: 10000 }) };

/**
 * The channel partners' side: when the participant sells through a chain, what its links get and do. The text is
 * kept when the toggle is turned off, so turning it on again brings it back.
 */
export function ChannelForm({ state, update }: Pick<StepProps<ProgramDesignState>, 'state' | 'update'>) {
  const t = useMessages(mechanicsMessages);
  const values = useMemo(() => ({ partnersSide: state.channel.partnersSide }), [state.channel.partnersSide]);
  const form = useAutosaveForm<{ partnersSide: string }>({
    exerciseId: PROGRAM_DESIGN_EXERCISE_ID,
    formId: 'channel',
    codecs: channelCodecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, channel: { ...current.channel, ...patch } })),
  });
  return (
    <>
      <label className="pd-mech-toggle">
        <input
          type="checkbox"
          checked={state.channel.throughPartners}
          onChange={(event) => {
            const throughPartners = event.target.checked;
            update((current) => ({ ...current, channel: { ...current.channel, throughPartners } }));
          }}
        />
        {t('mech.throughPartners')}
      </label>
      {state.channel.throughPartners ? (
        <div className="fields">
          <Field form={form} name="partnersSide" label={t('mech.partnersSide')} hint={t('mech.partnersSideHint')} multiline rows={5} />
        </div>
      ) : null}
    </>
  );
}
