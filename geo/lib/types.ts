import type { PlaceProperties, SegmentProperties } from '../contract.ts';

/** The hand-written corridor source, `geo/corridor-source.json`. */
export interface CorridorSource {
  /** Where each corridor country's name may go, first preferred. */
  countryLabels: Record<string, Array<[number, number]>>;
  /** Neighbouring countries (`id` their ISO code) and seas, each named at one point. */
  otherLabels: Array<{ id: string; name: string; kind: 'neighbour' | 'sea'; at: [number, number] }>;
  points: Array<
    Omit<PlaceProperties, 'border'> & {
      id: string;
      lat: number;
      lon: number;
      border?: string[];
    }
  >;
  segments: Array<Omit<SegmentProperties, 'lengthKm'> & { id: string }>;
}

/** One thing wrong with the data, said as `file: feature id: what is wrong`. */
export interface Problem {
  file: string;
  feature: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.feature}: ${problem.message}`;
}
