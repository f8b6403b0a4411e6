import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timeline, type TimelineEvent } from '../../content/timeline';
import {
  corridorAt,
  crossingDrawn,
  crossingDrawnAt,
  drawnAt,
  eventIndexAt,
  isTimelineMonth,
  monthOf,
  segmentDrawn,
  stagesOf,
  stopsAbsent,
  supersededDrawn,
  timelineSpan,
} from './timeline';

const corridor = JSON.parse(readFileSync(new URL('../../../geo/corridor.geojson', import.meta.url), 'utf8')) as {
  features: Array<{
    properties: {
      id: string;
      status: 'operating' | 'planned';
      alternative?: boolean;
      from: string;
      to: string;
      via: string[];
    };
  }>;
};
const SEGMENTS = corridor.features.map((feature) => feature.properties.id);

/** A small history of its own, so the rules are tested apart from the content. */
const EVENTS: TimelineEvent[] = [
  { id: 'a', date: '1990', title: 'a', facts: [] },
  { id: 'b', date: '2000-06', title: 'b', facts: [], changes: { new: 'proposed' } },
  { id: 'c', date: '2005-03-14', title: 'c', facts: [], changes: { new: 'agreed', old: 'superseded' } },
  { id: 'd', date: '2010-01', title: 'd', facts: [], changes: { new: 'built' } },
];

describe('drawnAt', () => {
  it('draws a stretch no event changes as running throughout', () => {
    expect(drawnAt('steady', '1990-01', EVENTS)).toBe('operating');
    expect(drawnAt('steady', '2010-01', EVENTS)).toBe('operating');
  });

  it('follows a stretch from absent through planned to operating', () => {
    expect(drawnAt('new', '2000-05', EVENTS)).toBe('absent');
    expect(drawnAt('new', '2000-06', EVENTS)).toBe('planned');
    expect(drawnAt('new', '2005-03', EVENTS)).toBe('planned');
    expect(drawnAt('new', '2009-12', EVENTS)).toBe('planned');
    expect(drawnAt('new', '2010-01', EVENTS)).toBe('operating');
  });

  it('counts an event from its month, whatever its day', () => {
    expect(drawnAt('old', '2005-02', EVENTS)).toBe('absent');
    expect(drawnAt('old', '2005-03', EVENTS)).toBe('superseded');
  });
});

describe('the corridor through its history', () => {
  const at = (month: string) => corridorAt(month, SEGMENTS);

  it('in 1982 runs only where no event has yet touched it: nothing in Afghanistan', () => {
    const state = at('1982-01');
    for (const id of ['segment-1', 'segment-2', 'segment-3', 'segment-4', 'segment-8'])
      expect(state[id]).toBe('operating');
    for (const id of ['segment-5', 'segment-6', 'segment-7', 'segment-alt']) expect(state[id]).toBe('absent');
  });

  it('gains the line to Mazar-i-Sharif in November 2010', () => {
    expect(at('2010-10')['segment-5']).toBe('absent');
    expect(at('2010-11')['segment-5']).toBe('operating');
  });

  it('in March 2021 plans the line via Kabul and Torkham, with no line to Kharlachi', () => {
    const state = at('2021-03');
    expect(state['segment-alt']).toBe('planned');
    expect(state['segment-6']).toBe('absent');
    expect(state['segment-7']).toBe('absent');
  });

  it('from July 2023 plans the line to Kharlachi, and the Torkham line is superseded', () => {
    for (const month of ['2023-07', '2025-09']) {
      const state = at(month);
      expect(state['segment-6']).toBe('planned');
      expect(state['segment-7']).toBe('planned');
      expect(state['segment-alt']).toBe('superseded');
    }
    expect(at('2023-06')['segment-alt']).toBe('planned');
  });

  it('at its last event is the corridor geo/ draws today', () => {
    const state = at(timelineSpan().last);
    for (const feature of corridor.features) {
      const { id, status, alternative } = feature.properties;
      expect(state[id], id).toBe(alternative ? 'superseded' : status);
    }
  });

  it('gives each changed stretch its stages in order, with the events that set them', () => {
    expect(stagesOf('segment-alt')).toEqual([
      { stage: 'agreed', date: '2021-02', event: 'roadmap' },
      { stage: 'superseded', date: '2023-07-18', event: 'islamabad-protocol' },
    ]);
    expect(stagesOf('segment-1')).toEqual([]);
  });
});

