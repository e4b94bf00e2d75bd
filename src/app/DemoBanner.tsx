import { useState } from 'react';
import { useMessages, useT } from '../i18n/useI18n';
import { packMessages } from './packs/messages';
import { Callout } from '../ui/Callout';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Says the exercise still holds the demo it opened with, and offers to start from scratch. When the participant's
 * own file already feeds it, it says so: the figures are theirs, the other values are still the demo's.
 */
export function DemoBanner({ ownFiles, packTitle = null, onStartFromScratch }: { ownFiles: boolean; packTitle?: string | null; onStartFromScratch: () => void }) {
  const t = useT();
  const tp = useMessages(packMessages);
  // The example is the trainer's starter pack (src/workbook/packStart.ts) rather than the demo: say whose it is.
  const fromPack = packTitle !== null && !ownFiles;
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Callout
        tone="info"
        actions={
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('exercise.startFromScratch')}
          </button>
        }
      >
        {/* A phone shows the short line (styles.css), so the step stays on the first screen; screen readers get the whole. */}
        <p>
          <span className="demo-banner__text">
            {fromPack ? tp('pack.banner', { title: packTitle }) : t(ownFiles ? 'exercise.demoBannerOwnFiles' : 'exercise.demoBanner')}
          </span>
          <span className="demo-banner__short" aria-hidden="true">
            {fromPack ? tp('pack.bannerShort') : t(ownFiles ? 'exercise.demoBannerOwnFilesShort' : 'exercise.demoBannerShort')}
          </span>
        </p>
      </Callout>
      <ConfirmDialog
        open={confirming}
        title={t('exercise.startFromScratch')}
        confirmLabel={t('exercise.startFromScratch')}
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onStartFromScratch();
        }}
      >
        <p>{t('exercise.startFromScratchConfirm')}</p>
      </ConfirmDialog>
    </>
  );
}
