import type { SourceKey } from './sources';

/**
 * One figure as a report gives it: a value, or a range from `value` to `upTo`; "more than" where the
 * report says so; what it counts, where reports count different things; and who reports it.
 */
export interface Report {
  value: number;
  upTo?: number;
  moreThan?: true;
  /** What the figure counts, in the report's terms (a start and an end, a date, a stage). */
  counts: string;
  sources: SourceKey[];
}

/** A figure of the missing link that reports give differently, each report beside the others. */
export interface LedgerRow {
  id: 'length' | 'cost' | 'capacity' | 'transit';
  figure: string;
  /** Written before the number ("$"), and after it ("bn", "km"). */
  prefix?: string;
  unit: string;
  reports: Report[];
}

/**
 * The planned Trans-Afghan railway (segment 6) in figures, as the reports give them: its length,
 * cost, capacity and the transit time it would bring. Weak (C) sources appear here, beside stronger
 * ones, and nowhere else. The length measured on the map's own line is shown beside the reported
 * ones (Ledger).
 */
export const ledger: { segment: string; rows: LedgerRow[] } = {
  segment: 'segment-6',
  rows: [
    {
      id: 'length',
      figure: 'Length',
      unit: 'km',
      reports: [
        { value: 573, counts: 'Mazar-i-Sharif to Kharlachi, the route of July 2023', sources: ['intellinewsRoadmap'] },
        { value: 750, moreThan: true, counts: 'main line and station tracks', sources: ['eirProtocol'] },
        { value: 760, counts: 'the railroad agreed in July 2023', sources: ['pakistanTodayIslamabad'] },
      ],
    },
    {
      id: 'cost',
      figure: 'Cost',
      prefix: '$',
      unit: 'bn',
      reports: [
        {
          value: 4.8,
          counts: 'the loans Pakistan and Uzbekistan asked for in December 2020',
          sources: ['intellinewsRoadmap'],
        },
        { value: 5, moreThan: true, counts: 'the estimate of July 2023', sources: ['eirProtocol'] },
        { value: 7, counts: 'the estimate by July 2025, up from about $5 bn', sources: ['astanaTimesKabul'] },
      ],
    },
    {
      id: 'capacity',
      figure: 'Capacity',
      unit: 'Mt a year',
      reports: [{ value: 15, counts: 'by 2030', sources: ['pakistanTodayIslamabad'] }],
    },
    {
      id: 'transit',
      figure: 'Transit time',
      unit: 'days',
      reports: [
        {
          value: 3,
          upTo: 5,
          counts: 'Uzbekistan to Pakistan by the railway, against about 35 days today',
          sources: ['astanaTimesKabul'],
        },
      ],
    },
  ],
};
