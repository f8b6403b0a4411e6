import { countryContent } from '../model/catalogue';
import { ALL_ROUTES, drawsRouteLine } from '../model/compared';
import type { Shown } from '../model/describe';

/** Lower case, ASCII letters and digits, words joined by hyphens: safe in any file system. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name an exported image is saved under: what it shows and the article's date, as in
 * `corridor-karachi-2025-09-02.png`. A place and a segment go by their ids, a country by its
 * English name (its id is an ISO code few readers know); the whole corridor by nothing more. A map of
 * a past date says so (`-as-of-2021-03`), and one with other routes drawn says which
 * (`-vs-iran`, `-vs-all-routes`); one laid out at a publishing size says which and its pixels
 * (`-landscape-3840x2160`): two different images never share a name.
 */
export function exportFileName(
  { selection, month, route }: Shown,
  date: string,
  size?: { id: string; width: number; height: number },
): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`exportFileName: "${date}" is not a YYYY-MM-DD date`);
  const subject = selection?.kind === 'country' ? (countryContent(selection.id)?.name ?? selection.id) : selection?.id;
  const parts = [
    'corridor',
    subject ? slug(subject) : '',
    month && /^\d{4}-\d{2}$/.test(month) ? `as-of-${month}` : '',
    route && drawsRouteLine(route) ? `vs-${route === ALL_ROUTES ? 'all-routes' : slug(route)}` : '',
    size ? `${slug(size.id)}-${size.width}x${size.height}` : '',
    date,
  ];
  return `${parts.filter(Boolean).join('-')}.png`;
}
