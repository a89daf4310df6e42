import { configSchema, type AppConfig } from '../../src/lib/schema/config-schema.ts';
import { describeJsonError, pathOf } from '../../src/lib/schema/validate-partners.ts';
import { readUtf8 } from './read-text.ts';

export const CONFIG_FILE = 'data/config.json';

export type ConfigResult =
  | { config: AppConfig; fieldIds: [string, ...string[]]; lines: [] }
  | { config?: undefined; lines: string[] };

/** Loads and validates the app config; problems read `data/config.json: path: problem; expected …`. */
export function loadConfig(file = CONFIG_FILE): ConfigResult {
  const read = readUtf8(file, 'the app config (JSON)');
  if ('problem' in read) return { lines: [`${file}: file: ${read.problem}`] };
  let raw: unknown;
  try {
    raw = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      lines: [`${file}: file: ${describeJsonError(read.text, error)}; expected a JSON object`],
    };
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      lines: parsed.error.issues.map((i) => `${file}: ${pathOf(i.path) || 'file'}: ${i.message}`),
    };
  }
  const [first, ...rest] = parsed.data.fields.map((f) => f.id);
  // The schema requires at least one field, so `first` is always there.
  return { config: parsed.data, fieldIds: [first as string, ...rest], lines: [] };
}
