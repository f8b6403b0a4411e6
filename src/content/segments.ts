export interface SegmentContent {
  /** The id of the segment in geo/corridor.geojson. */
  id: string;
  /** The facts behind the line, from the corridor's fact sheet. */
  facts: string;
}

import type { Subject } from './subject';

/**
 * The subjects the superseded 2021 variant is drawn with: its own stretch, the 2023 route that
 * replaced it, and Afghanistan, which both cross. Elsewhere it would be clutter.
 */
export const supersededShownWith: Subject[] = [
  { kind: 'segment', id: 'segment-alt' },
  { kind: 'segment', id: 'segment-6' },
  { kind: 'country', id: 'AFG' },
];

export const segments: SegmentContent[] = [
  {
    id: 'segment-1',
    facts:
      'The main Minsk–Moscow line, via Orsha and Smolensk. Rail of the 1520 mm gauge runs without a break from Minsk to Termez.',
  },
  {
    id: 'segment-2',
    facts:
      'From Moscow via Samara, Orenburg, Sol-Iletsk on the Russian–Kazakh border, Aktobe, Kyzylorda and the Arys junction to Saryagash on the Uzbek border.',
  },
  {
    id: 'segment-3',
    facts:
      'From Saryagash across the Kazakh–Uzbek border to Tashkent. A Darbaza–Maktaaral bypass has been under construction since November 2023.',
  },
  {
    id: 'segment-4',
    facts:
      'From Tashkent via Qarshi to Termez. The stations Guliston, Jizzakh, Samarkand, Guzar and Boysun are drawn only to keep the line in Uzbekistan: no corridor source names this path.',
  },
  {
    id: 'segment-5',
    facts:
      'The 75 km line from Termez across the Friendship Bridge (1982) at Hairatan to Naibabad near Mazar-i-Sharif; its first train ran in December 2011. Beyond it, freight crosses Afghanistan by road.',
  },
  {
    id: 'segment-6',
    facts:
      'The missing link: the Trans-Afghan (Uzbekistan–Afghanistan–Pakistan) railway, rerouted by the Islamabad protocol of 18 July 2023 via Maidan Shahr and Logar to Kharlachi. A framework agreement for its feasibility study was signed in Kabul on 17 July 2025. Reported lengths range from 573 to 764 km, costs from $4.6 to 7 bn; capacity 15–20 Mt a year, cutting transit from about 35 days to 3–5.',
  },
  {
    id: 'segment-7',
    facts:
      'From Kharlachi, where the gauge changes from 1520 mm to Pakistan’s 1676 mm, via Thal and Kohat to Peshawar. The line to Thal was abandoned in 1991; the tie-in to Pakistan Railways is unconfirmed.',
  },
  {
    id: 'segment-8',
    facts:
      'Pakistan’s main line ML-1 from Peshawar via Rawalpindi, Lahore, Multan, Rohri and Hyderabad to the port of Karachi.',
  },
  {
    id: 'segment-alt',
    facts:
      'The roadmap of February 2021: Mazar-i-Sharif – Kabul – Jalalabad – Torkham – Peshawar, 573 km for about $4.8–5 bn. Superseded in July 2023 by the route via Kharlachi.',
  },
];
