import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Map as MaplibreMap, MapOptions } from 'maplibre-gl';
import { mapLib } from '../engine/map-lib';

// The map lives in a ref, never in React state: the context hands out the ref itself.
const MapContext = createContext<RefObject<MaplibreMap | null> | null>(null);

/** The map of the enclosing MapCanvas (its children render only once it exists). */
export function useMapInstance(): MaplibreMap {
  const map = useContext(MapContext)?.current;
  if (!map) throw new Error('useMapInstance outside a MapCanvas');
  return map;
}

interface Props {
  /** Read once: later changes go through the engine (src/features/map/engine), never new options. */
  options: Omit<MapOptions, 'container'>;
  onLoad: (map: MaplibreMap) => void;
  onError: (error: unknown) => void;
  children?: ReactNode;
}

/**
 * The MapLibre map's element and lifecycle: created on mount, removed on unmount, handed to its
 * children by context. Issue 19: this is all the app used of @vis.gl/react-maplibre (4 kB on the
 * first view); the map itself is driven by the plain-TS engine, outside React.
 */
export function MapCanvas({ options, onLoad, onError, children }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MaplibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [initial] = useState(options);
  const handlers = useRef({ onLoad, onError });
  useEffect(() => {
    handlers.current = { onLoad, onError };
  });

  useEffect(() => {
    let mounted = true;
    mapLib
      .then((lib) => {
        if (!mounted || !container.current) return;
        const next = new lib.Map({ ...initial, container: container.current });
        map.current = next;
        next.on('load', () => handlers.current.onLoad(next));
        next.on('error', (e) => handlers.current.onError(e.error));
        setReady(true);
      })
      .catch((error: unknown) => handlers.current.onError(error));
    return () => {
      mounted = false;
      map.current?.remove();
      map.current = null;
      setReady(false);
    };
  }, [initial]);

  return (
    <div ref={container} className="map-canvas">
      {ready && (
        <MapContext.Provider value={map}>
          <div className="map-children">{children}</div>
        </MapContext.Provider>
      )}
    </div>
  );
}
