import type { Theme } from '../../theme/tokens';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The page's theme: the reader's choice (the switch, `#theme=` in the address), else their system's
 * (`prefers-color-scheme`), followed as it changes. The root element carries a choice as
 * `data-theme`, which the stylesheet's custom properties follow (src/theme/css.ts); the map, drawn by
 * script, reads `active`.
 */
export class ThemeState {
  /** The reader's own choice, or null to follow the system. */
  choice = $state<Theme | null>(null);
  #system = $state<Theme>('light');

  constructor() {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK_QUERY);
    this.#system = query.matches ? 'dark' : 'light';
    query.addEventListener('change', (event) => (this.#system = event.matches ? 'dark' : 'light'));
  }

  get active(): Theme {
    return this.choice ?? this.#system;
  }

  /** The switch: the other theme than the one shown, kept as the reader's choice. */
  toggle(): void {
    this.choice = this.active === 'dark' ? 'light' : 'dark';
  }
}
