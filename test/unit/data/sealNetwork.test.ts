import { describe, expect, it } from 'vitest';
import { NETWORK_SEALED_MESSAGE, sealNetwork } from '../../../src/data/sealNetwork';

describe('sealNetwork', () => {
  it('makes fetch reject and the other network constructors throw, for good', async () => {
    const scope: Record<string, unknown> = {
      fetch: () => Promise.resolve('reached'),
      XMLHttpRequest: class {},
      WebSocket: class {},
      indexedDB: 'kept',
    };
    sealNetwork(scope);
    await expect((scope.fetch as () => Promise<unknown>)()).rejects.toThrow(NETWORK_SEALED_MESSAGE);
    expect(() => new (scope.XMLHttpRequest as new () => unknown)()).toThrow(NETWORK_SEALED_MESSAGE);
    expect(() => (scope.WebSocket as () => unknown)()).toThrow(NETWORK_SEALED_MESSAGE);
    expect(scope.indexedDB).toBe('kept');
    // Code running later in the worker cannot put them back.
    expect(() => {
      'use strict';
      scope.fetch = () => Promise.resolve('reached');
    }).toThrow(TypeError);
    expect('EventSource' in scope).toBe(false);
  });
});
