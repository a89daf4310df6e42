import { INTERFACE_LANGS } from '@/lib/i18n/languages';
import { z } from '@/lib/schema/zod';

/** Messages between the presenter window and its console (same origin, BroadcastChannel). */
export const CHANNEL_NAME = 'partner-map-presenter';

export const consoleMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    tourIndex: z.number().check(z.int()),
    partner: z.nullable(z.string()),
    year: z.nullable(z.number().check(z.int())),
    fields: z.nullable(z.array(z.string())),
    lang: z.enum(INTERFACE_LANGS),
    playing: z.boolean(),
  }),
  z.object({
    type: z.literal('command'),
    action: z.enum(['next', 'previous', 'play', 'reset', 'hello']),
  }),
]);
export type ConsoleMessage = z.infer<typeof consoleMessage>;

export function openChannel(onMessage: (m: ConsoleMessage) => void): {
  post: (m: ConsoleMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent) => {
    const parsed = consoleMessage.safeParse(e.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
