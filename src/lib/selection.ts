/** What the reader has selected: one place, one corridor country or one stretch of the corridor. */
export type SelectionKind = 'place' | 'country' | 'segment';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

export const SELECTION_KINDS: readonly SelectionKind[] = ['place', 'country', 'segment'];

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
