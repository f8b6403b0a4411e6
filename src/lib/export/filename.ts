import { countryContent } from '../model/catalogue';
import type { Selection } from '../model/selection';

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
 * English name (its id is an ISO code few readers know); the whole corridor by nothing more.
 */
export function exportFileName(selection: Selection | null, date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`exportFileName: "${date}" is not a YYYY-MM-DD date`);
  const subject = selection?.kind === 'country' ? (countryContent(selection.id)?.name ?? selection.id) : selection?.id;
  const what = subject ? slug(subject) : '';
  return what ? `corridor-${what}-${date}.png` : `corridor-${date}.png`;
}
