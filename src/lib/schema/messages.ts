import type { z } from 'zod/mini';

/** Shortens a value for a one-line problem message. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A zod error option whose message reads "problem; expected …". */
export function expecting(expected: string, problem?: (input: unknown) => string | undefined) {
  return {
    error: (issue: { input?: unknown }) => {
      const input = issue.input;
      const what =
        input === undefined ? 'missing' : (problem?.(input) ?? `${show(input)} is not valid`);
      return `${what}; expected ${expected}`;
    },
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function sizeLimit(
  issue: { origin?: string; inclusive?: boolean },
  bound: number | bigint,
  side: 'least' | 'most',
): string {
  const unit = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
  const exclusive = issue.inclusive === false;
  if (side === 'least') return `${exclusive ? 'more than' : 'at least'} ${bound}${unit}`;
  return `${exclusive ? 'less than' : 'at most'} ${bound}${unit}`;
}

/**
 * Fallback for checks that carry no message of their own, so zod's default
 * English ("Invalid input: expected …") never reaches a problem line.
 */
export const plainIssue: z.core.$ZodErrorMap = (issue) => {
  const input = issue.input;
  const what = input === undefined ? 'missing' : show(input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return input === undefined
        ? `missing; expected ${expected}`
        : `${what} is not ${expected}; expected ${expected}`;
    }
    case 'too_small':
      return `${what} is too small; expected ${sizeLimit(issue, issue.minimum, 'least')}`;
    case 'too_big':
      return `${what} is too big; expected ${sizeLimit(issue, issue.maximum, 'most')}`;
    case 'invalid_format':
      return `${what} is not valid; expected ${issue.format === 'regex' && issue.pattern ? `text matching ${issue.pattern}` : `a valid ${issue.format}`}`;
    case 'invalid_value':
      return `${what} is not allowed; expected ${issue.values.length === 1 ? show(issue.values[0]) : `one of ${issue.values.map((v) => show(v)).join(', ')}`}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => show(k)).join(', ')}; expected only the documented keys`;
    case 'not_multiple_of':
      return `${what} is not a multiple of ${issue.divisor}; expected a multiple of ${issue.divisor}`;
    default:
      return `${what} is not valid; expected a valid value`;
  }
};
