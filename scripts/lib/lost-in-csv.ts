import { isDeepStrictEqual } from 'node:util';
import type { PartnerCollection } from '../../src/lib/partners-file/partner-file.ts';
import { csvToCollection } from '../../src/lib/partners-file/partners-csv.ts';

/** What an export would lose (extra keys anywhere, another $schema): paths that do not survive CSV → JSON. */
export function lostInCsv(collection: PartnerCollection, csv: string): string[] {
  const back = csvToCollection(csv).collection;
  const top = (Object.keys(collection) as (keyof PartnerCollection)[]).filter(
    (k) => k !== 'features' && !isDeepStrictEqual(collection[k], back[k]),
  );
  const features = collection.features.flatMap((f, i) =>
    isDeepStrictEqual(f, back.features[i]) ? [] : [`features[${i}]`],
  );
  return [...top, ...features];
}
