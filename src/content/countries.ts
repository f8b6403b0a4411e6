import type { ExcerptKey } from './excerpts';
import type { NativeName } from './native';

export interface CountryContent {
  /** ISO 3166-1 alpha-3, the id of the country in geo/countries.geojson. */
  id: string;
  name: string;
  /** The name in the national languages, shown with the English. */
  native: NativeName[];
  /** The country's part in the corridor, from the corridor's fact sheet. */
  role: string;
  excerpts: ExcerptKey[];
}

/** The six corridor countries, in corridor order. */
export const countries: CountryContent[] = [
  {
    id: 'BLR',
    name: 'Belarus',
    native: [{ text: 'Беларусь', lang: 'be', language: 'Belarusian and Russian' }],
    role: 'The western end, from Minsk. Belarus joined the corridor at a working-group meeting in Termez on 23 April 2024.',
    excerpts: ['corridor'],
  },
  {
    id: 'RUS',
    name: 'Russia',
    native: [{ text: 'Россия', lang: 'ru', language: 'Russian' }],
    role: 'Signed the corridor memorandum with Kazakhstan and Uzbekistan at the SCO transport forum in Tashkent in November 2023. The route runs from Smolensk through Moscow to Sol-Iletsk on the Kazakh border.',
    excerpts: ['corridor'],
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    native: [{ text: 'Қазақстан', lang: 'kk', language: 'Kazakh' }],
    role: 'Signed the Tashkent memorandum of November 2023. The route crosses it from Aktobe to Saryagash on the Uzbek border.',
    excerpts: ['corridor'],
  },
  {
    id: 'UZB',
    name: 'Uzbekistan',
    native: [{ text: 'Oʻzbekiston', lang: 'uz-Latn', language: 'Uzbek' }],
    role: 'Signed the Tashkent memorandum of November 2023; a working group met in Tashkent on 29 July 2025. Rail of the 1520 mm gauge runs on to Termez, the Uzbek railhead.',
    excerpts: ['corridor'],
  },
  {
    id: 'AFG',
    name: 'Afghanistan',
    native: [{ text: 'افغانستان', lang: 'ps', language: 'Pashto and Dari' }],
    role: 'Today 75 km of 1520 mm rail cross the Friendship Bridge to Naibabad, near Mazar-i-Sharif; beyond, freight goes by road. The planned Trans-Afghan railway would carry it on to Kharlachi.',
    excerpts: ['corridor'],
  },
  {
    id: 'PAK',
    name: 'Pakistan',
    native: [{ text: 'پاکستان', lang: 'ur', language: 'Urdu' }],
    role: 'Joined the corridor in September 2024. The planned line is to reach Pakistan at Kharlachi; where it would join Pakistan’s network is not yet confirmed. The gauge changes at or near Kharlachi from 1520 mm to 1676 mm, and main line ML-1 runs to the port of Karachi.',
    excerpts: ['corridor', 'floods'],
  },
];
