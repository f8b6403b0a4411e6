import { ui } from '../../../content/ui';
import { colour, key, mapColour } from '../../../theme/tokens';

/** A line style of the map, as the key shows it: dash pattern in px ([] for solid). */
export interface LegendLine {
  label: string;
  dash: number[];
  opacity: number;
  width: number;
}

/** A point symbol of the map. */
export interface LegendPoint {
  label: string;
  radius: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** Each line style of the map, drawn as the map draws it; the key on screen and exported figures share it. */
export const legendLines: LegendLine[] = [
  { label: ui.key.operating, dash: [], opacity: 1, width: key.line.width },
  { label: ui.status.planned, dash: [...key.line.plannedDash], opacity: 1, width: key.line.width },
  { label: ui.key.assumed, dash: [], opacity: key.opacity.assumed, width: key.line.width },
  {
    label: ui.status.superseded,
    dash: [...key.line.alternativeDash],
    opacity: key.opacity.alternative,
    width: key.line.alternativeWidth,
  },
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

/** The colour every legend line is drawn in. */
export const legendColour = colour.corridor;
