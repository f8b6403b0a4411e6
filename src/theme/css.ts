/**
 * The tokens as CSS reads them: custom properties on :root, built into the page's stylesheet by
 * vite.config.ts (`virtual:theme.css`), and the phone breakpoint, which CSS writes `@media (--phone)`
 * (a media query cannot hold a custom property) and the build spells out.
 */
import {
  colour,
  countryLabel,
  credits,
  font,
  key,
  locator,
  mapNames,
  marker,
  narrowestMedia,
  panel,
  phoneMedia,
  printText,
  radius,
  shadow,
  text,
  palettes,
  type Palette,
  type Shadow,
} from './tokens.ts';
import { channels } from './colour.ts';

/** The browser's default root size: what a rem is when the reader has not changed it. */
const ROOT_PX = 16;
const rem = (px: number) => `${px / ROOT_PX}rem`;
const px = (value: number) => `${value}px`;
const boxShadow = ({ y, blur, colour }: Shadow) => `0 ${y}px ${blur}px ${colour}`;

/** A colour `#rrggbb` at an opacity, as CSS writes it. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = channels(hex);
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

const halo = (width: number, ground: string) =>
  `0 0 ${width}px ${ground}, 0 0 ${width}px ${ground}, 0 0 ${2 * width}px ${ground}`;

/** The custom properties that name a colour, as a theme sets them: the light theme's on :root, the dark one's over it. */
export function colourVariables({ colour, map, veil }: Palette): Record<`--${string}`, string> {
  return {
    '--accent': colour.corridor,
    '--accent-tint': withAlpha(colour.corridor, 0.08),
    '--ink': colour.ink,
    '--muted': colour.muted,
    '--paper': colour.paper,
    '--rule': colour.rule,
    '--white': colour.white,
    '--highlight': colour.highlight,
    '--focus': colour.focus,
    '--compared': colour.compared,
    '--veil-control': veil.control,
    '--veil-label': veil.label,
    '--veil-credits': veil.credits,
    '--country-label': map.countryLabel,
    '--country-label-halo': halo(countryLabel.halo, colour.white),
    '--sea-label': map.seaLabel,
    '--stop-label-halo': halo(mapNames.stop.halo, colour.white),
    // The map's own colours, for what the page draws of it (the locator, the still picture, the key's symbols).
    '--map-sea': map.sea,
    '--map-context': map.context,
    '--map-context-border': map.contextBorder,
    '--map-corridor-country': map.corridorCountry,
    '--map-corridor-border': map.corridorBorder,
    '--map-label': map.label,
    '--map-node': map.node,
    '--map-node-stroke': map.nodeStroke,
  };
}

/** Every custom property the page's CSS reads, and its value (in the light theme). */
export const cssVariables: Record<`--${string}`, string> = {
  ...colourVariables(palettes.light),
  '--print': colour.print,
  '--print-muted': colour.printMuted,

  '--shadow-label': boxShadow(shadow.label),
  '--shadow-control': boxShadow(shadow.control),
  '--shadow-key': boxShadow(shadow.key),
  '--shadow-menu': boxShadow(shadow.menu),
  '--shadow-popup': boxShadow(shadow.popup),
  '--shadow-sheet': boxShadow(shadow.sheet),

  '--font-sans': font.sans,
  '--font-serif': font.serif,
  '--text-credits': rem(text.credits),
  '--text-small': rem(text.small),
  '--text-ui': rem(text.ui),
  '--text-body': rem(text.body),
  '--text-native': rem(text.native),
  '--text-popup-title': rem(text.popupTitle),
  '--text-headline-phone': rem(text.headlinePhone),
  '--text-close': rem(text.close),
  '--text-headline': rem(text.headline),

  '--print-body': `${printText.body}pt`,
  '--print-heading': `${printText.heading}pt`,
  '--print-title': `${printText.title}pt`,
  '--print-credits': `${printText.credits}pt`,

  '--radius-panel': px(radius.panel),
  '--radius-control': px(radius.control),
  '--radius-label': px(radius.label),
  '--radius-pill': px(radius.pill),

  '--marker-size': rem(marker.label.size),
  '--marker-weight': String(marker.label.weight),
  '--marker-dot': px(marker.dot),
  '--marker-ring': px(marker.ring),
  '--marker-rim': px(marker.rim),
  '--marker-gap': rem(marker.gap),
  '--marker-padding': `${rem(marker.label.padY)} ${rem(marker.label.padX)}`,
  '--marker-native-gap': rem(marker.label.nativeGap),
  '--marker-native-size': rem(marker.label.nativeSize),
  '--marker-native-opacity': String(marker.label.nativeOpacity),

  '--country-label-spacing': `${countryLabel.letterSpacing}em`,
  '--country-label-line-height': String(countryLabel.lineHeight),
  '--country-label-native': `${countryLabel.nativeScale}em`,

  '--stop-label-size': rem(mapNames.stop.size),
  '--stop-label-weight': String(mapNames.stop.weight),
  '--route-label-size': rem(mapNames.route.size),
  '--route-label-weight': String(mapNames.route.weight),
  '--neighbour-label-size': rem(mapNames.neighbour.size),
  '--neighbour-label-spacing': `${mapNames.neighbour.letterSpacing}em`,
  '--sea-label-size': rem(mapNames.sea.size),

  '--credits-line-height': String(credits.lineHeight),
  '--credits-padding': `${rem(credits.padY)} ${rem(credits.padX)}`,

  '--key-width': rem(key.width),
  '--stop-dot': px(key.node.radius * 2),
  '--locator-width': px(locator.width),
  '--locator-width-phone': px(locator.widthPhone),
  '--stop-stroke': px(key.node.strokeWidth),
  '--panel-width': `min(${panel.max}px, ${panel.share * 100}vw)`,
};

const block = (selector: string, variables: Record<string, string>, indent = '') =>
  `${indent}${selector} {\n${Object.entries(variables)
    .map(([name, value]) => `${indent}  ${name}: ${value};`)
    .join('\n')}\n${indent}}\n`;

/**
 * The stylesheet of the custom properties: the light theme on :root; the dark theme where the reader's
 * system asks for it, unless they chose light (`data-theme="light"` on the root, ThemeState), and
 * wherever they chose dark; on screen only: paper is printed light. Form controls and scrollbars
 * follow (`color-scheme`).
 */
export function themeStylesheet(): string {
  const dark = { ...colourVariables(palettes.dark), 'color-scheme': 'dark' };
  return [
    block(':root', { ...cssVariables, 'color-scheme': 'light' }),
    `@media screen and (prefers-color-scheme: dark) {\n${block(":root:not([data-theme='light'])", dark, '  ')}}\n`,
    `@media screen {\n${block(":root[data-theme='dark']", dark, '  ')}}\n`,
  ].join('');
}

/** The media queries CSS may name by a custom name, and what each stands for. */
export const customMedia: Record<string, string> = { '--phone': phoneMedia, '--narrowest': narrowestMedia };

/**
 * A media query's text with its custom names spelled out: `(--phone)` becomes the phone query.
 * An unknown name is an error naming the file, rather than a query that silently never matches.
 */
export function expandCustomMedia(params: string, file: string): string {
  return params.replace(/\((--[\w-]+)\)/g, (_, name: string) => {
    const query = customMedia[name];
    if (!query) throw new Error(`${file}: @media (${name}): no such media query in src/theme/css.ts`);
    return query;
  });
}
