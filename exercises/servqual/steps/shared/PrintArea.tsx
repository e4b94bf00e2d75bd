import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Prints one part of a step (the questionnaire, the plan) without the app around it: the part is copied into
 * a layer directly under <body> and the print rules hide everything else (servqual.css, `html[data-sq-print]`).
 * The print dialog opens after that layer has rendered, and the layer goes when the dialog closes.
 */
export function usePrintArea(): { printing: boolean; print: () => void; layer: (content: ReactNode) => ReactNode } {
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    root.setAttribute('data-sq-print', '');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    // Charts and fonts settle after layout; the dialog freezes the page as it is.
    const timer = window.setTimeout(() => {
      window.print();
      // Without the afterprint event, print() returns once the dialog is closed.
      if (!('onafterprint' in window)) done();
    }, 150);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
      root.removeAttribute('data-sq-print');
    };
  }, [printing]);

  return {
    printing,
    print: () => setPrinting(true),
    layer: (content) => (printing ? createPortal(<div className="sq-print-layer">{content}</div>, document.body) : null),
  };
}
