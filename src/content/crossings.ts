import type { Statement } from './sources';

/**
 * What happens where the route crosses a border or changes gauge (the crossings `npm run geo` finds
 * on the line: geo/facts.json). Where, on which gauges and whether built come from geo/; the words
 * and their sources from here.
 */
export interface CrossingContent {
  /** The crossing's id in geo/facts.json: its border station's, or the two countries' codes. */
  id: string;
  name: string;
  /** What happens there, each fact with its sources, and what is only the line as drawn. */
  facts: Statement[];
}

export const crossings: CrossingContent[] = [
  {
    id: 'blr-rus',
    name: 'Belarus–Russia border',
    facts: [
      {
        text: 'Drawn where the line from Orsha to Smolensk meets the border: no corridor source names the crossing.',
        drawn: true,
      },
    ],
  },
  {
    id: 'sol-iletsk',
    name: 'Sol-Iletsk',
    facts: [
      {
        text: 'A Russian border station, where trains to and from Kazakhstan are checked.',
        sources: ['caravanSolIletsk'],
      },
      {
        text: 'Rail crossings between Russia and Kazakhstan carried 61.8 million tonnes in the first eight months of 2025, 4.5 % more than a year before.',
        sources: ['rzdRussiaKazakhstan'],
      },
      {
        text: 'The path drawn on to Aktobe, which no source names, meets the border further south-east.',
        drawn: true,
      },
    ],
  },
  {
    id: 'saryagash',
    name: 'Saryagash–Keles',
    facts: [
      {
        text: 'Trains pass between Saryagash in Kazakhstan and Keles in Uzbekistan, the junction that carries most of the two countries’ rail freight; work on its border yards raised its capacity by half in 2024.',
        sources: ['railwayGazetteSaryagash', 'uzdailyKeles'],
      },
      {
        text: 'Up to 36 pairs of trains a day cross here, to rise to 40; rail freight between the two countries reached 32.3 million tonnes in 2025.',
        sources: ['astanaTimesSaryagash', 'qazinformSaryagash'],
      },
    ],
  },
  {
    id: 'hairatan',
    name: 'Termez–Hairatan',
    facts: [
      {
        text: 'The Friendship Bridge, opened in 1982, carries road and rail over the Amu Darya: the only fixed link between Uzbekistan and Afghanistan.',
        sources: ['wikipediaFriendshipBridge'],
      },
      {
        text: 'Hairatan has a freight yard; the line runs on, on the same gauge, 75 km to Naibabad near Mazar-i-Sharif.',
        sources: ['railwayGazetteGauge', 'adbHairatan'],
      },
    ],
  },
  {
    id: 'kharlachi',
    name: 'Kharlachi',
    facts: [
      {
        text: 'The protocol signed in Islamabad on 18 July 2023 takes the Trans-Afghan railway into Pakistan here, in place of Torkham.',
        sources: ['theNewsIslamabadProtocol', 'dawnIslamabadProtocol'],
      },
      {
        text: 'Pakistan Railways recommends it as the shorter way to Karachi’s port, on a gentler gradient: shorter by 227 km in one report, by 277 km in another.',
        sources: ['dawnLahoreKharlachi', 'wealthPakistanKharlachi'],
      },
      {
        text: 'In October 2025 Afghanistan’s cabinet chose 1520 mm for the Trans-Afghanistan Railway, described as running from Hairatan to Spin Boldak; Pakistan’s network is 1676 mm. Where Pakistan’s trains meet another gauge, at Zahedan in Iran, goods are unloaded and transhipped.',
        sources: ['railwayGazetteGauge', 'dawnZahedan'],
      },
      {
        text: 'Where the new line would meet Pakistan Railways, and so where goods would change trains, is unconfirmed: the change is drawn at the crossing.',
        drawn: true,
      },
    ],
  },
  {
    id: 'torkham',
    name: 'Torkham',
    facts: [
      {
        text: 'Pakistan Railways recommends crossing at Kharlachi instead; the old line from Peshawar towards Torkham is so steep that it limits trains to 200 tonnes.',
        sources: ['dawnLahoreKharlachi', 'wealthPakistanKharlachi'],
      },
      { text: 'The superseded variant is drawn through here, via Kabul and Jalalabad.', drawn: true },
    ],
  },
];
