import { dateSortKey } from '@/lib/schema/dates';
import { localizedText } from '@/lib/schema/text';
import { z } from '@/lib/schema/zod';
import type { LocalizedText, Partner } from '@/types/partner';

export type TourStep =
  | { type: 'partner'; id: string; caption?: LocalizedText }
  | { type: 'year'; year: number | null; caption?: LocalizedText }
  | { type: 'field'; field: string; caption?: LocalizedText };

const caption = z.optional(localizedText('caption'));

export const tourSchema = z.object({
  $schema: z.optional(z.string()),
  steps: z
    .array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('partner'), id: z.string().check(z.minLength(1)), caption }),
        z.object({
          type: z.literal('year'),
          year: z.nullable(z.number().check(z.int())),
          caption,
        }),
        z.object({ type: z.literal('field'), field: z.string().check(z.minLength(1)), caption }),
      ]),
    )
    .check(z.minLength(1)),
});

/** Keeps the steps that name a known partner or field; reports the others. */
export function checkTour(
  raw: unknown,
  partnerIds: ReadonlySet<string>,
  fieldIds: ReadonlySet<string>,
) {
  const parsed = tourSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      steps: null,
      problems: parsed.error.issues.map((i) => `data/tour.json: ${i.path.join('.')}: ${i.message}`),
    };
  }
  const problems: string[] = [];
  const steps = parsed.data.steps.filter((s, i) => {
    const ok =
      s.type === 'partner'
        ? partnerIds.has(s.id)
        : s.type === 'field'
          ? fieldIds.has(s.field)
          : true;
    if (!ok)
      problems.push(
        `data/tour.json: steps[${i}]: unknown ${s.type} ${JSON.stringify(s.type === 'partner' ? s.id : s.type === 'field' ? s.field : '')}; expected an id from the data`,
      );
    return ok;
  });
  return { steps: steps as TourStep[], problems };
}

/** Without a tour file: partners by signing date (year-only = 1 January; ties by id), undated last. */
export function defaultTour(partners: readonly Partner[]): TourStep[] {
  return [...partners]
    .sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date) || a.id.localeCompare(b.id))
    .map((p) => ({ type: 'partner', id: p.id }));
}
