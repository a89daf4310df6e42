import { describe, expect, it } from 'vitest';
import doc from '../../../../docs/embed.md?raw';
import { incomingMessage, outgoingMessage } from '../protocol';

/** The ```json blocks of docs/embed.md that are messages (not the `"type": "…"` envelope sketch). */
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .filter((text) => text.includes('"source"'))
  .map((text) => JSON.parse(text) as { type: string })
  .filter((message) => message.type !== '…');

describe('docs/embed.md', () => {
  it('shows an example of every message type', () => {
    expect(examples.map((e) => e.type).sort()).toEqual(
      [
        'ready',
        'state',
        'resize',
        'error',
        'select',
        'setYear',
        'setFields',
        'setLang',
        'reset',
      ].sort(),
    );
  });

  it.each(examples.map((e) => [e.type, e] as const))('its %s example is valid', (_, example) => {
    const schema = ['ready', 'state', 'resize', 'error'].includes(example.type)
      ? outgoingMessage
      : incomingMessage;
    const parsed = schema.safeParse(example);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // Strict both ways in the docs: nothing the schema would drop.
    expect(parsed.data).toEqual(example);
  });
});
