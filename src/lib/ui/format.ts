const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Lengths as a reader wants them: whole kilometres, grouped ("6,420 km"). */
export function formatKm(value: number): string {
  return `${km.format(value)} km`;
}

/**
 * An excerpt as the page quotes it: in double quotation marks, the words its own quotation marks
 * enclose in single ones (a quotation within a quotation), so that “"We must…" never shows two
 * opening marks side by side. Only the marks change, never a word: the article's straight double
 * quotes pair up in order; where they do not (an odd number), they are left as they are.
 */
export function quoted(excerpt: string): string {
  const marks = [...excerpt.matchAll(/"/g)].map((match) => match.index);
  if (marks.length % 2 !== 0) return `“${excerpt}”`;
  let text = '';
  let from = 0;
  marks.forEach((at, i) => {
    text += excerpt.slice(from, at) + (i % 2 === 0 ? '‘' : '’');
    from = at + 1;
  });
  return `“${text}${excerpt.slice(from)}”`;
}
