import { untrack } from 'svelte';
import { isKnownSelection } from './catalogue';
import { isKnownRoute } from './compared';
import type { ComparedState } from './compared-state.svelte';
import type { SelectionState } from './selection-state.svelte';
import type { Selection } from './selection';
import type { StoryState } from './story-state.svelte';
import type { TimelineState } from './timeline-state.svelte';
import { isTimelineMonth } from './timeline';
import { formatHash, parseHash } from './url-state';
import type { ThemeState } from './theme-state.svelte';
import type { Theme } from '../../theme/tokens';

/** The address bar, as the controller needs it: read the hash, replace it. */
export interface Address {
  hash(): string;
  replace(hash: string): void;
}

/**
 * The window's address. replaceState, so Back leaves the page instead of replaying clicks; with no
 * selection the hash goes, `#` included.
 */
export const windowAddress: Address = {
  hash: () => location.hash,
  replace: (hash) => history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`),
};

/**
 * Keeps the URL, the selection, the timeline's date, the compared route, the reader's theme and the story in step, for the life of the
 * component that calls it:
 * - the URL's hash is read once now and again at `readAddress` (the page calls it on `hashchange`);
 *   the URL is always written from the selection and the date, so a hash the app refuses is replaced,
 *   not left;
 * - in the story, the current chapter selects what it is about (the whole corridor selects nothing),
 *   and shows the corridor at its date, or today; leaving the story drops the date it set;
 * - a selection the reader makes (map, panel, link) takes them out of the story.
 */
export function connectUrlAndStory(
  selection: SelectionState,
  story: StoryState,
  time: TimelineState,
  compared: ComparedState,
  theme: ThemeState,
  address: Address = windowAddress,
): { readAddress: () => void } {
  const write = (current: Selection | null, month: string | null, route: string | null, chosen: Theme | null) => {
    const hash = formatHash(current, month, route, chosen);
    if (address.hash() !== hash) address.replace(hash);
  };
  const readAddress = () => {
    const fromUrl = parseHash(address.hash(), isKnownSelection, isTimelineMonth, isKnownRoute);
    if (fromUrl.selection) selection.select(fromUrl.selection, 'link');
    else selection.clear();
    time.show(fromUrl.month);
    compared.route = fromUrl.route;
    theme.choice = fromUrl.theme;
    write(selection.current, time.month, compared.route, theme.choice);
  };
  readAddress();
  $effect(() => write(selection.current, time.month, compared.route, theme.choice));

  $effect(() => {
    if (!story.active) return;
    const { shows, at } = story.chapter;
    untrack(() => {
      if (shows === 'corridor') selection.clear();
      else selection.select(shows, 'story');
      time.show(at ?? null, true);
    });
  });
  // The story's date was the story's: out of it, the map is of today again.
  $effect(() => {
    if (!story.active && time.byStory) untrack(() => time.today());
  });
  $effect(() => {
    if (selection.current && selection.byReader) untrack(() => story.leave());
  });
  return { readAddress };
}
