import { INTERFACE_LANGS } from '@/lib/i18n/languages';
import { z } from '@/lib/schema/zod';
import { EMBED_SOURCE, EMBED_VERSION } from './envelope';

/**
 * The embed postMessage API, version 1 (documented in docs/embed.md).
 *
 * Every message is a flat object `{ source: "partner-map", v: 1, type, …fields }`, with one schema
 * per type. Outgoing messages are strict (the app builds them); incoming ones ignore unknown keys,
 * so a host written for a later minor addition still drives this version.
 */
const envelope = {
  source: z.literal(EMBED_SOURCE),
  v: z.literal(EMBED_VERSION),
};

const partnerId = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const fieldId = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const year = z.number().check(z.int(), z.gte(-9999), z.lte(9999));
const lang = z.enum(INTERFACE_LANGS);

/** What the host sees of the view: shared by `ready` and `state`. */
const view = {
  /** The cumulative year; null = today (everything signed so far, undated partners included). */
  year: z.nullable(year),
  /** Field ids switched on (and `unrecorded`); every id when all are on. */
  fields: z.array(fieldId),
  /** The selected partner, or null. */
  partner: z.nullable(partnerId),
  lang,
  /** Ids of the partners shown at this year with these fields, in data order. */
  visible: z.array(partnerId),
};

// ── Out: app → host ──────────────────────────────────────────────────────────

export const readyMessage = z.strictObject({
  ...envelope,
  type: z.literal('ready'),
  /** Partners loaded (broken records left out). */
  partners: z.number().check(z.int(), z.gte(0)),
  ...view,
});

export const stateMessage = z.strictObject({
  ...envelope,
  type: z.literal('state'),
  ...view,
});

export const resizeMessage = z.strictObject({
  ...envelope,
  type: z.literal('resize'),
  /** Preferred iframe height in CSS pixels, derived from the iframe's width only. */
  height: z.number().check(z.int(), z.gte(1), z.lte(10_000)),
});

export const ERROR_CODES = ['data', 'webgl', 'config'] as const;
export type EmbedErrorCode = (typeof ERROR_CODES)[number];

export const errorMessage = z.strictObject({
  ...envelope,
  type: z.literal('error'),
  code: z.enum(ERROR_CODES),
  message: z.string().check(z.maxLength(2000)),
});

export const outgoingMessage = z.discriminatedUnion('type', [
  readyMessage,
  stateMessage,
  resizeMessage,
  errorMessage,
]);

// ── In: host → app ───────────────────────────────────────────────────────────

export const selectMessage = z.object({
  ...envelope,
  type: z.literal('select'),
  id: z.nullable(partnerId),
});

export const setYearMessage = z.object({
  ...envelope,
  type: z.literal('setYear'),
  year: z.nullable(year),
});

export const setFieldsMessage = z.object({
  ...envelope,
  type: z.literal('setFields'),
  fields: z.array(fieldId).check(z.maxLength(200)),
});

export const setLangMessage = z.object({
  ...envelope,
  type: z.literal('setLang'),
  lang,
});

export const resetMessage = z.object({
  ...envelope,
  type: z.literal('reset'),
});

export const incomingMessage = z.discriminatedUnion('type', [
  selectMessage,
  setYearMessage,
  setFieldsMessage,
  setLangMessage,
  resetMessage,
]);

export type ReadyMessage = z.output<typeof readyMessage>;
export type StateMessage = z.output<typeof stateMessage>;
export type ResizeMessage = z.output<typeof resizeMessage>;
export type ErrorMessage = z.output<typeof errorMessage>;
export type OutgoingMessage = z.output<typeof outgoingMessage>;
export type IncomingMessage = z.output<typeof incomingMessage>;

/** The view fields shared by `ready` and `state`. */
export type EmbedView = Omit<StateMessage, 'source' | 'v' | 'type'>;

/** Validates a message from the host; a plain-language reason when it is not one. */
export function parseIncoming(
  data: unknown,
): { ok: true; message: IncomingMessage } | { ok: false; reason: string } {
  const parsed = incomingMessage.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `${where}${issue?.message ?? 'invalid message'}` };
}
