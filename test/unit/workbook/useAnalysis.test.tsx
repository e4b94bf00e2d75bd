import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisMessage, AnalysisReply } from '../../../src/workbook/analysis/protocol';
import { useAnalysis, useStoppableAnalysis, type AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';

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

  it('with restartWhenBusy, a request changed mid-run terminates the busy worker and asks a fresh one, but reuses an idle one', () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { result, rerender } = renderHook(({ n }) => useAnalysis(source, { n }, { restartWhenBusy: true }), { initialProps: { n: 1 } });
    const first = ScriptedWorker.started[0] as ScriptedWorker;
    rerender({ n: 2 });
    expect(first.terminated).toBe(true);
    expect(ScriptedWorker.started).toHaveLength(2);
    const second = ScriptedWorker.started[1] as ScriptedWorker;
    expect(second.asked.map((message) => message.request.n)).toEqual([2]);
    second.reply({ kind: 'done', id: 2, result: 20 });
    expect(result.current).toEqual({ status: 'done', result: 20 });
    // Idle now: the next request goes to the same worker, which keeps what it read.
    rerender({ n: 3 });
    expect(ScriptedWorker.started).toHaveLength(2);
    expect(second.terminated).toBe(false);
    expect(second.asked.map((message) => message.request.n)).toEqual([2, 3]);
  });

  it('stops a run on cancel, keeps the last result, ignores the dropped run, and runs again on rerun or a new request', () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { result, rerender } = renderHook(({ n }) => useStoppableAnalysis(source, { n }), { initialProps: { n: 1 } });
    const first = ScriptedWorker.started[0] as ScriptedWorker;
    first.reply({ kind: 'done', id: 1, result: 10 });
    rerender({ n: 2 });
    expect(result.current.state).toEqual({ status: 'running', fraction: 0, previous: 10 });
    act(() => result.current.cancel());
    expect(first.terminated).toBe(true);
    expect(result.current.state).toEqual({ status: 'stopped', previous: 10 });
    first.reply({ kind: 'done', id: 2, result: 20 });
    expect(result.current.state).toEqual({ status: 'stopped', previous: 10 });

    act(() => result.current.rerun());
    const second = ScriptedWorker.started[1] as ScriptedWorker;
    expect(second.asked.map((message) => message.request.n)).toEqual([2]);
    expect(result.current.state).toEqual({ status: 'running', fraction: 0, previous: 10 });
    second.reply({ kind: 'done', id: (second.asked[0] as AnalysisMessage<{ n: number }>).id, result: 20 });
    expect(result.current.state).toEqual({ status: 'done', result: 20 });

    // Cancel with nothing running changes nothing and keeps the worker.
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ status: 'done', result: 20 });
    expect(second.terminated).toBe(false);
    rerender({ n: 4 });
    expect(second.asked.map((message) => message.request.n)).toEqual([2, 4]);
  });

  it('cancels in the page too, where there is no Worker: the late answer is not shown', async () => {
    const { result } = renderHook(() => useStoppableAnalysis(source, { n: 5 }));
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ status: 'stopped', previous: null });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.current.state).toEqual({ status: 'stopped', previous: null });
  });

  it('runs nothing for a null request', () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { result } = renderHook(() => useAnalysis(source, null));
    expect(result.current).toEqual({ status: 'idle' });
    expect(ScriptedWorker.started).toHaveLength(0);
  });
});
