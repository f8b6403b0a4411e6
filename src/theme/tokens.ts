/**
 * Every colour, font, type size and shared measure of the page, the map and the saved figure, and
 * the one phone breakpoint. CSS reads them as custom properties (`./css.ts`), the MapLibre style,
 * the figure and the tests read them here: a value written twice is a bug waiting for its second edit.
 * Sizes are CSS pixels at the browser's default 16 px root; `./css.ts` gives in rem what the page
 * sizes in rem, so it still follows a reader's own text size.
 */

/** The page's colours. */
export const colour = {
  /** The corridor's red: its line, its arrows, and every accent that points to it. */
  corridor: '#b3261e',
  ink: '#1d232b',
  muted: '#5c6166',
  paper: '#f7f5f0',
  rule: '#d9d4c8',
  white: '#ffffff',
  /** A selected place's dot and a highlighted passage. */
  highlight: '#f6d77a',
  focus: '#1a5fb4',
  /** A compared route: another way from Pakistan to Russia, drawn beside the corridor. */
  compared: '#1f4e79',
  /** Printed text: black, and grey for the credits. */
  print: '#000000',
  printMuted: '#333333',
} as const;

/** The map's own colours, drawn by MapLibre and by the figure behind it. */
export const mapColour = {
  sea: '#dbe6ec',
  context: '#eeebe3',
  contextBorder: '#cbc6ba',
  corridorCountry: '#fbf6e9',
  corridorBorder: '#8c8474',
  selectedCountry: '#f4e2b8',
  countryLabel: '#6e6657',
  /** A sea's name, over the sea. */
  seaLabel: '#46606e',
  /** A selected stretch of the corridor, under its line. */
  selection: '#f2b632',
  node: colour.white,
  nodeStroke: colour.ink,
  label: colour.ink,
  halo: colour.white,
} as const;

/** White over the map, as strong as what it holds needs: controls, a place's name, the credits. */
export const veil = {
  control: 'rgb(255 255 255 / 0.95)',
  label: 'rgb(255 255 255 / 0.92)',
  credits: 'rgb(255 255 255 / 0.85)',
} as const;

/** The page's two themes: light, and dark for a reader whose system asks for it or who switches to it. */
export type Theme = 'light' | 'dark';

/** Every colour one theme sets: the page's, the map's and the veils over the map. */
export interface Palette {
  colour: { readonly [K in keyof typeof colour]: string };
  map: { readonly [K in keyof typeof mapColour]: string };
  veil: { readonly [K in keyof typeof veil]: string };
}

/**
 * The dark theme: the same roles, each pair keeping the light theme's contrast (text 4.5 : 1, the
 * corridor 3 : 1 against every ground it crosses; theme.test.ts proves both). `white` is the surface
 * panels and cards sit on; printed text stays black on paper in either theme.
 */
const darkColour: Palette['colour'] = {
  corridor: '#ff6f61',
  ink: '#e9e6df',
  muted: '#a9aeb4',
  paper: '#15181c',
  rule: '#3b4148',
  white: '#20242a',
  highlight: '#6b5416',
  focus: '#7cb0ff',
  compared: '#8dbbe8',
  print: colour.print,
  printMuted: colour.printMuted,
};

const darkMapColour: Palette['map'] = {
  sea: '#1a2730',
  context: '#25282c',
  contextBorder: '#3e4349',
  corridorCountry: '#2f2d28',
  corridorBorder: '#8a826f',
  selectedCountry: '#4d4020',
  countryLabel: '#bdb29d',
  seaLabel: '#93b4c4',
  selection: '#c98f12',
  node: darkColour.white,
  nodeStroke: darkColour.ink,
  label: darkColour.ink,
  halo: darkColour.white,
};

const darkVeil: Palette['veil'] = {
  control: 'rgb(32 36 42 / 0.95)',
  label: 'rgb(32 36 42 / 0.92)',
  credits: 'rgb(32 36 42 / 0.85)',
};

export const palettes: Record<Theme, Palette> = {
  light: { colour, map: mapColour, veil },
  dark: { colour: darkColour, map: darkMapColour, veil: darkVeil },
};

