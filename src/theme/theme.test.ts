import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cssVariables, expandCustomMedia, themeStylesheet, withAlpha } from './css';
import { contrastRatio } from './colour';
import { atLightness, faviconDataUrl } from './favicon';
import { colour, mapColour, palettes, phoneMedia } from './tokens';
import { colourVariables } from './css';
import { cssColour, cssColourNames } from './css-colour';

const SRC = fileURLToPath(new URL('..', import.meta.url));
/** Every stylesheet of the page: .css files and the styles of .svelte components. */
const stylesheets = (dir: string): Array<{ file: string; css: string }> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    if (entry.name.endsWith('.css')) return [{ file: path, css: readFileSync(path, 'utf8') }];
    if (entry.name.endsWith('.svelte')) {
      const style = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(path, 'utf8'));
      return style ? [{ file: path, css: style[1]! }] : [];
    }
    return [];
  });

describe('the theme in CSS', () => {
  it('defines every custom property a stylesheet reads', () => {
    const undefinedNames = stylesheets(SRC).flatMap(({ file, css }) =>
      [...css.matchAll(/var\((--[\w-]+)\)/g)]
        .map((match) => match[1]! as `--${string}`)
        .filter((name) => !(name in cssVariables))
        .map((name) => `${file}: ${name}`),
    );
    expect(undefinedNames).toEqual([]);
  });

  it('writes the phone breakpoint once: stylesheets name it, and no stylesheet spells a width query out', () => {
    const sheets = stylesheets(SRC);
    expect(sheets.filter(({ css }) => css.includes('@media (--phone)')).length).toBeGreaterThan(3);
    expect(sheets.filter(({ css }) => /@media[^{]*max-width/.test(css)).map(({ file }) => file)).toEqual([]);
  });

  it('puts every property on :root', () => {
    const sheet = themeStylesheet();
    expect(sheet.startsWith(':root {\n')).toBe(true);
    for (const [name, value] of Object.entries(cssVariables)) expect(sheet).toContain(`  ${name}: ${value};\n`);
  });

  it('gives the corridor’s tint from its colour', () => {
    expect(withAlpha('#102030', 0.08)).toBe('rgb(16 32 48 / 0.08)');
    expect(cssVariables['--accent-tint']).toBe(withAlpha(colour.corridor, 0.08));
    expect(() => withAlpha('red', 1)).toThrow('src/theme: "red" is not a #rrggbb colour');
  });

  it('spells out @media (--phone), and names the file of an unknown query', () => {
    expect(expandCustomMedia('(--phone)', 'a.css')).toBe(phoneMedia);
    expect(expandCustomMedia('print', 'a.css')).toBe('print');
    expect(() => expandCustomMedia('(--tablet)', 'src/App.svelte')).toThrow(
      'src/App.svelte: @media (--tablet): no such media query in src/theme/css.ts',
    );
  });
});

describe('the favicon', () => {
  it('lightens a colour, keeping its hue', () => {
    expect(atLightness('#808080', 0.5)).toBe('#808080');
    expect(atLightness('#ff0000', 0.75)).toBe('#ff8080');
    expect(atLightness('#0000ff', 0.25)).toBe('#000080');
  });

  it('is drawn in the theme’s ink and corridor colours, as an inline SVG', () => {
    const url = decodeURIComponent(faviconDataUrl());
    expect(url.startsWith('data:image/svg+xml,<svg')).toBe(true);
    expect(url).toContain(`fill='${colour.ink}'`);
    expect(url).toContain(`stroke='${atLightness(colour.corridor, 0.6)}'`);
  });
});

describe('contrast', () => {
  it('is WCAG 2.x’s ratio: 21 for black on white, 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio(colour.corridor, colour.corridor)).toBe(1);
    // WebAIM's checker gives 4.54 for #767676 on white, the lightest grey that passes for text.
    expect(contrastRatio('#767676', [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('keeps every name over the map at 4.5 : 1 against its ground', () => {
    const pairs = [
      [mapColour.label, mapColour.corridorCountry],
      [mapColour.countryLabel, mapColour.corridorCountry],
      [mapColour.countryLabel, mapColour.context],
      [mapColour.seaLabel, mapColour.sea],
    ];
    for (const [ink, ground] of pairs)
      expect(contrastRatio(ink!, ground!), `${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the corridor at 3 : 1 or more against every ground it crosses (WCAG non-text contrast)', () => {
    for (const ground of [mapColour.corridorCountry, mapColour.context, mapColour.sea, mapColour.selectedCountry])
      expect(contrastRatio(colour.corridor, ground), ground).toBeGreaterThanOrEqual(3);
  });
});

describe('the two themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    const { colour: c, map: m } = palettes[theme];
    it(`${theme}: every text colour at 4.5 : 1 against every ground it is set on`, () => {
      const pairs: Array<[string, string, string]> = [
        ['ink on paper', c.ink, c.paper],
        ['ink on a panel', c.ink, c.white],
        ['muted on paper', c.muted, c.paper],
        ['muted on a panel', c.muted, c.white],
        ['accent on paper', c.corridor, c.paper],
        ['accent on a panel', c.corridor, c.white],
        ['focus ring on paper', c.focus, c.paper],
        ['ink on a highlighted passage', c.ink, c.highlight],
        ['a stop’s name on its halo', m.label, m.halo],
        ['a stop’s name on a corridor country', m.label, m.corridorCountry],
        ['a country’s name on a corridor country', m.countryLabel, m.corridorCountry],
        ['a country’s name on another country', m.countryLabel, m.context],
        ['a sea’s name on the sea', m.seaLabel, m.sea],
      ];
      for (const [what, ink, ground] of pairs)
        expect(contrastRatio(ink, ground), `${what}: ${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    });

    it(`${theme}: the corridor, and a compared route, at 3 : 1 against every ground they cross`, () => {
      for (const ground of [m.corridorCountry, m.context, m.sea, m.selectedCountry])
        expect(contrastRatio(c.corridor, ground), `corridor on ${ground}`).toBeGreaterThanOrEqual(3);
      for (const ground of [m.corridorCountry, m.context, m.sea])
        expect(contrastRatio(c.compared, ground), `compared on ${ground}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('sets the same custom properties in both, and only colours differ', () => {
    const light = colourVariables(palettes.light);
    const dark = colourVariables(palettes.dark);
    expect(Object.keys(dark)).toEqual(Object.keys(light));
    for (const name of Object.keys(light)) expect(name in cssVariables, name).toBe(true);
  });

  it('writes the dark theme on screen where the system asks for it unless the reader chose light, and wherever they chose dark', () => {
    const sheet = themeStylesheet();
    expect(sheet).toContain("@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {");
    expect(sheet).toContain("@media screen {\n  :root[data-theme='dark'] {");
    expect(sheet).toContain(`--paper: ${palettes.dark.colour.paper};`);
  });

  it('names each colour the page draws in SVG by the property that holds it in the light theme', () => {
    const light = colourVariables(palettes.light);
    for (const [value, name] of cssColourNames) expect(light[name], name).toBe(value);
    expect(cssColour(colour.corridor)).toBe('var(--accent)');
    expect(cssColour('#123456')).toBe('#123456');
  });
});
