import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// maplibre-gl 6 loads its worker from a separate file that Vite must emit as an asset.
export const mapLib = import('maplibre-gl').then((m) => {
  m.setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  return m;
});
