const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Lengths as a reader wants them: whole kilometres, grouped ("6,420 km"). */
export function formatKm(value: number): string {
  return `${km.format(value)} km`;
}