/** Shadows: each an offset, a blur and a colour, so the figure can cast the same as the page. */
export const shadow = {
  label: { y: 1, blur: 2, colour: 'rgb(0 0 0 / 0.25)' },
  control: { y: 1, blur: 3, colour: 'rgb(0 0 0 / 0.2)' },
  key: { y: 1, blur: 4, colour: 'rgb(0 0 0 / 0.2)' },
  menu: { y: 2, blur: 8, colour: 'rgb(0 0 0 / 0.15)' },
  popup: { y: 2, blur: 10, colour: 'rgb(0 0 0 / 0.25)' },
  /** The phone's sheet, cast upwards over the map. */
  sheet: { y: -4, blur: 12, colour: 'rgb(0 0 0 / 0.12)' },
} as const;
export type Shadow = (typeof shadow)[keyof typeof shadow];

export const font = {
  sans: "'Noto Sans', sans-serif",
  serif: "'Noto Serif', Georgia, serif",
  /** The map's own labels (the corridor's nodes), drawn by MapLibre from a bundled file. */
  mapLabel: 'Noto Sans Regular',
  regular: 400,
  semibold: 600,
  bold: 700,
} as const;

/** Type sizes in px, by what is set in them. */
export const text = {
  credits: 11,
  small: 12,
  ui: 13,
  body: 14,
  native: 16,
  popupTitle: 16.8,
  headlinePhone: 19.2,
  close: 20.8,
  headline: 24,
} as const;

/** The printed sheet's type sizes, in points. */
export const printText = { body: 10, heading: 13, title: 15, credits: 8 } as const;

export const radius = { panel: 6, control: 4, label: 3, pill: 999 } as const;

/** A place the article names: a ringed dot, and its names on a label beside it (page and figure). */
export const marker = {
  /** The dot's width, its white ring and the dark rim around it. */
  dot: 14,
  ring: 3,
  rim: 1,
  /** Between the dot and the label. */
  gap: 4.8,
  label: {
    size: text.ui,
    weight: font.semibold,
    padX: 6.4,
    padY: 3.2,
    radius: radius.label,
    /** The native names, after the English one. */
    nativeSize: text.small,
    nativeGap: 2.4,
    nativeOpacity: 0.85,
  },
} as const;

/** A corridor country's name over the map, in capitals with its native name under it. */
export const countryLabel = {
  /** Grows with the zoom as the map's own labels would: `size.least` px at zoom 2, `size.most` at zoom 6. */
  size: { least: 11, most: 15 },
  letterSpacing: 0.12,
  lineHeight: 1.2,
  nativeScale: 0.85,
  /** The white halo that keeps it readable over borders and the corridor line. */
  halo: 1.5,
} as const;

/**
 * The other names over the map, quieter than the corridor countries': the route's stops (the main
 * ones at every zoom, border crossings from `stopZooms.border`, the rest from `stopZooms.other`),
 * the neighbouring countries and the seas (from `contextZoom`).
 */
export const mapNames = {
  stop: { size: 11.5, weight: font.semibold, halo: 1.5 },
  neighbour: { size: 10, letterSpacing: 0.08 },
  sea: { size: 11 },
  /** A compared route's name, along its line in its colour. */
  route: { size: 12, weight: font.semibold },
  stopZooms: { border: 4, other: 5 },
  /** Neighbours and seas are named from this zoom: closer out, the corridor's own names need the room. */
  contextZoom: 2,
} as const;

/** The credits line along the map's foot. */
export const credits = { size: text.credits, lineHeight: 1.35, padX: 8, padY: 4 } as const;

/**
 * The corridor as the map draws it, the strongest thing on the map. Widths are px, dashes in line
 * widths (MapLibre's unit). Two questions, two visual variables: whether a stretch is built (solid)
 * or planned (dashed), and whether a source names its path or it is approximate (a pale stripe down
 * its middle). Both keep the full red, so every stretch holds its contrast against the land.
 */
