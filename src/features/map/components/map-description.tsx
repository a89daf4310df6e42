import { useMapDescription } from '../hooks/use-map-description';

/** The map's text alternative; its own component so a year step re-renders this, not the map. */
export function MapDescription() {
  return (
    <p id="map-description" className="visually-hidden">
      {useMapDescription()}
    </p>
  );
}
