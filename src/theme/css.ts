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
  mapColour,
  mapNames,
  marker,
  narrowestMedia,
  panel,
  phoneMedia,
  printText,
  radius,
  shadow,
  text,
  veil,
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

/** Every custom property the page's CSS reads, and its value. */
export const cssVariables: Record<`--${string}`, string> = {
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
  '--print': colour.print,
  '--print-muted': colour.printMuted,
  '--veil-control': veil.control,
  '--veil-label': veil.label,
  '--veil-credits': veil.credits,

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

  '--country-label': mapColour.countryLabel,
  '--country-label-spacing': `${countryLabel.letterSpacing}em`,
  '--country-label-line-height': String(countryLabel.lineHeight),
  '--country-label-native': `${countryLabel.nativeScale}em`,
  '--country-label-halo': `0 0 ${countryLabel.halo}px ${colour.white}, 0 0 ${countryLabel.halo}px ${colour.white}, 0 0 ${2 * countryLabel.halo}px ${colour.white}`,

  '--sea-label': mapColour.seaLabel,
  '--stop-label-size': rem(mapNames.stop.size),
  '--stop-label-weight': String(mapNames.stop.weight),
  '--route-label-size': rem(mapNames.route.size),
  '--route-label-weight': String(mapNames.route.weight),
  '--stop-label-halo': `0 0 ${mapNames.stop.halo}px ${colour.white}, 0 0 ${mapNames.stop.halo}px ${colour.white}, 0 0 ${2 * mapNames.stop.halo}px ${colour.white}`,
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

/** The stylesheet of the custom properties. */
export function themeStylesheet(): string {
  const lines = Object.entries(cssVariables).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
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
