export interface SegmentContent {
  /** The id of the segment in geo/corridor.geojson. */
  id: string;
  /** The facts behind the line, each with its sources, and what is only the line as drawn. */
  facts: Statement[];
}

import type { SourceKey, Statement } from './sources';
import type { Subject } from './subject';

/**
 * The subjects the superseded 2021 variant is drawn with: its own stretch and its crossing, the 2023
 * route and crossing that replaced them, and Afghanistan, which both cross. Elsewhere it would be clutter.
 */
export const supersededShownWith: Subject[] = [
  { kind: 'segment', id: 'segment-alt' },
  { kind: 'crossing', id: 'torkham' },
  { kind: 'segment', id: 'segment-6' },
  { kind: 'crossing', id: 'kharlachi' },
  { kind: 'country', id: 'AFG' },
];

/** Who reports the gauge each segment has in geo/corridor-source.json (the figures cite them). */
export const gaugesReportedBy: SourceKey[] = ['railwayGazetteGauge'];

export const segments: SegmentContent[] = [
  {
    id: 'segment-1',
    facts: [
      { text: 'Drawn along the main Minsk–Moscow line, via Orsha and Smolensk.', drawn: true },
      {
        text: 'Rail of the 1520 mm gauge, the former Soviet Union’s, runs on without a change of gauge to the Afghan railhead at Mazar-i-Sharif.',
        sources: ['railwayGazetteGauge'],
      },
    ],
  },
  {
    id: 'segment-2',
    facts: [
      {
        text: 'Drawn from Moscow via Samara, Orenburg, Sol-Iletsk on the Russian–Kazakh border, Aktobe, Kyzylorda and the Arys junction to Saryagash on the Uzbek border.',
        drawn: true,
      },
    ],
  },
  {
    id: 'segment-3',
    facts: [
      { text: 'From Saryagash across the Kazakh–Uzbek border to Tashkent.', drawn: true },
      {
        text: 'On 27 November 2023 Kazakhstan began a 152 km Darbaza–Maktaaral line, to take freight off the Saryagash–Tashkent section.',
        sources: ['ncaDarbaza'],
      },
    ],
  },
  {
    id: 'segment-4',
    facts: [
      {
        text: 'From Tashkent via Qarshi to Termez. The stations Guliston, Jizzakh, Samarkand, Guzar and Boysun are drawn only to keep the line in Uzbekistan: no corridor source names this path.',
        drawn: true,
      },
    ],
  },
  {
    id: 'segment-5',
    facts: [
      {
        text: 'The Friendship Bridge, opened in 1982, carries road and rail from Termez across the Amu Darya to Hairatan.',
        sources: ['wikipediaFriendshipBridge'],
      },
      {
        text: 'From there a 75 km line, built with a US$165 million grant from the Asian Development Bank, runs to Naibabad near Mazar-i-Sharif; its works were finished in November 2010.',
        sources: ['adbHairatan', 'adbCaseStudy'],
      },
    ],
  },
  {
    id: 'segment-6',
    facts: [
      {
        text: 'The missing link: the Trans-Afghan (Uzbekistan–Afghanistan–Pakistan) railway. A protocol signed in Islamabad on 18 July 2023 routed it via Mazar-i-Sharif and Logar to the Kharlachi crossing.',
        sources: ['theNewsIslamabadProtocol', 'dawnIslamabadProtocol'],
      },
      {
        text: 'A framework agreement for its feasibility study was signed in Kabul on 17 July 2025.',
        sources: ['astanaTimesKabul'],
      },
      {
        text: 'Reports give its length as 573 km or 760 km, and up to 15 million tonnes a year by 2030.',
        sources: ['intellinewsRoadmap', 'pakistanTodayIslamabad'],
      },
      {
        text: 'Its estimated cost has risen from about $5 bn to $7 bn; it would cut transit from about 35 days to 3–5.',
        sources: ['astanaTimesKabul'],
      },
    ],
  },
  {
    id: 'segment-7',
    facts: [
      {
        text: 'At Kharlachi the gauge would change from 1520 mm to Pakistan’s 1676 mm.',
        sources: ['railwayGazetteGauge'],
      },
      {
        text: 'Drawn on via Thal and Kohat to Peshawar: no source names this path, and where the line would join Pakistan Railways is unconfirmed.',
        drawn: true,
      },
    ],
  },
  {
    id: 'segment-8',
    facts: [
      {
        text: 'Drawn along Pakistan’s main line from Peshawar via Rawalpindi, Lahore, Multan, Rohri and Hyderabad to the port of Karachi.',
        drawn: true,
      },
    ],
  },
  {
    id: 'segment-alt',
    facts: [
      {
        text: 'The roadmap of February 2021 ran from Termez via Mazar-i-Sharif and Kabul to Peshawar; Pakistan and Uzbekistan had appealed for $4.8 bn in loans to build it.',
        sources: ['intellinewsRoadmap'],
      },
      {
        text: 'Superseded in July 2023 by the route via Kharlachi.',
        sources: ['theNewsIslamabadProtocol', 'dawnIslamabadProtocol'],
      },
      { text: 'Drawn via Jalalabad and the Torkham crossing.', drawn: true },
    ],
  },
];
