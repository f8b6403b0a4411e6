import { SELECTION_KINDS, type Selection, type SelectionKind } from './selection';

/** Longer than any id we have by far: a longer value is not worth decoding. */
const MAX_VALUE_LENGTH = 64;
const ID_PATTERN = /^[A-Za-z0-9-]+$/;

/**
 * Reads `#place=<id>`, `#country=<ISO3>`, `#segment=<id>` or `#crossing=<id>`. Anything else — an unknown kind or id,
 * a malformed escape, markup, an overlong value — reads as no selection, never as an error.
 */
export function parseHash(hash: string, isKnown: (selection: Selection) => boolean): Selection | null {
  const match = /^#?([a-z]+)=(.*)$/.exec(hash);
  if (!match || !SELECTION_KINDS.includes(match[1] as SelectionKind)) return null;
  const raw = match[2]!;
  if (raw.length > MAX_VALUE_LENGTH * 3) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (id.length > MAX_VALUE_LENGTH || !ID_PATTERN.test(id)) return null;
  const selection = { kind: match[1] as SelectionKind, id };
  return isKnown(selection) ? selection : null;
}

export function formatHash(selection: Selection | null): string {
  return selection ? `#${selection.kind}=${encodeURIComponent(selection.id)}` : '';
}

/**
 * `?embed=1`: the page runs inside another site's iframe, without its own chrome. Only that exact
 * value: anything else in the query is ignored, as every value a link may carry is.
 */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/** The same map, selection included, as a page of its own: the embed's "Open the full map" link. */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}
