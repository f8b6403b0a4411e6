import type { ExcerptKey } from './excerpts';
import type { Statement } from './sources';

/**
 * How far a stretch of the corridor had come: proposed, its route agreed, built, or superseded by
 * another route. A map of a date draws it planned, operating or as a ghost (src/lib/model/timeline.ts).
 */
export type Stage = 'proposed' | 'agreed' | 'built' | 'superseded';

/**
 * A dated event in the corridor's history, from shared/corridor-facts.md ("Timeline"), each with its
 * sources. `changes` is what it did to the stretches of geo/corridor.geojson; a stretch no event
 * changes was running before the first one and is drawn operating at every date.
 */
export interface TimelineEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources are. */
  date: string;
  /** What happened, in a few words: the event's name in the list and on the range. */
  title: string;
  /** The facts behind it, each with its sources. */
  facts: Statement[];
  changes?: Record<string, Stage>;
  /** Keys of excerpts.ts: the article's own words, for the article's day. */
  excerpts?: ExcerptKey[];
}

/** In the order they happened: geo:check holds it so. */
export const timeline: TimelineEvent[] = [
  {
    id: 'friendship-bridge',
    date: '1982',
    title: 'The Friendship Bridge opens',
    facts: [
      {
        text: 'The Friendship Bridge opens, carrying road and rail from Termez across the Amu Darya to Hairatan: still the only fixed link between Uzbekistan and Afghanistan.',
        sources: ['wikipediaFriendshipBridge'],
      },
    ],
  },
  {
    id: 'hairatan-line',
    date: '2010-11',
    title: 'Hairatan–Mazar-i-Sharif line finished',
    facts: [
      {
        text: 'Works finish on the 75 km line from Hairatan to Naibabad near Mazar-i-Sharif, built with a US$165 million grant from the Asian Development Bank.',
        sources: ['adbHairatan', 'adbCaseStudy'],
      },
    ],
    changes: { 'segment-5': 'built' },
  },
  {
    id: 'proposal',
    date: '2018',
    title: 'Uzbekistan proposes a Trans-Afghan railway',
    facts: [
      {
        text: 'Uzbekistan puts forward a railway across Afghanistan to Pakistan’s ports; talks on it begin.',
        sources: ['intellinewsRoadmap', 'kunUzBaghlan'],
      },
    ],
  },
  {
    id: 'roadmap',
    date: '2021-02',
    title: 'Roadmap: via Kabul to Peshawar',
    facts: [
      {
        text: 'In Tashkent, officials of the three countries sign a roadmap for a line from Termez via Mazar-i-Sharif and Kabul to Peshawar.',
        sources: ['intellinewsRoadmap'],
      },
    ],
    changes: { 'segment-alt': 'agreed' },
  },
  {
    id: 'reroute',
    date: '2022-01',
    title: 'Afghanistan picks Baghlan and Bamiyan',
    facts: [
      {
        text: 'Afghanistan’s interim government approves a route from Mazar-i-Sharif through Baghlan and Bamiyan, instead of over the Salang pass.',
        sources: ['kunUzBaghlan', 'aanSalang'],
      },
      { text: 'This map draws the line straight between its stops, so it does not change here.', drawn: true },
    ],
  },
  {
    id: 'islamabad-protocol',
    date: '2023-07-18',
    title: 'Islamabad protocol: via Logar to Kharlachi',
    facts: [
      {
        text: 'A protocol signed in Islamabad routes the railway from Mazar-i-Sharif via Logar to the Kharlachi crossing, in place of Kabul and Torkham.',
        sources: ['theNewsIslamabadProtocol', 'dawnIslamabadProtocol'],
      },
      {
        text: 'Where the line would join Pakistan’s network is not yet confirmed.',
        sources: ['theNewsIslamabadProtocol'],
      },
    ],
    changes: { 'segment-6': 'agreed', 'segment-7': 'agreed', 'segment-alt': 'superseded' },
  },
  {
    id: 'memorandum',
    date: '2023-11',
    title: 'Corridor memorandum in Tashkent',
    facts: [
      {
        text: 'Russia, Kazakhstan and Uzbekistan sign the corridor’s memorandum at the SCO transport forum in Tashkent; one report dates it August 2022.',
        sources: ['tassPakistanJoins', 'trendWorkingGroup', 'azonPakistanJoins'],
      },
    ],
  },
  {
    id: 'belarus-joins',
    date: '2024-04-23',
    title: 'Belarus joins, in Termez',
    facts: [
      {
        text: 'At a working group in Termez a roadmap for the corridor is signed, and Belarus joins it.',
        sources: ['ncaTermez'],
      },
    ],
  },
  {
    id: 'pakistan-joins',
    date: '2024-09',
    title: 'Pakistan joins',
    facts: [{ text: 'Pakistan joins the corridor’s memorandum.', sources: ['tassPakistanJoins', 'ncaPakistanJoins'] }],
  },
  {
    id: 'framework',
    date: '2025-07-17',
    title: 'Framework for the feasibility study',
    facts: [
      {
        text: 'In Kabul, the three countries sign a framework agreement for the joint feasibility study of the line to Kharlachi.',
        sources: ['astanaTimesKabul'],
      },
    ],
  },
  {
    id: 'working-group',
    date: '2025-07-29',
    title: 'Working group in Tashkent',
    facts: [{ text: 'The corridor’s working group meets in Tashkent.', sources: ['trendWorkingGroup'] }],
  },
  {
    id: 'article',
    date: '2025-09-02',
    title: 'Sharif and Putin meet in Beijing',
    facts: [
      {
        text: 'Sharif and Putin meet at the Diaoyutai State Guesthouse in Beijing, the day after the SCO summit in Tianjin.',
        sources: ['kremlinBeijing', 'theNewsBeijing'],
      },
    ],
    excerpts: ['corridor'],
  },
  {
    id: 'gauge',
    date: '2025-10-20',
    title: 'Afghanistan chooses 1520 mm',
    facts: [
      {
        text: 'Afghanistan’s cabinet chooses the 1520 mm gauge of the lines to the north for its railway from Hairatan to Spin Boldak.',
        sources: ['railwayGazetteGauge'],
      },
    ],
  },
  {
    id: 'sco-moscow',
    date: '2025-11',
    title: 'SCO heads of government in Moscow',
    facts: [
      {
        text: 'Russia hosts the SCO heads-of-government meeting in Moscow, to which Putin invited Sharif in Beijing.',
        sources: ['tassInvitation', 'pakistanObserverInvitation'],
      },
    ],
  },
];
