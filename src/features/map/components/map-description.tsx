import type { Partner } from '@/types/partner';
import { useMapDescription } from '../hooks/use-map-description';

/** The map's text alternative; its own component so a year step re-renders this, not the map. */
export function MapDescription({ partners }: { partners: readonly Partner[] }) {
  return (
    <p id="map-description" className="visually-hidden">
      {useMapDescription(partners)}
    </p>
  );
}
