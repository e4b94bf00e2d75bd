/**
 * The workers parse files the user picked, which may be hostile. A Content-Security-Policy reaches a worker
 * only through its script's response headers, which a static host may not send; so each worker also takes
 * the network away from itself before it reads anything: the app never needs it after load, and code that
 * tries (a parser bug, a crafted file) fails here. Module loading (`import()`) and IndexedDB are untouched.
 */
const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'] as const;

export const NETWORK_SEALED_MESSAGE = 'network access is disabled in this worker';

export function sealNetwork(scope: object): void {
  for (const name of NETWORK_APIS) {
    if (!(name in scope)) continue;
    const refuse =
      name === 'fetch'
        ? () => Promise.reject(new TypeError(NETWORK_SEALED_MESSAGE))
        : function refuse() {
            throw new TypeError(NETWORK_SEALED_MESSAGE);
          };
    Object.defineProperty(scope, name, { value: refuse, writable: false, configurable: false });
  }
}
