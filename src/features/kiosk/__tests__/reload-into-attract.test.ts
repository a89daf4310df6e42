import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_DATA } from '@/sw/messages';

/** Lets every pending promise and message run. */
const settle = () => new Promise((r) => setImmediate(r));

/** What happened, in order: the worker update, its takeover, the data refresh, the mark, the reload. */
let steps: string[];
let history: { state: unknown; replaceState: (state: unknown) => void };
let win: EventTarget;

/** A service-worker container with a newer version waiting, and a controller that refreshes data. */
function fakeContainer() {
  const target = new EventTarget();
  let replyTo: MessagePort | undefined;
  const registration = {
    installing: null as object | null,
    waiting: null as object | null,
    update: async () => {
      steps.push('update found a newer worker');
      registration.waiting = {};
    },
  };
  const container = {
    controller: {
      postMessage: (message: { type: string }, [port]: MessagePort[]) => {
        steps.push(`asked: ${message.type}`);
        replyTo = port;
      },
    },
    getRegistration: async () => registration,
    addEventListener: target.addEventListener.bind(target),
  };
  return {
    container: container as unknown as ServiceWorkerContainer,
    takeOver: () => {
      steps.push('newer worker controls');
      target.dispatchEvent(new Event('controllerchange'));
    },
    dataRefreshed: () => {
      steps.push('data refreshed');
      replyTo?.postMessage('done');
    },
    asked: () => replyTo !== undefined,
  };
}

beforeEach(() => {
  vi.resetModules();
  steps = [];
  history = {
    state: null,
    replaceState: (state) => {
      steps.push('marked for attract');
      history.state = state;
    },
  };
  win = Object.assign(new EventTarget(), {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    history,
    location: { reload: () => steps.push('reload') },
  });
  vi.stubGlobal('window', win);
});
afterEach(() => vi.unstubAllGlobals());

describe('reloadIntoAttract', () => {
  it('reloads only after the newer worker took over and the newest data is in its cache', async () => {
    const { reloadIntoAttract } = await import('../lib/reload-into-attract');
    const sw = fakeContainer();
    const done = reloadIntoAttract(2, sw.container);

    await vi.waitFor(() => expect(steps).toContain('update found a newer worker'));
    // Waiting for the takeover: nothing else yet.
    await settle();
    expect(steps).toEqual(['update found a newer worker']);

    sw.takeOver();
    await vi.waitFor(() => expect(sw.asked()).toBe(true));
    await settle();
    expect(steps).not.toContain('reload');

    sw.dataRefreshed();
    await done;
    expect(steps).toEqual([
      'update found a newer worker',
      'newer worker controls',
      `asked: ${REFRESH_DATA}`,
      'data refreshed',
      'marked for attract',
      'reload',
    ]);
    expect(history.state).toEqual({ partnerMapKiosk: { attract: true, reloads: 3 } });
  });

  it('a visitor who touches the screen meanwhile keeps the page; the next try reloads', async () => {
    const { reloadIntoAttract } = await import('../lib/reload-into-attract');
    const sw = fakeContainer();
    const done = reloadIntoAttract(0, sw.container);
    await vi.waitFor(() => expect(steps).toContain('update found a newer worker'));
    win.dispatchEvent(new Event('pointerdown'));
    sw.takeOver();
    await vi.waitFor(() => expect(sw.asked()).toBe(true));
    sw.dataRefreshed();
    await done;
    expect(steps).not.toContain('reload');
    expect(history.state).toBeNull();

    // Later, at the next idle, nobody there: the reload happens.
    const again = fakeContainer();
    const next = reloadIntoAttract(0, again.container);
    await vi.waitFor(() => expect(steps.at(-1)).toBe('update found a newer worker'));
    again.takeOver();
    await vi.waitFor(() => expect(again.asked()).toBe(true));
    again.dataRefreshed();
    await next;
    expect(steps.at(-1)).toBe('reload');
  });

  it('reloads at once where no service worker is registered', async () => {
    const { reloadIntoAttract } = await import('../lib/reload-into-attract');
    const none = { controller: null, getRegistration: async () => undefined };
    await reloadIntoAttract(0, none as unknown as ServiceWorkerContainer);
    expect(steps).toEqual(['marked for attract', 'reload']);
  });
});
