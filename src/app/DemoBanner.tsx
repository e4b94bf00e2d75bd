import { useState } from 'react';
import { useT } from '../i18n/useI18n';
import { Callout } from '../ui/Callout';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Says the exercise still holds the demo it opened with, and offers to start from scratch. When the participant's
 * own file already feeds it, it says so: the figures are theirs, the other values are still the demo's.
 */
export function DemoBanner({ ownFiles, onStartFromScratch }: { ownFiles: boolean; onStartFromScratch: () => void }) {
  const t = useT();
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
          <span className="demo-banner__text">{t(ownFiles ? 'exercise.demoBannerOwnFiles' : 'exercise.demoBanner')}</span>
          <span className="demo-banner__short" aria-hidden="true">
            {t(ownFiles ? 'exercise.demoBannerOwnFilesShort' : 'exercise.demoBannerShort')}
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
