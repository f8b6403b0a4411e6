/**
 * The benchmark's targets, each against its floor (the bare MapLibre page on the same machine, in
 * the same browser): what the figures must be, and whether they are. Measured in the benchmark,
 * never asserted in a test.
 */
export interface BenchFigures {
  /** The app's median time to the first view drawn, over the bare page's. */
  readyRatio: number;
  /** The same for the mean frame time on the standard drag. */
  frameRatio: number;
  /** On the slow phone: the app's median time to its first view drawn whole, over the bare page's. */
  slowDrawnRatio: number;
  /** Gzipped bytes of a first visit beyond MapLibre's own files (bytes.ts FIRST_VISIT). */
  firstVisitGzip: number;
  /**
   * How much the JS objects of a heap snapshot grew from the 20th popup to the 200th (the bare page:
   * presses at the same point), as a fraction: what a leak piles up, without the code V8 compiles
   * as the page warms up.
   */
  jsObjectGrowth: { app: number; bare: number };
  /** Gzipped bytes of our own JS and of the geo data. */
  ourJsGzip: number;
  geoGzip: number;
}

export interface TargetCheck {
  measure: string;
  target: string;
  value: string;
  met: boolean;
}

const KB = 1024;
const percent = (fraction: number) => `${fraction < 0 ? '−' : '+'}${Math.abs(fraction * 100).toFixed(1)} %`;

/** Each target, its figure and whether the figure meets it. */
export function checkTargets(figures: BenchFigures): TargetCheck[] {
  const { app, bare } = figures.jsObjectGrowth;
  return [
    {
      measure: 'time to ready, app/bare',
      target: '≤ 1.0',
      value: figures.readyRatio.toFixed(2),
      met: figures.readyRatio <= 1,
    },
    {
      measure: 'frame time on the drag, app/bare',
      target: '≤ 1.0',
      value: figures.frameRatio.toFixed(2),
      met: figures.frameRatio <= 1,
    },
    {
      measure: 'slow phone: first view drawn, app/bare',
      target: '≤ 1.0',
      value: figures.slowDrawnRatio.toFixed(2),
      met: figures.slowDrawnRatio <= 1,
    },
    {
      measure: 'first visit beyond MapLibre, gzipped',
      target: '≤ 200 KB',
      value: `${(figures.firstVisitGzip / KB).toFixed(1)} KB`,
      met: figures.firstVisitGzip <= 200 * KB,
    },
    {
      measure: 'JS objects, 20th → 200th popup',
      target: '≤ +1 %, and ≤ the bare page’s + 1 point',
      value: `${percent(app)} (bare ${percent(bare)})`,
      met: app <= 0.01 && app <= bare + 0.01,
    },
    {
      measure: 'our JS, gzipped',
      target: '≤ 40 KB',
      value: `${(figures.ourJsGzip / KB).toFixed(1)} KB`,
      met: figures.ourJsGzip <= 40 * KB,
    },
    {
      measure: 'geo data, gzipped',
      target: '≤ 150 KB',
      value: `${(figures.geoGzip / KB).toFixed(1)} KB`,
      met: figures.geoGzip <= 150 * KB,
    },
  ];
}
