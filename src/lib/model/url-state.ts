import { SELECTION_KINDS, type Selection, type SelectionKind } from './selection';

/** Longer than any id we have by far: a longer value is not worth decoding. */
const MAX_VALUE_LENGTH = 64;
const ID_PATTERN = /^[A-Za-z0-9-]+$/;

/**
 * What the address holds: a selection, a month of the timeline (`t`), a compared route (`route`), the
 * reader's choice of theme (`theme`, over their system's), or none.
 */
export interface AddressState {
  selection: Selection | null;
  month: string | null;
  route: string | null;
  theme: 'light' | 'dark' | null;
}

/**
 * Reads `#place=<id>`, `#country=<ISO3>`, `#segment=<id>` or `#crossing=<id>`, `#t=<YYYY-MM>`,
 * `#route=<id>` and `#theme=light|dark`, alone or joined by `&` (`#segment=segment-6&t=2023-07`). Anything else — an unknown kind,
 * id, month or route, two selections, a malformed escape, markup, an overlong value — reads as nothing for
 * that part, never as an error.
 */
export function parseHash(
  hash: string,
  isKnown: (selection: Selection) => boolean,
  isKnownMonth: (month: string) => boolean = () => false,
  isKnownRoute: (route: string) => boolean = () => false,
): AddressState {
  const none: AddressState = { selection: null, month: null, route: null, theme: null };
  const parts = hash.replace(/^#/, '').split('&');
  if (parts.length > 4) return none;
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
    if (key === 'theme') {
      if (raw === 'light' || raw === 'dark') state.theme = raw;
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
  theme: 'light' | 'dark' | null = null,
): string {
  const parts = [
    ...(selection ? [`${selection.kind}=${encodeURIComponent(selection.id)}`] : []),
    ...(month ? [`t=${month}`] : []),
    ...(route ? [`route=${encodeURIComponent(route)}`] : []),
    ...(theme ? [`theme=${theme}`] : []),
  ];
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * How an embed lays out: the story's panel beside or under the map (`?embed=1`), the map alone
 * (`&panel=0`), or the map over a strip of the corridor's figures (`&panel=strip`), for a host page
 * that already carries the article.
 */
export type EmbedPanel = 'story' | 'none' | 'strip';

/**
 * `?embed=1`: the page runs inside another site's iframe, without its own chrome; null otherwise. Only
 * that exact value: anything else in the query is ignored, as every value a link may carry is, and an
 * unknown `panel` gives the story's panel.
 */
export function embedOf(search: string): EmbedPanel | null {
  const query = new URLSearchParams(search);
  if (query.get('embed') !== '1') return null;
  const panel = query.get('panel');
  return panel === '0' ? 'none' : panel === 'strip' ? 'strip' : 'story';
}

/**
 * The same map as a page of its own, with `hash` (the embed's selection, date and route): the embed's
 * "Open the full map" link. The embed's own flags go; the path and the rest of the query stay.
 */
export function fullMapUrl(href: string, hash: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.delete('panel');
  url.hash = hash;
  return url.href;
}
