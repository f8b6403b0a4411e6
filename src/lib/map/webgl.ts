/**
 * Whether this browser has the WebGL2 API at all. A cheap first answer: making a throwaway context
 * to be sure costs a tenth of a second on a machine without a GPU, and the map makes its own anyway.
 * Where the API exists but no context can be had, the map says so itself (`onunsupported`).
 */
export function hasWebGL2Api(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
