import type { SourceKey, Statement } from './sources';

/**
 * The ways from Pakistan to Russia the corridor is compared with (geo/routes.json and facts.json
 * `routes`, each measured from Karachi to Moscow): what each is called, how it goes, and the transit
 * time the sources report for it, where one does.
 */
export interface RouteContent {
  /** The route's id in geo/facts.json `routes`. */
  id: string;
  name: string;
  /** How it goes, in a few words: the row's second line. */
  by: string;
  /** The transit time a source reports, in days (fewest, most), what it counts, and its sources. */
  transit?: { days: [number, number]; counts: string; sources: readonly SourceKey[] };
  /** The facts behind the row, each with its sources. */
  facts: Statement[];
  /** The leg of geo/routes.json the map writes the route's name along: one no other route runs on. */
  namedOn?: string;
}

export const routes: RouteContent[] = [
  {
    id: 'corridor',
    name: 'This corridor',
    by: 'Rail via Peshawar, Kharlachi, Termez and Tashkent',
    transit: {
      days: [3, 5],
      counts: 'between Uzbekistan and Pakistan once the Trans-Afghan link is built, against about 35 today',
      sources: ['astanaTimesKabul'],
    },
    facts: [
      {
        text: 'The link across Afghanistan, from Naibabad to Kharlachi, is planned; a framework agreement for its feasibility study was signed in July 2025.',
        sources: ['astanaTimesKabul'],
      },
    ],
  },
  {
    id: 'western',
    name: 'Western Trans-Afghan',
    by: 'Rail via Quetta, Chaman, Kandahar, Herat and Turkmenistan',
    namedOn: 'western-3',
    facts: [
      {
        text: 'Kazakhstan and Afghanistan signed a protocol in April 2025 to build a line from Turghundi by Herat and Kandahar to Spin Boldak.',
        sources: ['astanaTimesWestern'],
      },
      {
        text: 'Turghundi is the railhead of a 1520 mm line from Turkmenistan; a memorandum of July 2025 plans 115 km from there to Herat, with US$500 million from Kazakhstan.',
        sources: ['newsAzTurghundi'],
      },
    ],
  },
  {
    id: 'iran',
    name: 'Rail through Iran',
    by: 'Rail via Quetta, Taftan, Zahedan, Sarakhs and Kazakhstan',
    transit: {
      days: [20, 25],
      counts: 'Lahore to Russia, nearly 8,000 km, the first service of June 2025',
      sources: ['trendIranRoute'],
    },
    namedOn: 'iran-3',
    facts: [
      {
        text: 'The eastern branch of the North–South corridor: from Lahore over 2,000 km to Taftan; the gauge changes at Zahedan, where the cargo is transloaded, and again at Sarakhs; on through Turkmenistan and Kazakhstan to Astrakhan.',
        sources: ['trendIranRoute'],
      },
      {
        text: 'Goods are transhipped at Zahedan, where Pakistan’s gauge meets another.',
        sources: ['dawnZahedan'],
      },
    ],
  },
  {
    id: 'sea',
    name: 'By sea',
    by: 'Ship from Port Qasim through Suez and the Bosporus to Novorossiysk, then rail',
    namedOn: 'sea-2',
    facts: [
      {
        text: 'Drawn along the shortest path of a maritime network between the two ports; no corridor source reports the voyage’s length or time.',
        drawn: true,
      },
    ],
  },
];

/** The countries the compared routes pass through, as the table names them. */
export const countryNames: Record<string, string> = {
  AFG: 'Afghanistan',
  EGY: 'Egypt',
  IRN: 'Iran',
  KAZ: 'Kazakhstan',
  PAK: 'Pakistan',
  RUS: 'Russia',
  TKM: 'Turkmenistan',
  TUR: 'Turkey',
  UZB: 'Uzbekistan',
};
