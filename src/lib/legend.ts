import { palette } from './map/style';

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
  { label: 'Operating rail', dash: [], opacity: 1, width: 3 },
  { label: 'Planned', dash: [6, 4], opacity: 1, width: 3 },
  { label: 'Assumed route (no source names it)', dash: [], opacity: 0.5, width: 3 },
  { label: 'Superseded 2021 plan', dash: [1.5, 5], opacity: 0.4, width: 2 },
];

export const legendPoints: LegendPoint[] = [
  { label: 'Place in the article', radius: 5, fill: palette.label, stroke: '#ffffff', strokeWidth: 2 },
  {
    label: 'Corridor node (station, border)',
    radius: 3.5,
    fill: palette.node,
    stroke: palette.nodeStroke,
    strokeWidth: 1.2,
  },
];

/** The colour every legend line is drawn in. */
export const legendColour = palette.corridor;
