import type { ExcerptKey } from './excerpts';
import type { NativeName } from './native';

export interface PlaceContent {
  /** The id of the place in geo/places.geojson. */
  id: string;
  name: string;
  /** The name in the country's national languages, shown with the English. */
  native: NativeName[];
  /** What happened there, dated; from the corridor's fact sheet, beyond the article. */
  dated: string;
  excerpts: ExcerptKey[];
}

/** The places the article names, west to east as a reader meets them in the story: each is marked on the map. */
export const places: PlaceContent[] = [
  {
    id: 'beijing',
    name: 'Beijing',
    native: [{ text: '北京', lang: 'zh-Hans', language: 'Chinese' }],
    dated:
      '2 September 2025: Sharif and Putin met at the Diaoyutai State Guesthouse, after the SCO summit in Tianjin (31 August – 1 September) and ahead of the parade of 3 September.',
    excerpts: ['metInBeijing', 'tradeDeclined', 'putinOnTrade'],
  },
  {
    id: 'astana',
    name: 'Astana',
    native: [{ text: 'Астана', lang: 'kk', language: 'Kazakh and Russian' }],
    dated: '3 July 2024: Sharif and Putin met beside the SCO summit held in Astana on 3–4 July 2024.',
    excerpts: ['astanaMeeting', 'protocols'],
  },
  {
    id: 'moscow',
    name: 'Moscow',
    native: [{ text: 'Москва', lang: 'ru', language: 'Russian' }],
    dated:
      '2 September 2025: in Beijing, Putin invited Sharif to the SCO heads-of-government meeting that Russia hosts in Moscow in November 2025.',
    excerpts: ['invitation'],
  },
  {
    id: 'karachi',
    name: 'Karachi',
    native: [{ text: 'کراچی', lang: 'ur', language: 'Urdu' }],
    dated:
      '11 July 2025: a protocol to revive Pakistan Steel Mills at Bin Qasim, idle since June 2015, was signed in Moscow. The first cargo of Russian crude reached Karachi on 11 June 2023.',
    excerpts: ['steelMills', 'russianCrude'],
  },
];
