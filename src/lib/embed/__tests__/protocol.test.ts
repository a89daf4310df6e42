import { describe, expect, it } from 'vitest';
import { embedMessage } from '../envelope';
import {
  errorMessage,
  incomingMessage,
  outgoingMessage,
  parseIncoming,
  readyMessage,
  resetMessage,
  resizeMessage,
  selectMessage,
  setFieldsMessage,
  setLangMessage,
  setYearMessage,
  stateMessage,
} from '../protocol';

const env = { source: 'partner-map', v: 1 } as const;
const view = {
  year: 2010,
  fields: ['ports', 'it'],
  partner: null,
  lang: 'en',
  visible: ['yokohama'],
} as const;

describe('outgoing messages: one schema per type', () => {
  it.each([
    [readyMessage, { ...env, type: 'ready', partners: 50, ...view }],
    [stateMessage, { ...env, type: 'state', ...view, year: null, partner: 'le-havre' }],
    [resizeMessage, { ...env, type: 'resize', height: 640 }],
    [errorMessage, { ...env, type: 'error', code: 'webgl', message: 'WebGL is not available' }],
  ] as const)('%#: accepts the documented example', (schema, example) => {
    expect(schema.safeParse(example).success).toBe(true);
    expect(outgoingMessage.safeParse(example).success).toBe(true);
  });

  it('builds messages with the envelope, and they validate', () => {
    const ready = embedMessage('ready', {
      partners: 50,
      ...view,
      fields: [...view.fields],
      visible: [...view.visible],
    });
    expect(ready).toMatchObject({ source: 'partner-map', v: 1, type: 'ready', partners: 50 });
    expect(readyMessage.parse(ready)).toEqual(ready);
    expect(resizeMessage.parse(embedMessage('resize', { height: 600 })).height).toBe(600);
  });

  it('is strict: no extra keys, no partner count in state, no unknown error code', () => {
    expect(stateMessage.safeParse({ ...env, type: 'state', ...view, partners: 3 }).success).toBe(
      false,
    );
    expect(resizeMessage.safeParse({ ...env, type: 'resize', height: 0 }).success).toBe(false);
    expect(resizeMessage.safeParse({ ...env, type: 'resize', height: 12.5 }).success).toBe(false);
    expect(
      errorMessage.safeParse({ ...env, type: 'error', code: 'network', message: 'x' }).success,
    ).toBe(false);
  });
});

describe('incoming messages', () => {
  it.each([
    [selectMessage, { ...env, type: 'select', id: 'le-havre' }],
    [selectMessage, { ...env, type: 'select', id: null }],
    [setYearMessage, { ...env, type: 'setYear', year: 2010 }],
    [setYearMessage, { ...env, type: 'setYear', year: null }],
    [setFieldsMessage, { ...env, type: 'setFields', fields: ['ports', 'unrecorded'] }],
    [setFieldsMessage, { ...env, type: 'setFields', fields: [] }],
    [setLangMessage, { ...env, type: 'setLang', lang: 'vi' }],
    [resetMessage, { ...env, type: 'reset' }],
  ] as const)('%#: accepts the documented example', (schema, example) => {
    expect(schema.safeParse(example).success).toBe(true);
    expect(parseIncoming(example)).toEqual({ ok: true, message: example });
  });

  it('ignores unknown keys (a later minor addition) but keeps the known ones', () => {
    const parsed = incomingMessage.parse({ ...env, type: 'setYear', year: 2012, animate: true });
    expect(parsed).toEqual({ ...env, type: 'setYear', year: 2012 });
  });

  it.each([
    ['not an object', 'select le-havre'],
    ['null', null],
    ['another source', { source: 'other', v: 1, type: 'reset' }],
    ['another version', { source: 'partner-map', v: 2, type: 'reset' }],
    ['an outgoing type', { ...env, type: 'state', ...view }],
    ['an unknown type', { ...env, type: 'zoom', level: 3 }],
    ['select without id', { ...env, type: 'select' }],
    ['select with a bad id', { ...env, type: 'select', id: '<img src=x>' }],
    ['setYear with text', { ...env, type: 'setYear', year: '2010' }],
    ['setYear with a fraction', { ...env, type: 'setYear', year: 2010.5 }],
    ['setFields with a string', { ...env, type: 'setFields', fields: 'ports' }],
    ['setLang with fr', { ...env, type: 'setLang', lang: 'fr' }],
  ])('rejects %s with a reason', (_, data) => {
    const result = parseIncoming(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/\S/);
  });
});
