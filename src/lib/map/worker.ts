import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** MapLibre's worker as a file of our own origin: the CSP refuses the blob: worker it would make. */
export function useBundledWorker(): void {
  setWorkerUrl(workerUrl);
}

/**
 * Starts the map's worker before the page is built, so that it loads and compiles its script while
 * the page is mounted and laid out instead of after the map is created; the map takes it over. On the
 * benchmark's machine (no GPU) the worker's start-up is about a tenth of the time to the first view.
 */
export function startMapWorker(): void {
  useBundledWorker();
  prewarm();
}
