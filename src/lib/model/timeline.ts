import type { SegmentStatus } from '../../../geo/contract';
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

/** How the geo files draw a stretch or a crossing today: as built or planned, the 2021 variant as superseded. */
export const drawnToday = (status: SegmentStatus, alternative = false): Drawn => (alternative ? 'superseded' : status);

/**
 * How a stretch is drawn on the map of a month, or of today (null): what its popup, the key and the
 * layers say of it at that date.
 */
export function segmentDrawn(
  segment: { id: string; properties: { status: SegmentStatus; alternative?: boolean } },
  month: Month | null,
  events: readonly TimelineEvent[] = timeline,
): Drawn {
  return month === null
    ? drawnToday(segment.properties.status, segment.properties.alternative)
    : drawnAt(segment.id, month, events);
}

/** How a crossing is drawn on the map of a month, or of today (null), from the stretches either side. */
export function crossingDrawnAt(
  crossing: { segments: readonly string[]; status: SegmentStatus; alternative: boolean },
  month: Month | null,
  events: readonly TimelineEvent[] = timeline,
): Drawn {
  return month === null
    ? drawnToday(crossing.status, crossing.alternative)
    : crossingDrawn(crossing.segments.map((id) => drawnAt(id, month, events)));
}

/**
 * The stops the map of a month leaves out: those on no stretch drawn then (absent), so that no dot
 * or name stands where no line runs yet. A stop on a ghost stays, as it does beside today's ghost.
 */
export function stopsAbsent(
  stretches: ReadonlyArray<{ id: string; properties: { from: string; to: string; via: readonly string[] } }>,
  drawn: Readonly<Record<string, Drawn>>,
): Set<string> {
  const on = new Map<string, Drawn[]>();
  for (const { id, properties } of stretches)
    for (const stop of [properties.from, ...properties.via, properties.to])
      on.set(stop, [...(on.get(stop) ?? []), drawn[id] ?? 'operating']);
  return new Set([...on].filter(([, all]) => all.every((state) => state === 'absent')).map(([stop]) => stop));
}

/** The corridor on the map of a month: each stretch and crossing by id, and the stops it leaves out. */
export interface CorridorAt {
  segments: Record<string, Drawn>;
  crossings: Record<string, Drawn>;
  stopsAbsent: string[];
}

/** The corridor as it stood in a month: what the layers draw (TimelineLayers) and the names avoid (MapLabels). */
export function corridorStateAt(
  month: Month,
  stretches: ReadonlyArray<{ id: string; properties: { from: string; to: string; via: readonly string[] } }>,
  crossings: ReadonlyArray<{ id: string; facts: { segments: readonly string[] } }>,
  events: readonly TimelineEvent[] = timeline,
): CorridorAt {
  const segments = corridorAt(
    month,
    stretches.map((stretch) => stretch.id),
    events,
  );
  return {
    segments,
    crossings: Object.fromEntries(
      crossings.map((crossing) => [
        crossing.id,
        crossingDrawn(crossing.facts.segments.map((id) => segments[id] ?? 'absent')),
      ]),
    ),
    stopsAbsent: [...stopsAbsent(stretches, segments)],
  };
}
