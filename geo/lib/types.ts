import type { PlaceProperties, RouteLegProperties, SegmentProperties } from '../contract.ts';

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
  /** The other ways from Pakistan to Russia, compared with the corridor: their own stations, and legs between them. */
  compared: {
    about: string;
    points: Array<{
      id: string;
      name: string;
      country: string;
      lat: number;
      lon: number;
      confidence: string;
      border?: string[];
    }>;
    routes: Array<{ id: string; legs: Array<Omit<RouteLegProperties, 'route' | 'lengthKm'>> }>;
  };
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
