import type { OutgoingMessage } from './protocol';

// The envelope of every embed message, apart from protocol.ts's schemas: the first view posts
// errors with it, and the schemas load with the embed bridge only (issue 19: own JS budget).
export const EMBED_SOURCE = 'partner-map';
export const EMBED_VERSION = 1;

type Body<M> = Omit<M, 'source' | 'v' | 'type'>;

/** Builds an outgoing message of the given type with the envelope filled in. */
export function embedMessage<T extends OutgoingMessage['type']>(
  type: T,
  body: Body<Extract<OutgoingMessage, { type: T }>>,
): Extract<OutgoingMessage, { type: T }> {
  return { source: EMBED_SOURCE, v: EMBED_VERSION, type, ...body } as Extract<
    OutgoingMessage,
    { type: T }
  >;
}
