import type { ExcerptKey } from './excerpts';
import type { NativeName } from './native';
import type { Statement } from './sources';

export interface CountryContent {
  /** ISO 3166-1 alpha-3, the id of the country in geo/countries.geojson. */
  id: string;
  name: string;
  /** The name in the national languages, shown with the English. */
  native: NativeName[];
  /** The country's part in the corridor: facts beyond the article, each with its sources, and the line as drawn. */
  role: Statement[];
  excerpts: ExcerptKey[];
}

/** The six corridor countries, in corridor order. */
export const countries: CountryContent[] = [
  {
    id: 'BLR',
    name: 'Belarus',
    native: [{ text: 'Беларусь', lang: 'be', language: 'Belarusian and Russian' }],
    role: [
      { text: 'The western end, from Minsk.', drawn: true },
      {
        text: 'Belarus joined the corridor at the first meeting of its working group, in Termez on 23 April 2024.',
        sources: ['ncaTermez', 'tassPakistanJoins'],
      },
    ],
    excerpts: ['corridor'],
  },
  {
    id: 'RUS',
    name: 'Russia',
    native: [{ text: 'Россия', lang: 'ru', language: 'Russian' }],
    role: [
      {
        text: 'Signed the corridor memorandum with Kazakhstan and Uzbekistan at the SCO transport forum in Tashkent in November 2023; one report dates it August 2022, when work on the corridor began.',
        sources: ['tassPakistanJoins', 'trendWorkingGroup', 'azonPakistanJoins'],
      },
      { text: 'The route is drawn from Smolensk through Moscow to Sol-Iletsk on the Kazakh border.', drawn: true },
    ],
    excerpts: ['corridor'],
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    native: [{ text: 'Қазақстан', lang: 'kk', language: 'Kazakh' }],
    role: [
      { text: 'Signed the Tashkent memorandum of November 2023.', sources: ['tassPakistanJoins', 'trendWorkingGroup'] },
      { text: 'The route is drawn across it from Aktobe to Saryagash on the Uzbek border.', drawn: true },
    ],
    excerpts: ['corridor'],
  },
  {
    id: 'UZB',
    name: 'Uzbekistan',
    native: [{ text: 'Oʻzbekiston', lang: 'uz-Latn', language: 'Uzbek' }],
    role: [
      {
        text: 'Signed the Tashkent memorandum of November 2023; a working group met in Tashkent on 29 July 2025.',
        sources: ['tassPakistanJoins', 'trendWorkingGroup'],
      },
      {
        text: 'Rail of the 1520 mm gauge runs on to Termez, the Uzbek railhead.',
        sources: ['railwayGazetteGauge'],
      },
    ],
    excerpts: ['corridor'],
  },
  {
    id: 'AFG',
    name: 'Afghanistan',
    native: [{ text: 'افغانستان', lang: 'ps', language: 'Pashto and Dari' }],
    role: [
      {
        text: 'Today 75 km of 1520 mm rail run from the Friendship Bridge at Hairatan to Naibabad, near Mazar-i-Sharif.',
        sources: ['adbHairatan', 'railwayGazetteGauge', 'wikipediaFriendshipBridge'],
      },
      {
        text: 'The planned Trans-Afghan railway would carry it on to Kharlachi.',
        sources: ['theNewsIslamabadProtocol', 'astanaTimesKabul'],
      },
    ],
    excerpts: ['corridor'],
  },
  {
    id: 'PAK',
    name: 'Pakistan',
    native: [{ text: 'پاکستان', lang: 'ur', language: 'Urdu' }],
    role: [
      {
        text: 'Joined the corridor’s memorandum in September 2024.',
        sources: ['tassPakistanJoins', 'ncaPakistanJoins'],
      },
      {
        text: 'The planned line is to reach Pakistan at Kharlachi; where it would join Pakistan’s network is not yet confirmed.',
        sources: ['theNewsIslamabadProtocol'],
      },
      {
        text: 'The gauge changes at or near Kharlachi, from 1520 mm to Pakistan’s 1676 mm.',
        sources: ['railwayGazetteGauge'],
      },
      { text: 'The route is drawn on along the main line to the port of Karachi.', drawn: true },
    ],
    excerpts: ['corridor', 'floods'],
  },
];
