/** Whether this browser can give the map the WebGL2 context MapLibre needs. */
export function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
