import { useEffect, useRef } from 'react';

/**
 * Cancellation for the import flow's worker requests: each new request aborts the one before, and only the
 * latest may change the screen, since an older one finishing late would overwrite newer state. Whatever is
 * still running when the block unmounts is aborted.
 */
export function useLatestRequest() {
  const token = useRef(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const begin = (): { id: number; signal: AbortSignal } => {
    controller.current?.abort();
    const next = new AbortController();
    controller.current = next;
    return { id: ++token.current, signal: next.signal };
  };

  /** Drops the running request: it is aborted and its late answer, if any, is ignored. */
  const stop = () => {
    token.current++;
    controller.current?.abort();
    controller.current = null;
  };

  const isLatest = (id: number) => id === token.current;

  /** The request has answered, so there is nothing left to abort. */
  const finished = () => {
    controller.current = null;
  };

  return { begin, stop, isLatest, finished };
}
