/** A run of a paragraph: plain text, or a passage that belongs to a place. */
export interface Passage {
  text: string;
  placeId?: string;
}

/**
 * Cuts a paragraph into runs, marking each place's excerpts where they occur. Excerpts that would
 * overlap an earlier one are left unmarked rather than nested.
 */
export function passagesOf(paragraph: string, links: Array<{ placeId: string; text: string }>): Passage[] {
  const found = links
    .map((link) => ({ ...link, start: paragraph.indexOf(link.text) }))
    .filter((link) => link.start >= 0)
    .sort((a, b) => a.start - b.start);
  const out: Passage[] = [];
  let cursor = 0;
  for (const link of found) {
    if (link.start < cursor) continue;
    if (link.start > cursor) out.push({ text: paragraph.slice(cursor, link.start) });
    out.push({ text: link.text, placeId: link.placeId });
    cursor = link.start + link.text.length;
  }
  if (cursor < paragraph.length) out.push({ text: paragraph.slice(cursor) });
  return out;
}
