const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Lengths as a reader wants them: whole kilometres, grouped ("6,420 km"). A length measured along an
 * approximate path (straight lines between stops on a path no source names) is only as good as its
 * first two figures: "≈ 6,400 km", never finer than 10 km.
 */
export function formatKm(value: number, approximate = false): string {
  if (!approximate) return `${km.format(value)} km`;
  const step = Math.max(10, 10 ** (Math.floor(Math.log10(Math.abs(value) || 1)) - 1));
  return `≈\u00a0${km.format(Math.round(value / step) * step)} km`;
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as a citation or the timeline gives it: "2 Sep 2025" (`short`) or "2 September 2025"; a month
 * alone where the day is not known ("Oct 2025"), a year alone where the month is not; "undated" for a
 * page without one.
 */
export function sourceDate(date: string | undefined, length: 'short' | 'long'): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const name = MONTHS[month! - 1]!;
  const shown = length === 'short' ? name.slice(0, 3) : name;
  return day ? `${day} ${shown} ${year}` : `${shown} ${year}`;
}

/** A source's address as a reader reads it: without the scheme and the "www.". */
export function shortAddress(url: string): string {
  return decodeURI(url.replace(/^https?:\/\/(www\.)?/, ''));
}
