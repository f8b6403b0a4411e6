/** What the words can be about: a place, a corridor country, a stretch of the corridor or a crossing on it. */
export type SubjectKind = 'place' | 'country' | 'segment' | 'crossing';

/** One such thing, by its id in geo/ (`karachi`, `PAK`, `segment-6`, `kharlachi`). */
export interface Subject {
  kind: SubjectKind;
  id: string;
}
