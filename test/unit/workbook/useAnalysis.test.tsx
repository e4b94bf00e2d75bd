import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisMessage, AnalysisReply } from '../../../src/workbook/analysis/protocol';
import { useAnalysis, type AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';

/** A worker the test answers by hand: it records what the page asked and replies when told to. */
class ScriptedWorker {
  static started: ScriptedWorker[] = [];
  onmessage: ((event: MessageEvent<AnalysisReply<number>>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  asked: AnalysisMessage<{ n: number }>[] = [];
  terminated = false;
  constructor() {
    ScriptedWorker.started.push(this);
  }
  postMessage(message: AnalysisMessage<{ n: number }>) {
    this.asked.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: AnalysisReply<number>) {
    act(() => this.onmessage?.({ data: reply } as MessageEvent<AnalysisReply<number>>));
  }
}

const source: AnalysisSource<{ n: number }, number> = {
  startWorker: () => new ScriptedWorker() as unknown as Worker,
  inline: async () => (request) => request.n * 10,
};

describe('useAnalysis', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    ScriptedWorker.started = [];
  });

  it('runs in the page where there is no Worker, and reruns when the request changes by value', async () => {
    const { result, rerender } = renderHook(({ n }) => useAnalysis(source, { n }), { initialProps: { n: 1 } });
    await vi.waitFor(() => expect(result.current).toEqual({ status: 'done', result: 10 }));
    rerender({ n: 2 });
    await vi.waitFor(() => expect(result.current).toEqual({ status: 'done', result: 20 }));
  });

  it('keeps one worker for its reruns, shows the last result while the next runs, ignores late answers, and stops on unmount', () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { result, rerender, unmount } = renderHook(({ n }) => useAnalysis(source, { n }), { initialProps: { n: 1 } });
    const worker = ScriptedWorker.started[0] as ScriptedWorker;
    expect(result.current).toEqual({ status: 'running', fraction: 0, previous: null });
    worker.reply({ kind: 'progress', id: 1, fraction: 0.5 });
    expect(result.current).toEqual({ status: 'running', fraction: 0.5, previous: null });
    worker.reply({ kind: 'done', id: 1, result: 10 });
    expect(result.current).toEqual({ status: 'done', result: 10 });

    rerender({ n: 2 });
    rerender({ n: 3 });
    expect(ScriptedWorker.started).toHaveLength(1);
    expect(worker.asked.map((message) => message.request.n)).toEqual([1, 2, 3]);
    expect(result.current).toEqual({ status: 'running', fraction: 0, previous: 10 });
    // The answer for n = 2 arrives after n = 3 was asked: it is not shown.
    worker.reply({ kind: 'done', id: 2, result: 20 });
    expect(result.current).toEqual({ status: 'running', fraction: 0, previous: 10 });
    worker.reply({ kind: 'done', id: 3, result: 30 });
    expect(result.current).toEqual({ status: 'done', result: 30 });

    unmount();
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that dies, and starts a new one for the next request', () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { result, rerender } = renderHook(({ n }) => useAnalysis(source, { n }), { initialProps: { n: 1 } });
    const first = ScriptedWorker.started[0] as ScriptedWorker;
    act(() => first.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent));
    expect(result.current).toEqual({ status: 'failed', message: 'out of memory' });
    rerender({ n: 2 });
    expect(ScriptedWorker.started).toHaveLength(2);
  });

  it('runs nothing for a null request', () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { result } = renderHook(() => useAnalysis(source, null));
    expect(result.current).toEqual({ status: 'idle' });
    expect(ScriptedWorker.started).toHaveLength(0);
  });
});
