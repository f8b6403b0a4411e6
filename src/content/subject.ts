/** What the words can be about: a place, a corridor country or a stretch of the corridor. */
export type SubjectKind = 'place' | 'country' | 'segment';

/** One such thing, by its id in geo/ (`karachi`, `PAK`, `segment-6`). */
export interface Subject {
  kind: SubjectKind;
  id: string;
}
