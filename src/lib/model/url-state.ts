import { SELECTION_KINDS, type Selection, type SelectionKind } from './selection';

/** Longer than any id we have by far: a longer value is not worth decoding. */
const MAX_VALUE_LENGTH = 64;
const ID_PATTERN = /^[A-Za-z0-9-]+$/;

/** What the address holds: a selection, a month of the timeline (`t`), a compared route (`route`), or none. */
export interface AddressState {
  selection: Selection | null;
  month: string | null;
  route: string | null;
}

/**
 * Reads `#place=<id>`, `#country=<ISO3>`, `#segment=<id>` or `#crossing=<id>`, `#t=<YYYY-MM>` and
 * `#route=<id>`, alone or joined by `&` (`#segment=segment-6&t=2023-07`). Anything else — an unknown kind,
 * id, month or route, two selections, a malformed escape, markup, an overlong value — reads as nothing for
 * that part, never as an error.
 */
export function parseHash(
  hash: string,
  isKnown: (selection: Selection) => boolean,
  isKnownMonth: (month: string) => boolean = () => false,
  isKnownRoute: (route: string) => boolean = () => false,
): AddressState {
  const none: AddressState = { selection: null, month: null, route: null };
  const parts = hash.replace(/^#/, '').split('&');
  if (parts.length > 3) return none;
  const state: AddressState = { ...none };
  let selections = 0;
  for (const part of parts) {
    const match = /^([a-z]+)=(.*)$/.exec(part);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    if (key === 't') {
      if (MONTH.test(raw) && isKnownMonth(raw)) state.month = raw;
      continue;
    }
    if (key === 'route') {
      const id = decodeId(raw);
      if (id !== null && isKnownRoute(id)) state.route = id;
      continue;
    }
    if (!SELECTION_KINDS.includes(key as SelectionKind)) continue;
    selections++;
    const id = decodeId(raw);
    if (id === null) continue;
    const selection = { kind: key as SelectionKind, id };
    if (isKnown(selection)) state.selection = selection;
  }
  if (selections > 1) state.selection = null;
  return state;
}

const MONTH = /^\d{4}-\d{2}$/;

function decodeId(raw: string): string | null {
  if (raw.length > MAX_VALUE_LENGTH * 3) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return id.length > MAX_VALUE_LENGTH || !ID_PATTERN.test(id) ? null : id;
}

export function formatHash(
  selection: Selection | null,
  month: string | null = null,
  route: string | null = null,
): string {
  const parts = [
    ...(selection ? [`${selection.kind}=${encodeURIComponent(selection.id)}`] : []),
    ...(month ? [`t=${month}`] : []),
    ...(route ? [`route=${encodeURIComponent(route)}`] : []),
  ];
  return parts.length ? `#${parts.join('&')}` : '';
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
