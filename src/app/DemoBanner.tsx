import { useState } from 'react';
import { useT } from '../i18n/useI18n';
import { Callout } from '../ui/Callout';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Says the exercise still holds the demo it opened with, and offers to start from scratch. When the participant's
 * own file already feeds it, it says so: the figures are theirs, the other values are still the demo's.
 */
interface Props {
  ownFiles: boolean;
  onStartFromScratch: () => void;
  /** The exercise's worked examples by name (none: the demo is the only one), the one on screen, and how to open one. */
  examples?: readonly { id: string; name: string }[];
  exampleShown?: string | null;
  onOpenExample?: (exampleId: string) => void;
}

export function DemoBanner({ ownFiles, onStartFromScratch, examples = [], exampleShown = null, onOpenExample }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [confirmingExample, setConfirmingExample] = useState<{ id: string; name: string } | null>(null);
  // The state is an example as it came: switching loses nothing the participant typed, so no question is asked.
  const openExample = (example: { id: string; name: string }) => (exampleShown === null ? setConfirmingExample(example) : onOpenExample?.(example.id));
  return (
    <>
      <Callout
        tone="info"
        actions={
          <>
            {examples.length > 1 && onOpenExample ? (
              <div className="demo-banner__examples" role="group" aria-labelledby="demo-banner-examples">
                <span id="demo-banner-examples">{t('exercise.examples')}</span>
                {examples.map((example) => (
                  <button
                    key={example.id}
                    type="button"
                    className="button"
                    aria-pressed={example.id === exampleShown}
                    title={t('exercise.exampleOpen', { name: example.name })}
                    onClick={() => (example.id === exampleShown ? undefined : openExample(example))}
                  >
                    {example.name}
                  </button>
                ))}
              </div>
            ) : null}
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('exercise.startFromScratch')}
            </button>
          </>
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
      <ConfirmDialog
        open={confirmingExample !== null}
        title={confirmingExample === null ? '' : t('exercise.exampleOpen', { name: confirmingExample.name })}
        confirmLabel={confirmingExample === null ? '' : t('exercise.exampleOpen', { name: confirmingExample.name })}
        tone="danger"
        onCancel={() => setConfirmingExample(null)}
        onConfirm={() => {
          const example = confirmingExample;
          setConfirmingExample(null);
          if (example !== null) onOpenExample?.(example.id);
        }}
      >
        <p>{confirmingExample === null ? null : t('exercise.exampleConfirm', { name: confirmingExample.name })}</p>
      </ConfirmDialog>
    </>
  );
}
