import type { Subject, SubjectKind } from '../../content/subject';

/** What the reader has selected: one place, one corridor country, one stretch of the corridor or one crossing. */
export type Selection = Subject;
export type SelectionKind = SubjectKind;

export const SELECTION_KINDS: readonly SelectionKind[] = ['place', 'country', 'segment', 'crossing'];

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
