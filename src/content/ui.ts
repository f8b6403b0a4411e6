import { title } from './page';

/**
 * The page's own words around the article: labels, buttons, headings and messages. Words that take
 * a number or a name are small functions; the components only place them.
 */
export const ui = {
  /** A stretch of the corridor's state, wherever the page names it (figures, popup, key). */
  status: {
    operating: 'Operating',
    planned: 'Planned',
    superseded: 'Superseded 2021 plan',
    /** At a date of the timeline before a stretch was first proposed. */
    absent: 'Not yet proposed',
  },
  map: {
    heading: `${title}: map`,
    /** The map's name for screen readers (MapLibre's canvas region). */
    label: 'Map of the trade corridor',
    failed: 'The map could not be loaded. The article and its passages still work.',
    noWebGL: 'The interactive map needs WebGL, which this browser does not offer; here are its places.',
  },
  key: {
    summary: 'Key',
    label: 'Legend',
    /** The two things the corridor's line tells, each asked as a question. */
    built: 'Is it built?',
    operating: 'Operating rail',
    path: 'Is its path known?',
    sourced: 'Path named by a source',
    approximate: 'Approximate path',
    place: 'Place in the article',
    node: 'Stop',
    crossing: 'Border crossing',
    gaugeBreak: 'Change of gauge',
    /** A compared route on the map (`#route=`). */
    comparedRail: 'Other way, by rail',
    comparedSea: 'Other way, by sea',
  },
  sheet: {
    label: 'The story and its figures',
    readMore: 'Read more',
    showMap: 'Show the map',
  },
  story: {
    enter: 'Read as a story',
    hint: 'Scrolling the article moves the map.',
    resume: (chapter: number, of: number) => `Resume the story: chapter ${chapter} of ${of}`,
    progress: (chapter: number, of: number) => `Chapter ${chapter} of ${of}`,
    /** Before a chapter's title, for screen readers. */
    chapter: (chapter: number) => `Chapter ${chapter}:`,
    previous: 'Previous',
    next: 'Next',
    chapters: 'Chapters',
    leave: 'Explore the map',
    /** A phone's story: the chapter as a card over the map. */
    card: 'The story, chapter by chapter',
  },
  facts: {
    heading: 'The corridor as drawn',
    /** While the map shows a past date: these figures are not of that date. */
    todayWhileDated: (month: string) => `As it stands today; the map shows ${month}.`,
    total: 'Minsk to Karachi',
    byCountry: 'Length in each country',
    /** The main route's length on each track gauge, the changes of gauge along it and the borders it crosses. */
    onGauge: (mm: string) => `On ${mm} mm gauge`,
    gaugeBreaks: 'Changes of gauge',
    borderCrossings: 'Border crossings',
    gaugeSource: 'Gauges as reported:',
    stretches: 'The route, stretch by stretch',
    crossings: 'Where it crosses a border or changes gauge',
    /** A crossing's gauges in its row: one, or the two either side. */
    crossingGauges: (before: number, after: number) => (before === after ? `${before} mm` : `${before} → ${after} mm`),
    note: (alternative: string) =>
      `Lengths are measured along the lines as drawn, straight between stops. ≈ marks a length along a path no source names, good to two figures. The superseded 2021 variant would have been ${alternative}.`,
  },
  ledger: {
    heading: 'The missing link in the reports',
    intro:
      'Reports of the planned Trans-Afghan railway give its figures differently. Each is here with what it counts and who reports it; the bars set them side by side.',
    figure: 'Figure',
    range: 'Reported',
    reports: 'Each report',
    /** The length measured on the map's own line, beside the reported ones. */
    ours: (km: string) => `On this map’s line, Naibabad to Kharlachi, straight between stops: ${km}`,
    moreThan: 'more than',
  },
  fallback: {
    heading: 'The places in the story',
    /** The route's picture, drawn where the map cannot be; the lengths come formatted. */
    picture: (total: string, operating: string, planned: string) =>
      `The corridor as drawn, Minsk to Karachi, ${total}: ${operating} of operating rail, and ${planned} planned across Afghanistan, from Mazar-i-Sharif to Peshawar (dashed). Beijing, where the leaders met, lies to the east.`,
    loading: 'Drawing the route…',
  },
  /** The map told in words, from its data: an image's alt text and the map region's description. */
  describe: {
    corridor: (total: string, countries: string) =>
      `Map of the trade corridor from Minsk to Karachi, ${total} by rail through ${countries}.`,
    /** At a date of the timeline: the map shows the corridor as it stood then. */
    asOf: (month: string) => `As it stood in ${month}:`,
    operating: (km: string, today: boolean) => `${km} ${today ? 'runs' : 'ran'}, drawn solid`,
    planned: (km: string, chains: string, today: boolean) =>
      `${km} ${today ? 'is' : 'was'} planned, drawn dashed: ${chains}`,
    superseded: (chains: string) => `the superseded 2021 plan is a faint line: ${chains}`,
    places: (names: string) => `Marked: ${names}.`,
    beside: (names: string) => `Drawn beside it for comparison: ${names}.`,
    selected: (what: string) => `Selected: ${what.replace(/\.$/, '')}.`,
    country: (name: string, km: string) => `${name}, ${km} of the corridor`,
    segment: (from: string, to: string, state: string, km: string) => `the stretch ${from} to ${to}, ${state}, ${km}`,
    and: 'and',
  },
  /** The walk along the route by keyboard, from node to node, with the map focused. */
  walk: {
    /** Said once the map has the focus, after its description. */
    how: 'Arrow keys walk the route from Minsk to Karachi, stop by stop; Home and End go to its ends.',
    /** `km` is null at Minsk itself. */
    step: (name: string, where: string, km: string | null, state: string, gauge: string) =>
      `${name}, ${where}.${km ? ` ${km} from Minsk.` : ''} ${state}. ${gauge}.`,
    border: (a: string, b: string) => `on the border of ${a} and ${b}`,
    /** What the line is either side of a stop; `state` is the status's word in lower case. */
    start: (state: string) => `Start of the corridor, ${state} from here`,
    end: (state: string) => `End of the corridor, ${state} to here`,
    on: (state: string) => `On the ${state} line`,
    change: (before: string, after: string) => `The line is ${before} to here, ${after} beyond`,
    gauge: (mm: number) => `${mm} mm gauge`,
    gaugeChange: (before: number, after: number) => `The gauge changes here, ${before} to ${after} mm`,
  },
  /** The data behind the map, to download (src/content/data.ts). */
  data: {
    heading: 'The data behind the map',
    intro:
      'The corridor’s lines, places and crossings as the map draws them, with the facts and sources behind each. Our own data is free to reuse under Creative Commons Attribution 4.0, crediting this map; the country shapes are Natural Earth’s (public domain), and the article’s words stay its publisher’s.',
    licence: 'Creative Commons Attribution 4.0',
  },
  /** The panel's sections after the article (LowerSections.svelte), loaded as the reader nears them. */
  lower: {
    failed: 'This part of the page could not be loaded.',
    retry: 'Try again',
  },
  /** The theme's switch, in the panel's header: pressed while the page is dark. */
  theme: { dark: 'Dark theme' },
  embed: {
    fullMap: 'Open the full map',
    /** The figures strip under an embed's map (`&panel=strip`), named for screen readers. */
    strip: 'The corridor in figures',
    countries: (count: number) => `${count} countries`,
  },
  popup: {
    segment: 'Corridor segment',
    /** The card's close button, named as MapLibre names the popup's. */
    close: 'Close popup',
    /** The card's fold button (expanded or not): folded, the card shows its title alone, and the map under it. */
    fold: 'Details',
    corridorInside: (country: string) => `Corridor inside ${country}:`,
    lengthAsDrawn: 'Length as drawn:',
    assumed: 'Assumed route',
    sourced: 'Route named by the sources',
    assumedNote: 'Assumed route: the line exists or is plausible, but no corridor source names this path.',
    /** At a date of the timeline: the badges say how it stood then, this line how it stands today. */
    then: (month: string) => `As it stood in ${month}.`,
    today: (status: string) => `Today: ${status}.`,
    /** A stretch's stages, with their dates (src/content/timeline.ts). */
    history: 'Through time',
    stage: { proposed: 'Proposed', agreed: 'Route agreed', built: 'Opened', superseded: 'Superseded' },
    /** A country's figure is today's, also on the map of a date. */
    todayFigure: 'today',
  },
  /** A crossing's popup: what it is, the border it crosses, the gauge on either side. */
  crossing: {
    border: 'Border crossing',
    gaugeBreak: 'Change of gauge',
    borderAndBreak: 'Border crossing and change of gauge',
    between: 'Between',
    gauge: 'Gauge',
    sameGauge: (mm: number) => `${mm} mm on both sides`,
    gauges: (before: number, inBefore: string, after: number, inAfter: string) =>
      inBefore === inAfter
        ? `${before} mm, then ${after} mm`
        : `${before} mm in ${inBefore}, ${after} mm in ${inAfter}`,
  },
  /** The corridor through time: a range and a list of dated events that move the map to a date. */
  timeline: {
    heading: 'The corridor through time',
    intro:
      'Pick a date to see the corridor as it stood then: planned lines dashed, a plan later dropped as a faint ghost. Lines that no event here changes were running before the first of them.',
    range: 'Date on the map',
    today: 'Today',
    backToToday: 'Back to today',
    /** The range's reading for screen readers, and the line under it. */
    at: (date: string, title: string) => `${date}: ${title}`,
    /** Over the key while the map shows a date. */
    asOf: (month: string) => `As it stood in ${month}`,
    events: 'Events',
  },
  /** Other ways from Pakistan to Russia, compared with the corridor in a table that sorts. */
  routes: {
    heading: 'Other ways to ship the same goods',
    intro:
      'Four ways from Karachi to Moscow, measured along the lines as this map draws them (≈: along paths no source names). Pick one to see it on the map; sort by any column.',
    caption: 'Routes from Karachi to Moscow compared',
    route: 'Route',
    km: 'Length',
    atSea: (km: string) => `${km} at sea`,
    countries: 'Countries',
    borderCrossings: 'Borders by rail',
    gaugeBreaks: 'Gauge changes',
    operatingShare: 'Running today',
    transit: 'Transit reported',
    notReported: 'not reported',
    days: ([fewest, most]: readonly [number, number]) => `${fewest}–${most} days`,
    /** A column's sort button: what pressing it does. */
    sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
    /** On a saved or printed figure: the route drawn beside the corridor. */
    beside: (name: string) => `Beside it: ${name}`,
    /** The button that draws every route at once. */
    all: 'Draw all four on the map',
  },
  sources: {
    heading: 'Sources',
    intro: 'Where each fact beyond the article comes from. The quotations are the article’s own words.',
    /** Said after each link to a source, for screen readers: the page itself stays. */
    newTab: '(opens in a new tab)',
  },
  navigation: {
    label: 'Map view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset view',
    /** The locator inset: a button that shows where the view lies, and goes back to the whole corridor. */
    locator: 'Where this view lies: show the whole corridor',
  },
  export: {
    toolbar: 'Save or print the map',
    download: 'Download PNG',
    print: 'Print',
    preparing: 'Preparing the image…',
    saved: (file: string) => `Saved ${file}`,
    failed: 'The image could not be made; the map is unchanged.',
    /** What an editor needs to publish the map: the image at each publishing size, and its alt text. */
    publish: 'For publishing',
    /** Its button on a phone, where the row has no room for the words (which stay its name). */
    publishShort: '⋯',
    sizes: 'The image laid out for:',
    size: (label: string, width: number, height: number) => `Download PNG, ${label}, ${width} × ${height} pixels`,
    /** The image's description from the map's data, to publish with it; the saved file carries it too. */
    altTextLabel: 'Alt text for the image, from the map’s data',
    copy: 'Copy',
    copied: 'Alt text copied',
    /** Where the browser refuses the clipboard: the text is selected for the reader's own copy. */
    copyByHand: 'Selected: press Ctrl+C or ⌘C to copy',
  },
} as const;
