import { timeline, type Stage, type TimelineEvent } from '../../content/timeline';
import { alternativeShown } from './catalogue';
import type { Selection } from './selection';

/** A month as YYYY-MM: what the range, the list and the URL (`#t=2023-07`) carry. */
export type Month = string;

/** How a stretch of the corridor is drawn at a date. */
export type Drawn = 'absent' | 'planned' | 'operating' | 'superseded';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month an event's date falls in; a year alone counts from its January. */
export const monthOf = (date: string): Month => (date.length === 4 ? `${date}-01` : date.slice(0, 7));

/** The timeline's months, first and last: a date outside them is not one the map can draw. */
export const timelineSpan = (events: readonly TimelineEvent[] = timeline): { first: Month; last: Month } => ({
  first: monthOf(events[0]!.date),
  last: monthOf(events[events.length - 1]!.date),
});

/** Whether a value is a month the timeline covers, as the URL may carry it. */
export function isTimelineMonth(value: string, events: readonly TimelineEvent[] = timeline): boolean {
  if (!MONTH.test(value)) return false;
  const { first, last } = timelineSpan(events);
  return value >= first && value <= last;
}

const DRAWN: Record<Stage, Drawn> = {
  proposed: 'planned',
  agreed: 'planned',
  built: 'operating',
  superseded: 'superseded',
};

/**
 * How a stretch is drawn in a month: by the last stage an event gave it by then, absent before its
 * first. A stretch no event changes was running before the timeline begins: operating throughout.
 */
export function drawnAt(segment: string, month: Month, events: readonly TimelineEvent[] = timeline): Drawn {
  const stages = stagesOf(segment, events);
  if (stages.length === 0) return 'operating';
  const reached = stages.filter((stage) => monthOf(stage.date) <= month);
  return reached.length === 0 ? 'absent' : DRAWN[reached[reached.length - 1]!.stage];
}

/** Every stretch's drawing in a month. */
export function corridorAt(
  month: Month,
  segments: readonly string[],
  events: readonly TimelineEvent[] = timeline,
): Record<string, Drawn> {
  return Object.fromEntries(segments.map((id) => [id, drawnAt(id, month, events)]));
}

/** The stages a stretch went through, in order, each with its date and the event that set it. */
export function stagesOf(
  segment: string,
  events: readonly TimelineEvent[] = timeline,
): Array<{ stage: Stage; date: string; event: string }> {
  return events.flatMap((event) => {
    const stage = event.changes?.[segment];
    return stage ? [{ stage, date: event.date, event: event.id }] : [];
  });
}

/** The index of the last event in or before a month, or -1 before the first. */
export function eventIndexAt(month: Month, events: readonly TimelineEvent[] = timeline): number {
  let found = -1;
  events.forEach((event, i) => {
    if (monthOf(event.date) <= month) found = i;
  });
  return found;
}

/** Whether the map of a month has a ghost: a stretch superseded by then. */
export function ghostsAt(month: Month, events: readonly TimelineEvent[] = timeline): boolean {
  return events.some(
    (event) => monthOf(event.date) <= month && Object.values(event.changes ?? {}).includes('superseded'),
  );
}

/**
 * Whether the map draws a superseded line, so that the key (and the saved figure's) names it: today
 * with the selections it belongs to; at a date, once something is superseded by then.
 */
export function supersededDrawn(selection: Selection | null, month: Month | null): boolean {
  return month === null ? alternativeShown(selection) : ghostsAt(month);
}

/**
 * A crossing's drawing from its stretches either side: absent while either is, a ghost once either
 * is superseded, else as the stretches are.
 */
export function crossingDrawn(sides: readonly Drawn[]): Drawn {
  if (sides.includes('absent')) return 'absent';
  if (sides.includes('superseded')) return 'superseded';
  return sides.includes('planned') ? 'planned' : 'operating';
}