describe('months', () => {
  it('reads an event’s month from its date', () => {
    expect(monthOf('1982')).toBe('1982-01');
    expect(monthOf('2021-02')).toBe('2021-02');
    expect(monthOf('2023-07-18')).toBe('2023-07');
  });

  it('takes only months inside the timeline', () => {
    const { first, last } = timelineSpan();
    expect(first).toBe(monthOf(timeline[0]!.date));
    expect(isTimelineMonth(first)).toBe(true);
    expect(isTimelineMonth(last)).toBe(true);
    expect(isTimelineMonth('2023-07')).toBe(true);
    for (const month of ['1981-12', '2099-01', '2023-13', '2023-00', '2023-7', '2023-07-18', '', 'today'])
      expect(isTimelineMonth(month), month).toBe(false);
  });

  it('finds the last event in or before a month', () => {
    expect(eventIndexAt('1989-12', EVENTS)).toBe(-1);
    expect(eventIndexAt('1990-01', EVENTS)).toBe(0);
    expect(eventIndexAt('2005-03', EVENTS)).toBe(2);
    expect(eventIndexAt('2099-01', EVENTS)).toBe(3);
  });
});

describe('crossingDrawn', () => {
  it('shows a crossing only where both its sides are drawn, as a ghost where either is superseded', () => {
    expect(crossingDrawn(['operating', 'operating'])).toBe('operating');
    expect(crossingDrawn(['planned', 'operating'])).toBe('planned');
    expect(crossingDrawn(['planned', 'absent'])).toBe('absent');
    expect(crossingDrawn(['superseded', 'superseded'])).toBe('superseded');
  });
});

describe('supersededDrawn', () => {
  it('names the ghost today only with its subjects, at a date once something is superseded', () => {
    expect(supersededDrawn(null, null)).toBe(false);
    expect(supersededDrawn({ kind: 'segment', id: 'segment-alt' }, null)).toBe(true);
    expect(supersededDrawn(null, '2021-03')).toBe(false);
    expect(supersededDrawn(null, '2023-07')).toBe(true);
  });
});

describe('what a popup says of a stretch or a crossing at a date', () => {
  const stretch = (id: string) => {
    const found = corridor.features.find((feature) => feature.properties.id === id)!;
    return { id, properties: found.properties };
  };

  it('reads today from the geo files, the 2021 variant as superseded', () => {
    expect(segmentDrawn(stretch('segment-6'), null)).toBe('planned');
    expect(segmentDrawn(stretch('segment-5'), null)).toBe('operating');
    expect(segmentDrawn(stretch('segment-alt'), null)).toBe('superseded');
  });

  it('reads a date from the timeline: the Torkham line planned in 2021, the Kharlachi line not yet there', () => {
    expect(segmentDrawn(stretch('segment-alt'), '2021-03')).toBe('planned');
    expect(segmentDrawn(stretch('segment-6'), '2021-03')).toBe('absent');
    expect(segmentDrawn(stretch('segment-5'), '2009-01')).toBe('absent');
  });

  it('draws a crossing from its sides at a date, and from its own status today', () => {
    const torkham = { segments: ['segment-alt'], status: 'planned' as const, alternative: true };
    expect(crossingDrawnAt(torkham, null)).toBe('superseded');
    expect(crossingDrawnAt(torkham, '2021-03')).toBe('planned');
    expect(crossingDrawnAt(torkham, '2020-01')).toBe('absent');
    const kharlachi = { segments: ['segment-6', 'segment-7'], status: 'planned' as const, alternative: false };
    expect(crossingDrawnAt(kharlachi, '2021-03')).toBe('absent');
    expect(crossingDrawnAt(kharlachi, '2023-07')).toBe('planned');
  });
});

describe('stopsAbsent', () => {
  const stretches = corridor.features.map((feature) => ({ id: feature.properties.id, properties: feature.properties }));
  const absent = (month: string) => [...stopsAbsent(stretches, corridorAt(month, SEGMENTS))].sort();

  it('leaves out, in 1982, every stop on the lines in Afghanistan and to Kharlachi, and keeps the ends of the lines running', () => {
    const gone = absent('1982-01');
    for (const stop of ['hairatan', 'naibabad', 'kabul', 'torkham', 'pul-e-alam', 'kharlachi', 'kohat'])
      expect(gone).toContain(stop);
    // Termez and Peshawar end lines that ran then.
    for (const stop of ['termez', 'peshawar', 'tashkent', 'orsha']) expect(gone).not.toContain(stop);
  });

  it('in March 2021 shows the stops of the Torkham plan and none of the Kharlachi line', () => {
    const gone = absent('2021-03');
    for (const stop of ['kabul', 'jalalabad', 'torkham', 'naibabad', 'hairatan']) expect(gone).not.toContain(stop);
    expect(gone).toEqual(['kharlachi', 'kohat', 'maidan-shahr', 'pul-e-alam', 'thal']);
  });

  it('keeps, once the Torkham line is a ghost, its stops as today’s map does, and leaves out nothing', () => {
    expect(absent('2025-09')).toEqual([]);
  });
});
