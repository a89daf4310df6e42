import type { Partner } from '../../src/types/partner.ts';
import { formatProblem, validatePartnersText } from '../../src/lib/schema/validate-partners.ts';
import { fontWarnings } from '../../src/lib/fonts/font-coverage.ts';
import { CONFIG_FILE, loadConfig } from './load-config.ts';
import { readUtf8 } from './read-text.ts';

export const DEFAULT_PARTNERS_FILE = 'data/partners.geojson';

export interface CheckResult {
  /** One line per problem: `FILE: features[i] (id "x"): properties.p: problem; expected …`. */
  lines: string[];
  warnings: string[];
  ok: boolean;
  /** The records that passed, in file order. */
  partners: Partner[];
  /** The parsed file when it is a usable collection (for data:export). */
  raw?: unknown;
}

/** Validates a partners file against data/config.json; `file` is shown exactly as given. */
export function checkPartnersFile(
  file: string,
  options: { configFile?: string } = {},
): CheckResult {
  const loaded = loadConfig(options.configFile ?? CONFIG_FILE);
  if (!loaded.config) return { lines: loaded.lines, warnings: [], ok: false, partners: [] };
  const read = readUtf8(file, 'a partners GeoJSON file');
  if ('problem' in read)
    return { lines: [`${file}: file: ${read.problem}`], warnings: [], ok: false, partners: [] };

  const result = validatePartnersText(read.text, {
    fieldIds: loaded.fieldIds,
    maxBytes: loaded.config.maxDataBytes,
  });
  const raw: unknown = result.fatal ? undefined : JSON.parse(read.text.replace(/^\uFEFF/, ''));
  const features = (raw as { features?: unknown[] } | undefined)?.features ?? [];
  const warnings = [...result.warnings, ...fontWarnings(features)].map((w) =>
    formatProblem(file, w),
  );
  if (result.fatal)
    return {
      lines: [formatProblem(file, result.fatal.problem)],
      warnings,
      ok: false,
      partners: [],
    };
  const lines = result.problems.map((p) => formatProblem(file, p));
  return {
    lines,
    warnings,
    ok: lines.length === 0,
    partners: result.partners,
    raw,
  };
}
