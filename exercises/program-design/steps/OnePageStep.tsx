import './onePage/onePage.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { useResult } from '../../../src/workbook/useResult';
import { roiOutcomeKind } from '../../../src/results/roiOutcome';
import type { ProgramDesignState } from '../state';
import { tallyChecklist } from '../content/mistakes';
import { namesMessages } from '../messages/names';
import { onePageMessages } from '../messages/onePage';
import { onePageReading, roiStanding } from './onePage/reading';
import { ProgramSheet } from './onePage/ProgramSheet';
import { FollowUpNotes } from './onePage/FollowUpNotes';

/**
 * Step 5: the whole program on one printable page, with ROI's payback and ROI read from the ROI exercise (never
 * copied in), and the notes alumni add at the follow-up.
 */
export default function OnePageStep({ state, update }: StepProps<ProgramDesignState>) {
  const t = useMessages(onePageMessages);
  const names = useMessages(namesMessages);
  const format = useFormat();
  const standing = roiStanding(useResult(roiOutcomeKind), state.economics);
  const tally = tallyChecklist(state.mistakes);
  return (
    <div className="pd-onepage">
      <Reading reading={onePageReading(state, tally, standing, t, names, format)} />
      <p className="explain">{t('onePage.intro')}</p>
      <ProgramSheet state={state} tally={tally} standing={standing} />
      <FollowUpNotes state={state} update={update} />
    </div>
  );
}
