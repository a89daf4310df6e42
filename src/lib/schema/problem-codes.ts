import { show } from './messages';

/** What kind of problem a record has: the UI words each code in its own language. */
export type ProblemCode =
  | 'missing'
  | 'not-text'
  | 'empty-text'
  | 'markup'
  | 'bad-id'
  | 'bad-country'
  | 'unknown-value'
  | 'bad-date'
  | 'bad-url'
  | 'truncated-url'
  | 'coordinate'
  | 'no-source'
  | 'duplicate-id'
  | 'unknown-property'
  | 'outlet-title'
  | 'unencoded-url'
  | 'no-font'
  | 'invalid'
  // Whole-file problems.
  | 'too-big'
  | 'not-json'
  | 'not-collection'
  | 'empty'
  | 'bom'
  // Spreadsheet problems.
  | 'csv'
  | 'milestones-json'
  | 'native-name-json'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'no-rows';

/** `column`: the spreadsheet column (as data:export names it); `value`: the offending value, shortened. */
export type ProblemParams = Record<string, string | number>;

const ELLIPSIS = /…|\.\.\./;
const MARKUP = /<\s*[a-z!/?]|&#?[a-z0-9]+;/i;
const ENUMS = new Set(['kind', 'relation', 'confidence', 'fields']);

/** The spreadsheet column a feature path lives in: properties.sources[0].url → source_1_url. */
export function columnOf(path: readonly PropertyKey[]): string {
  const [root, key, a, b] = path;
  if (root === 'geometry') return a === 1 ? 'lat' : a === 0 ? 'lon' : 'lon';
  if (root !== 'properties' || key === undefined) return String(root ?? 'feature');
  if (key === 'sources' && typeof a === 'number')
    return `source_${a + 1}_${b === 'url' ? 'url' : 'title'}`;
  if ((key === 'name' || key === 'summary' || key === 'note') && (a === 'vi' || a === 'en'))
    return `${String(key)}_${a}`;
  return String(key);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Code and parameters for one schema issue on `feature`, read from its path and value. */
export function classifyIssue(
  feature: unknown,
  issue: { code: string; path: readonly PropertyKey[] },
): { code: ProblemCode; params: ProblemParams } {
  const path = issue.path;
  const input = valueAt(feature, path);
  const last = path.at(-1);
  const params: ProblemParams = { column: columnOf(path), value: show(input) };
  const code = ((): ProblemCode => {
    if (input === undefined) return 'missing';
    if (path[0] === 'geometry' && path[1] === 'coordinates') return 'coordinate';
    if (last === 'sources' && issue.code === 'too_small') return 'no-source';
    if (last === 'signed' || last === 'date') return 'bad-date';
    if (last === 'url')
      return typeof input === 'string' && ELLIPSIS.test(input) ? 'truncated-url' : 'bad-url';
    if (path.length === 2 && last === 'id') return 'bad-id';
    if (last === 'country') return 'bad-country';
    if (path.some((k) => typeof k === 'string' && ENUMS.has(k))) return 'unknown-value';
    if (typeof input !== 'string') return issue.code === 'invalid_type' ? 'not-text' : 'invalid';
    if (input.trim() === '') return 'empty-text';
    if (MARKUP.test(input)) return 'markup';
    return 'invalid';
  })();
  return { code, params };
}
