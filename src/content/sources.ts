/**
 * Where each fact beyond the article comes from. Started from shared/corridor-facts.md ("Facts and
 * their sources") and checked against the published pages. A statement cites one or more of these by
 * key; geo:check fails on a statement that cites none, on a key that is not here, on a statement that
 * rests on weak (C) sources alone, and on a source nothing cites.
 */

/**
 * How far a source can be trusted alone: A, a wire agency, an official body or the trade press of
 * record; B, a national or regional outlet; C, weak: only beside a stronger one, never alone.
 */
export type Strength = 'A' | 'B' | 'C';

export interface Source {
  outlet: string;
  /** The headline or page title, where we have it word for word. */
  title?: string;
  /** When it was published: YYYY-MM-DD, or YYYY-MM where the day is not known; none for an undated page. */
  date?: string;
  url: string;
  strength: Strength;
}

export const sources = {
  kremlinBeijing: {
    outlet: 'Kremlin',
    date: '2025-09-02',
    url: 'https://en.special.kremlin.ru/events/president/news/77885',
    strength: 'A',
  },
  theNewsBeijing: {
    outlet: 'The News',
    date: '2025-09-02',
    url: 'https://www.thenews.com.pk/latest/1340816-pakistan-committed-to-regional-peace-and-prosperity-islamabad-tells-moscow',
    strength: 'B',
  },
  tassInvitation: {
    outlet: 'TASS',
    date: '2025-09-02',
    url: 'https://tass.com/world/2011059',
    strength: 'A',
  },
  pakistanObserverInvitation: {
    outlet: 'Pakistan Observer',
    date: '2025-09-02',
    url: 'https://pakobserver.net/putin-invites-pak-pm-shehbaz-to-sco-heads-of-government-summit-in-moscow/',
    strength: 'B',
  },
  theNewsAstana: {
    outlet: 'The News',
    date: '2024-07',
    url: 'https://www.thenews.com.pk/latest/1205967',
    strength: 'B',
  },
  geoSteelMills: {
    outlet: 'Geo News',
    date: '2025-07-11',
    url: 'https://www.geo.tv/latest/613556-pakistan-russia-ink-agreement-to-revive-pakistan-steel-mills',
    strength: 'B',
  },
  arabNewsSteelMills: {
    outlet: 'Arab News Pakistan',
    title: 'Islamabad, Moscow sign protocol to restore and modernize Pakistan Steel Mills',
    date: '2025-07-11',
    url: 'https://www.arabnews.pk/node/2607737/pakistan',
    strength: 'B',
  },
  khaleejCrude: {
    outlet: 'Khaleej Times (Reuters)',
    title: 'Pakistan: First discounted Russian crude oil cargo arrives in Karachi, says PM',
    date: '2023-06-11',
    url: 'https://www.khaleejtimes.com/world/pakistan-first-discounted-russian-crude-oil-cargo-arrives-in-karachi-says-pm',
    strength: 'B',
  },
  tassPakistanJoins: {
    outlet: 'TASS',
    date: '2024-09-19',
    url: 'https://tass.com/world/1845417',
    strength: 'A',
  },
  azonPakistanJoins: {
    outlet: 'Azon',
    url: 'https://azon.global/en/posts/Turkish-World/pakistan-has-joined-a-new-transport-corridor-connecting-belarus-to-indian-ocean-ports',
    strength: 'C',
  },
  ncaPakistanJoins: {
    outlet: 'nCa',
    date: '2024-09-23',
    url: 'https://www.newscentralasia.net/2024/09/23/pakistan-joins-the-multimodal-corridor-belarus-russia-kazakhstan-uzbekistan-afghanistan-pakistan-ports-of-the-indian-ocean/',
    strength: 'B',
  },
  ncaTermez: {
    outlet: 'nCa',
    date: '2024-04-29',
    url: 'https://www.newscentralasia.net/2024/04/29/new-transport-corridor-linking-central-asia-the-cis-and-south-asia-aims-to-leverage-afghanistans-transit-potential/',
    strength: 'B',
  },
  trendWorkingGroup: {
    outlet: 'Trend',
    title: 'Uzbekistan gathers regional leaders to shape strategic trade route',
    date: '2025-07-29',
    url: 'https://www.trend.az/business/4075094.html',
    strength: 'B',
  },
  ncaDarbaza: {
    outlet: 'nCa',
    date: '2023-11-28',
    url: 'https://www.newscentralasia.net/2023/11/28/kazakhstan-launches-new-railway-project-improving-regional-connectivity-and-boosting-trade/',
    strength: 'B',
  },
  railwayGazetteGauge: {
    outlet: 'Railway Gazette International',
    date: '2025-10',
    url: 'https://www.railwaygazette.com/infrastructure/gauge-selected-for-trans-afghanistan-railway/69806.article',
    strength: 'A',
  },
  adbHairatan: {
    outlet: 'Asian Development Bank',
    title: 'Afghanistan: Hairatan to Mazar-e-Sharif Railway Project',
    url: 'https://www.adb.org/projects/42533-022/main',
    strength: 'A',
  },
  adbCaseStudy: {
    outlet: 'Development Asia (Asian Development Bank)',
    url: 'https://development.asia/case-study/how-build-railway-afghanistan-10-months',
    strength: 'A',
  },
  wikipediaFriendshipBridge: {
    outlet: 'Wikipedia',
    title: 'Afghanistan–Uzbekistan Friendship Bridge',
    url: 'https://en.wikipedia.org/wiki/Afghanistan%E2%80%93Uzbekistan_Friendship_Bridge',
    strength: 'B',
  },
  kunUzBaghlan: {
    outlet: 'Kun.uz',
    title: 'Afghanistan confirms direction of the Trans-Afghan railway',
    date: '2022-01-24',
    url: 'https://kun.uz/en/news/2022/01/24/afghanistan-confirms-direction-of-the-trans-afghan-railway',
    strength: 'B',
  },
  aanSalang: {
    outlet: 'Afghanistan Analysts Network (citing The Diplomat)',
    title: 'The Trans-Afghan Railway Line: Back on Track?',
    date: '2022-07-26',
    url: 'https://www.afghanistan-analysts.org/en/recommended-reading/the-trans-afghan-railway-line-back-on-track%EF%BF%BC/',
    strength: 'B',
  },
  astanaTimesWestern: {
    outlet: 'The Astana Times',
    date: '2025-04',
    url: 'https://astanatimes.com/2025/04/kazakhstan-afghanistan-launch-strategic-turgundi-herat-railway-project/',
    strength: 'B',
  },
  newsAzTurghundi: {
    outlet: 'News.az',
    title: 'Afghanistan and Kazakhstan agree to establish new transport line',
    date: '2025-07-14',
    url: 'https://news.az/news/afghanistan-and-kazakhstan-agree-to-establish-new-transport-line',
    strength: 'B',
  },
  trendIranRoute: {
    outlet: 'Trend',
    date: '2025-06-14',
    url: 'https://en.trend.az/business/4056846.html',
    strength: 'B',
  },
  theNewsIslamabadProtocol: {
    outlet: 'The News',
    title: 'Protocol signed to connect Uzbek rail network with Pakistan through Afghanistan',
    date: '2023-07-19',
    url: 'https://www.thenews.com.pk/print/1091981-protocol-signed-to-connect-uzbek-rail-network-with-pakistan-through-afghanistan',
    strength: 'B',
  },
  dawnIslamabadProtocol: {
    outlet: 'Dawn',
    title: 'Agreement signed on trans-Afghan railway project',
    date: '2023-07-19',
    url: 'https://www.dawn.com/news/1765547/agreement-signed-on-trans-afghan-railway-project',
    strength: 'B',
  },
  astanaTimesKabul: {
    outlet: 'The Astana Times',
    date: '2025-07',
    url: 'https://astanatimes.com/2025/07/uzbekistan-pakistan-and-afghanistan-sign-agreement-on-trans-afghan-railway/',
    strength: 'B',
  },
  intellinewsRoadmap: {
    outlet: 'bne IntelliNews',
    date: '2023-07',
    url: 'https://intellinews.com/pannier-central-asia-s-dream-of-taking-the-train-to-the-arabian-sea-a-step-closer-to-reality-285705',
    strength: 'B',
  },
  pakistanTodayIslamabad: {
    outlet: 'Pakistan Today (Anadolu Agency)',
    title: 'Pakistan, Uzbekistan, Afghanistan sign tripartite railway link project',
    date: '2023-07-19',
    url: 'https://www.pakistantoday.com.pk/2023/07/19/pakistan-uzbekistan-afghanistan-sign-tripartite-railway-link-project/',
    strength: 'B',
  },
  eirProtocol: {
    outlet: 'EIR (citing Railway Gazette International)',
    title: 'Trans-Afghan Railway Protocol Signed by Pakistan, Afghanistan, Uzbekistan',
    date: '2023-07',
    url: 'https://eir.news/2023/07/news/trans-afghan-railway-protocol-signed-by-pakistan-afghanistan-uzbekistan',
    strength: 'C',
  },
  caravanSolIletsk: {
    outlet: 'Caravan.kz',
    title: 'Транзитом со скоростью ветра',
    date: '2016-10-16',
    url: 'https://caravan.kz/?p=384223',
    strength: 'B',
  },
  rzdRussiaKazakhstan: {
    outlet: '1520 International',
    date: '2025-09',
    url: 'https://1520international.com/en/content/2025/sentyabr-2025/na-styke-severa-i-yuga',
    strength: 'B',
  },
  railwayGazetteSaryagash: {
    outlet: 'Railway Gazette International',
    date: '2024-08',
    url: 'https://www.railwaygazette.com/freight/expedited-rail-freight-service-cuts-china-uzbekistan-transit-time/67059.article',
    strength: 'A',
  },
  uzdailyKeles: {
    outlet: 'UzDaily',
    title: 'Uzbekistan and Kazakhstan sign a protocol on accelerated passage of trains',
    url: 'https://www.uzdaily.uz/en/uzbekistan-and-kazakhstan-sign-a-protocol-on-accelerated-passage-of-trains',
    strength: 'B',
  },
  astanaTimesSaryagash: {
    outlet: 'The Astana Times',
    date: '2026-02-17',
    url: 'https://astanatimes.com/2026/02/kazakhstan-uzbekistan-target-higher-railway-freight-volumes/',
    strength: 'B',
  },
  qazinformSaryagash: {
    outlet: 'Qazinform',
    date: '2026-02-17',
    url: 'https://qazinform.com/news/kazakhstan-and-uzbekistan-to-boost-rail-freight-to-60-mln-tons-fc7f19',
    strength: 'B',
  },
  dawnLahoreKharlachi: {
    outlet: 'Dawn Lahore',
    url: 'https://dawnlahore.com/?p=4389',
    strength: 'B',
  },
  wealthPakistanKharlachi: {
    outlet: 'Wealth Pakistan',
    url: 'https://wealthpakistan.com.pk/pakistan-afghan-railway-land-acquisition-kharlachi',
    strength: 'C',
  },
  dawnZahedan: {
    outlet: 'Dawn',
    title: 'Pakistani freight train likely to reach Zahedan today',
    date: '2022-03-21',
    url: 'https://www.dawn.com/news/1680969/pakistani-freight-train-likely-to-reach-zahedan-today',
    strength: 'B',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof sources;

/** A source by its key, as a `Source` (its title and date may be absent). */
export const sourceOf = (key: SourceKey): Source => sources[key];

/**
 * A statement beyond the article: the sources behind it; or, `drawn`, what it says of the line as this
 * map draws it (a path no source names), which states no reported fact and so holds no figure.
 */
export type Statement = { text: string; sources: readonly SourceKey[] } | { text: string; drawn: true };

/** The sources some statements cite, each once, in the order they are first cited. */
export function citedBy(statements: readonly Statement[]): SourceKey[] {
  return [...new Set(statements.flatMap((statement) => ('sources' in statement ? statement.sources : [])))];
}
