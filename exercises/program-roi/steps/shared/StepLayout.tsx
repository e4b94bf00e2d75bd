import type { ReactNode } from 'react';
import './roi.css';

/**
 * Inputs, then results; in presenter mode side by side (or results first on a narrow screen), so what
 * the room is looking at is the figures, not the form.
 */
export function StepLayout({ presenter, inputs, results }: { presenter: boolean; inputs: ReactNode; results: ReactNode }) {
  return (
    <div className={`roi-layout${presenter ? ' roi-layout--presenter' : ''}`}>
      <div className="roi-layout__inputs">{inputs}</div>
      <div className="roi-layout__results">{results}</div>
    </div>
  );
}
