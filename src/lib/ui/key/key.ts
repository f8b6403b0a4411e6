import type { SegmentAlignment, SegmentStatus } from '../../../../geo/contract';
import { ui } from '../../../content/ui';
import { colour, corridorLine, key, mapColour } from '../../../theme/tokens';

/** One stroke of a line symbol, drawn over the ones before it: dash pattern in px ([] for solid). */
export interface Stroke {
  colour: string;
  width: number;
  dash: number[];
  opacity: number;
}

/** A line style of the map, as the key shows it: its strokes, bottom first, as the map stacks its layers. */
export interface LegendLine {
  label: string;
  strokes: Stroke[];
}

/** A question the line answers, and its answers. */
export interface LegendGroup {
  question: string;
  lines: LegendLine[];
}

/** A point symbol of the map. */
export interface LegendPoint {
  label: string;
  radius: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

const width = key.line.width;
const casing: Stroke = { colour: colour.white, width: width + 2 * corridorLine.casing, dash: [], opacity: 1 };
const red = (dash: number[] = []): Stroke => ({ colour: colour.corridor, width, dash, opacity: 1 });
const stripe: Stroke = {
  colour: corridorLine.approximate.colour,
  width: width * corridorLine.approximate.stripeScale,
  dash: [],
  opacity: 1,
};

/** A stretch of the main route, stroke by stroke, as the map draws it: the key's symbols and the route's picture. */
export function lineStrokes(status: SegmentStatus, alignment: SegmentAlignment): Stroke[] {
  const dash = status === 'planned' ? [...key.line.plannedDash] : [];
  return [casing, red(dash), ...(alignment === 'assumed' ? [{ ...stripe, dash }] : [])];
}

/**
 * The main route's line answers two questions, each with its own visual variable: built or planned
 * (solid or dashed), path named by a source or approximate (plain, or a pale stripe down the middle).
 * The key on screen and exported figures share it.
 */
export const legendGroups: LegendGroup[] = [
  {
    question: ui.key.built,
    lines: [
      { label: ui.key.operating, strokes: lineStrokes('operating', 'sourced') },
      { label: ui.status.planned, strokes: lineStrokes('planned', 'sourced') },
    ],
  },
  {
    question: ui.key.path,
    lines: [
      { label: ui.key.sourced, strokes: lineStrokes('operating', 'sourced') },
      { label: ui.key.approximate, strokes: lineStrokes('operating', 'assumed') },
    ],
  },
];

/** The superseded 2021 variant: in the key only while the map draws it. */
export const supersededLine: LegendLine = {
  label: ui.status.superseded,
  strokes: [
    {
      colour: colour.corridor,
      width: width * corridorLine.alternative.widthScale,
      dash: [...key.line.alternativeDash],
      opacity: corridorLine.alternative.opacity,
    },
  ],
};

/** A compared route, by rail and by sea: in the key only while the map draws one. */
export const comparedLines: LegendLine[] = [
  { label: ui.key.comparedRail, strokes: [{ colour: colour.compared, width, dash: [], opacity: 1 }] },
  { label: ui.key.comparedSea, strokes: [{ colour: colour.compared, width, dash: [2, 4], opacity: 1 }] },
];

/** A crossing's mark as the key shows it: on a stretch of operating line, one bar across it, or two where the gauge changes. */
export interface LegendMark {
  label: string;
  gaugeBreak: boolean;
  line: Stroke[];
}

export const legendMarks: LegendMark[] = [
  { label: ui.key.crossing, gaugeBreak: false, line: lineStrokes('operating', 'sourced') },
  { label: ui.key.gaugeBreak, gaugeBreak: true, line: lineStrokes('operating', 'sourced') },
];

export const legendPoints: LegendPoint[] = [
  {
    label: ui.key.place,
    radius: key.place.radius,
    fill: mapColour.label,
    stroke: colour.white,
    strokeWidth: key.place.strokeWidth,
  },
  {
    label: ui.key.node,
    radius: key.node.radius,
    fill: mapColour.node,
    stroke: mapColour.nodeStroke,
    strokeWidth: key.node.strokeWidth,
  },
];
