import { MODES, type Mode } from '@/lib/modes/profiles';
import { describeLangs, INTERFACE_LANGS, type UiLang } from '@/lib/i18n/languages';

export type { Mode };
export const THEMES = ['light', 'dark', 'contrast'] as const;
export const PROJECTIONS = ['mercator', 'globe'] as const;
export const UNRECORDED = 'unrecorded';

export type Theme = (typeof THEMES)[number];
export type Projection = (typeof PROJECTIONS)[number];

/** Everything the URL carries. `null` means "absent": the default applies. */
export interface UrlState {
  lang: UiLang | null;
  mode: Mode | null;
  partner: string | null;
  year: number | null;
  /** Field ids turned on (plus `unrecorded`); null = all on. */
  fields: string[] | null;
  projection: Projection;
  theme: Theme | null;
  data: string | null;
  idle: number | null;
  /** Kiosk operator view kept open (`health=1`). */
  health: boolean;
}

export const EMPTY_URL_STATE: UrlState = {
  lang: null,
  mode: null,
  partner: null,
  year: null,
  fields: null,
  projection: 'mercator',
  theme: null,
  data: null,
  idle: null,
  health: false,
};

export interface ParseContext {
  fieldIds: readonly string[];
  /** Extra parameters other features read themselves (not warned about). */
  knownExtra?: readonly string[];
}

const oneOf = <T extends string>(list: readonly T[], v: string): T | null =>
  (list as readonly string[]).includes(v) ? (v as T) : null;

/** Reads the URL; unknown parameters and invalid values are dropped with a warning, never thrown. */
export function parseUrlState(
  search: string,
  ctx: ParseContext,
): { state: UrlState; warnings: string[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...EMPTY_URL_STATE };
  const warnings: string[] = [];
  const invalid = (key: string, value: string, expected: string) =>
    warnings.push(`Ignoring ?${key}=${value}: expected ${expected}`);

  for (const [key, value] of params) {
    switch (key) {
      case 'lang':
        state.lang = oneOf(INTERFACE_LANGS, value);
        if (!state.lang) invalid(key, value, describeLangs());
        break;
      case 'mode':
        state.mode = oneOf(MODES, value);
        if (!state.mode) invalid(key, value, MODES.join(', '));
        break;
      case 'partner':
        if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) state.partner = value;
        else invalid(key, value, 'a partner id');
        break;
      case 'year':
        if (/^-?\d{1,4}$/.test(value)) state.year = Number(value);
        else invalid(key, value, 'a year such as 2010');
        break;
      case 'fields': {
        const ids = value === '' ? [] : value.split(',');
        const valid = ids.filter((id) => id === UNRECORDED || ctx.fieldIds.includes(id));
        for (const id of ids)
          if (!valid.includes(id))
            invalid(key, id, `field ids (${ctx.fieldIds.join(', ')}, ${UNRECORDED})`);
        state.fields = [...new Set(valid)];
        break;
      }
      case 'projection': {
        const p = oneOf(PROJECTIONS, value);
        if (p) state.projection = p;
        else invalid(key, value, PROJECTIONS.join(' or '));
        break;
      }
      case 'theme':
        state.theme = oneOf(THEMES, value);
        if (!state.theme) invalid(key, value, THEMES.join(', '));
        break;
      case 'data':
        if (value) state.data = value;
        break;
      case 'idle':
        if (/^\d{1,5}$/.test(value) && Number(value) > 0) state.idle = Number(value);
        else invalid(key, value, 'a number of seconds');
        break;
      case 'health':
        if (value === '1') state.health = true;
        else invalid(key, value, '1');
        break;
      default:
        if (!ctx.knownExtra?.includes(key)) warnings.push(`Ignoring unknown parameter ?${key}`);
    }
  }
  return { state, warnings };
}

export interface SerializeContext {
  defaultLang: UiLang;
  fieldIds: readonly string[];
}

/** Writes the canonical query string: defaults left out, keys in a fixed order. */
export function serializeUrlState(
  state: UrlState,
  ctx: SerializeContext,
  extra?: URLSearchParams,
): string {
  const params = new URLSearchParams();
  if (state.lang && state.lang !== ctx.defaultLang) params.set('lang', state.lang);
  if (state.mode) params.set('mode', state.mode);
  if (state.partner) params.set('partner', state.partner);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.fields !== null) {
    const order = [...ctx.fieldIds, UNRECORDED];
    const on = order.filter((id) => state.fields?.includes(id));
    if (on.length !== order.length) params.set('fields', on.join(','));
  }
  if (state.projection !== 'mercator') params.set('projection', state.projection);
  if (state.theme) params.set('theme', state.theme);
  if (state.data) params.set('data', state.data);
  if (state.idle !== null) params.set('idle', String(state.idle));
  if (state.health) params.set('health', '1');
  extra?.forEach((value, key) => params.set(key, value));
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