export const corridorLine = {
  /** By zoom: `narrow` px at zoom 2 and below, `wide` at zoom 6. */
  width: { narrow: 5, wide: 7.5 },
  /** A white edge each side of the main route, parting it from borders and land. */
  casing: 1.5,
  plannedDash: [1.6, 1.1],
  /** Where no corridor source names the path: a pale stripe down the middle, this share of the line's width. */
  approximate: { stripeScale: 0.22, colour: colour.white },
  /** The superseded 2021 plan, drawn only where it is the subject: thinner and dotted. */
  alternative: { widthScale: 0.7, opacity: 0.75, dash: [0.6, 1.6] },
  /** A selected stretch: a wide band under the line. */
  selection: { widthScale: 2.6, opacity: 0.85 },
  /** The chevrons showing the way it runs, pale over the line, by zoom as the line's width. */
  arrowWidth: { narrow: 1.3, wide: 1.9 },
  arrowColour: colour.white,
  /** Invisible and wide: a line a few pixels thick is hard to hit with a finger. */
  hitWidth: 16,
} as const;

/** Borders, and the corridor's nodes with their names. */
export const mapMarks = {
  corridorBorderWidth: 1.1,
  /** By zoom: `small` px at zoom 3, `large` at zoom 6. */
  node: { small: 2.5, large: 4.5, strokeWidth: 1.2 },
  /**
   * A border crossing: a dark bar across the line, longer than the line is wide, with a white edge;
   * two bars `gap` apart where the gauge changes. `hit` is the radius a finger may miss it by.
   */
  crossing: { length: 17, bar: 3.5, gap: 3, halo: 1.5, hit: 12 },
} as const;

/** The locator inset over the map's top left, by its width: the map's own picture scales to it. */
export const locator = { width: 168, widthPhone: 120 } as const;

/** The key over the map's lower left: the map's symbols, drawn at a size a key can show. */
export const key = {
  width: 248,
  /** Each row's symbol: drawn in a box this wide, its lines inset this far from either side. */
  symbol: { width: 32, inset: 2 },
  line: { width: corridorLine.width.narrow, plannedDash: [6, 4], alternativeDash: [2, 5] },
  place: { radius: 5, strokeWidth: 2 },
  node: { radius: 3.5, strokeWidth: mapMarks.node.strokeWidth },
} as const;

/**
 * The saved and printed figure's own layout, around what it shares with the page: its panels sit
 * `margin` from the edges, their text `padding` inside them.
 */
export const figure = {
  margin: 12,
  padding: 12,
  radius: radius.panel,
  /** The title box: its lines, and the room above and below them. */
  title: { size: 16, line: 21, maxWidth: 600 },
  subtitle: { size: text.small, line: 16 },
  titleInset: 9,
  /** The key: its heading's middle and its first row's top from the box's top; a symbol's width, and where labels start. */
  key: { size: text.ui, row: 18, heading: 20, headingAt: 16, firstRowAt: 34, labelAt: 40 },
  /** A country name's halo, as a stroke. */
  haloWidth: 3,
  /** An exported image's callout: its type sizes, the gap between its parts, its rule's width, its widest and its share of a narrower figure. */
  callout: { title: 15, line: 12, quote: 13, gap: 6, rule: 3, maxWidth: 300, share: 0.42 },
} as const;

/** The column beside the map on a desktop: up to `max` px, or `share` of the window where that is less. */
export const panel = { max: 400, share: 0.36 } as const;

/**
 * The stacked layout, the map above a sheet: any window held upright under 1200 px wide (phones and
 * portrait tablets, where a column beside the map would leave it a tall sliver showing the Arctic),
 * any window under 560 px wide, and a small window up to 700 px wide that is not short. A phone held
 * sideways (560–700 px wide, under 440 px tall, such as 568 × 320 or 667 × 375) keeps the panel
 * beside the map as a desktop does: above a sheet the map would be too short for the first view.
 * CSS writes it `@media (--phone)`.
 */
export const phoneMedia =
  '(max-width: 559px), (orientation: portrait) and (max-width: 1199px), (max-width: 700px) and (min-height: 440px)';

/** The narrowest screens, such as a 320 px embed: the places' native names give way there. CSS: `@media (--narrowest)`. */
export const narrowestMedia = '(max-width: 359px)';

/** Map timings that tests depend on. Symbol fading is off, so a screenshot at ready shows every label whole. */
export const motion = {
  fadeMs: 0,
  /** A flight to a place; a cut instead when the reader asks for reduced motion. */
  flightMs: 1200,
} as const;
