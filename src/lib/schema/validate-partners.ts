import type { Partner } from '@/types/partner';
import { show } from './messages';
import { makePartnerSchema, PARTNER_KEYS, partnerOf, unknownKeys } from './partner-schema';
import { classifyIssue, type ProblemCode, type ProblemParams } from './problem-codes';
import { sourceWarnings } from './source-warnings';

export interface Problem {
  /** 0-based feature index; undefined for a problem with the whole file. */
  index?: number;
  id?: string;
  path: string;
  /** The English line data:check prints. */
  message: string;
  /** What the UI words in its own language, from `params`. */
  code: ProblemCode;
  params: ProblemParams;
}

export interface ValidationResult {
  partners: Partner[];
  problems: Problem[];
  warnings: Problem[];
  /** Set when the file as a whole cannot be used; `partners` is then empty. */
  fatal?: { kind: 'too-big' | 'not-json' | 'not-collection' | 'empty'; problem: Problem };
}

export interface ValidateOptions {
  fieldIds: readonly [string, ...string[]];
  maxBytes?: number;
}

/** `FILE: features[i] (id "x"): properties.p: problem; expected …` */
export function formatProblem(file: string, p: Problem): string {
  const where =
    p.index === undefined
      ? ''
      : `features[${p.index}] (${p.id === undefined ? 'no id' : `id ${show(p.id)}`}): `;
  return `${file}: ${where}${p.path}: ${p.message}`;
}

export function pathOf(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Turns a JSON.parse error into "not valid JSON at line L, column C"; engines word (and place) it differently. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : /unexpected end/i.test(message) ? text.length : undefined;
  if (offset === undefined) {
    const token = /unexpected token '?(.)'?/i.exec(message);
    return token ? `not valid JSON (unexpected ${show(token[1])})` : 'not valid JSON';
  }
  if (text.slice(offset).trim() === '')
    return `not valid JSON: the text ends too early at ${lineColumn(text, offset)} (is the file truncated?)`;
  return `not valid JSON at ${lineColumn(text, offset)}`;
}

const fatal = (
  kind: NonNullable<ValidationResult['fatal']>['kind'],
  path: string,
  message: string,
  params: ProblemParams = {},
): ValidationResult => ({
  partners: [],
  problems: [],
  warnings: [],
  fatal: { kind, problem: { path, message, code: kind, params } },
});

/** Parses and validates a partners file; bad records are reported and left out, the rest are kept. */
export function validatePartnersText(text: string, options: ValidateOptions): ValidationResult {
  const bytes = new TextEncoder().encode(text).length;
  if (options.maxBytes !== undefined && bytes > options.maxBytes) {
    return fatal(
      'too-big',
      'file',
      `${bytes} bytes is too big; expected at most ${options.maxBytes} bytes (config maxDataBytes)`,
      { bytes, max: options.maxBytes },
    );
  }
  const warnings: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push({
      path: 'file',
      message: 'starts with a byte-order mark (ignored); expected UTF-8 without BOM',
      code: 'bom',
      params: {},
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fatal(
      'not-json',
      'file',
      `${describeJsonError(text, error)}; expected a GeoJSON FeatureCollection`,
    );
  }
  const result = validatePartners(raw, options);
  result.warnings.unshift(...warnings);
  return result;
}

export function validatePartners(raw: unknown, options: ValidateOptions): ValidationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fatal(
      'not-collection',
      'file',
      `${Array.isArray(raw) ? 'an array' : show(raw)} is not an object; expected a GeoJSON FeatureCollection`,
    );
  }
  const root = raw as Record<string, unknown>;
  if (root.type !== 'FeatureCollection') {
    return fatal(
      'not-collection',
      'type',
      `${show(root.type)} is not "FeatureCollection"; expected a GeoJSON FeatureCollection`,
    );
  }
  if (!Array.isArray(root.features)) {
    return fatal(
      'not-collection',
      'features',
      `${show(root.features)} is not an array; expected an array of Point features`,
    );
  }
  if (root.features.length === 0) {
    return fatal('empty', 'features', 'the collection is empty; expected at least one partner');
  }
  const schema = makePartnerSchema(options.fieldIds);
  const partners: Partner[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const firstIndex = new Map<string, number>();

  root.features.forEach((feature: unknown, index) => {
    const props = (feature as { properties?: { id?: unknown } } | null)?.properties;
    const id = typeof props?.id === 'string' ? props.id : undefined;
    const parsed = schema.safeParse(feature);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // An issue with the feature itself (e.g. null) has no path: name it, not an empty "::".
        const path = pathOf(issue.path) || 'feature';
        problems.push({
          index,
          id,
          path,
          message: issue.message,
          ...classifyIssue(feature, issue),
        });
      }
      return;
    }
    const p = parsed.data.properties;
    const first = firstIndex.get(p.id);
    if (first !== undefined) {
      problems.push({
        index,
        id,
        path: 'properties.id',
        message: `duplicate id ${show(p.id)} (first at features[${first}]); expected a unique id`,
        code: 'duplicate-id',
        params: { column: 'id', value: show(p.id), first },
      });
      return;
    }
    firstIndex.set(p.id, index);
    for (const key of unknownKeys(p)) {
      warnings.push({
        index,
        id,
        path: `properties.${key}`,
        message: `unknown property (ignored); expected only ${PARTNER_KEYS.join(', ')}`,
        code: 'unknown-property',
        params: { column: key },
      });
    }
    for (const w of sourceWarnings(p.sources)) warnings.push({ index, id, ...w });
    for (const w of sourceWarnings((p.nativeName ?? []).map((n) => n.source))) {
      const path = w.path.replace(
        /^properties\.sources\[(\d+)\]/,
        'properties.nativeName[$1].source',
      );
      warnings.push({ index, id, ...w, path });
    }
    partners.push(partnerOf(parsed.data));
  });
  return { partners, problems, warnings };
}
