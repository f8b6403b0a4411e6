import type { ExcerptKey } from './excerpts';
import type { NativeName } from './native';
import type { Statement } from './sources';

export interface PlaceContent {
  /** The id of the place in geo/places.geojson. */
  id: string;
  name: string;
  /** The name in the country's national languages, shown with the English. */
  native: NativeName[];
  /** What happened there, dated: facts beyond the article, each with its sources. */
  dated: Statement[];
  excerpts: ExcerptKey[];
}

/** The places the article names, west to east as a reader meets them in the story: each is marked on the map. */
export const places: PlaceContent[] = [
  {
    id: 'beijing',
    name: 'Beijing',
    native: [{ text: '北京', lang: 'zh-Hans', language: 'Chinese' }],
    dated: [
      {
        text: '2 September 2025: Sharif and Putin met at the Diaoyutai State Guesthouse in Beijing, the day after the SCO summit in Tianjin.',
        sources: ['kremlinBeijing', 'theNewsBeijing'],
      },
    ],
    excerpts: ['metInBeijing', 'tradeDeclined', 'putinOnTrade'],
  },
  {
    id: 'astana',
    name: 'Astana',
    native: [{ text: 'Астана', lang: 'kk', language: 'Kazakh and Russian' }],
    dated: [
      {
        text: '3 July 2024: Sharif and Putin met in Astana, beside the SCO summit held there.',
        sources: ['theNewsAstana'],
      },
    ],
    excerpts: ['astanaMeeting', 'protocols'],
  },
  {
    id: 'moscow',
    name: 'Moscow',
    native: [{ text: 'Москва', lang: 'ru', language: 'Russian' }],
    dated: [
      {
        text: '2 September 2025: in Beijing, Putin invited Sharif to the SCO heads-of-government meeting that Russia hosts in Moscow in November 2025.',
        sources: ['tassInvitation', 'pakistanObserverInvitation'],
      },
    ],
    excerpts: ['invitation'],
  },
  {
    id: 'karachi',
    name: 'Karachi',
    native: [{ text: 'کراچی', lang: 'ur', language: 'Urdu' }],
    dated: [
      {
        text: '11 July 2025: a protocol to revive Pakistan Steel Mills in Karachi, idle since June 2015, was signed in Moscow.',
        sources: ['geoSteelMills', 'arabNewsSteelMills'],
      },
      {
        text: 'The first cargo of Russian crude reached Karachi on 11 June 2023.',
        sources: ['khaleejCrude'],
      },
    ],
    excerpts: ['steelMills', 'russianCrude'],
  },
];
