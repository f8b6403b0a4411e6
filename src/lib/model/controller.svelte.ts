import { untrack } from 'svelte';
import { isKnownSelection } from './catalogue';
import type { SelectionState } from './selection-state.svelte';
import type { Selection } from './selection';
import type { StoryState } from './story-state.svelte';
import { formatHash, parseHash } from './url-state';

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
 * Keeps the URL, the selection and the story in step, for the life of the component that calls it:
 * - the URL's hash is read once now and again at `readAddress` (the page calls it on `hashchange`);
 *   the URL is always written from the selection, so a hash the app refuses is replaced, not left;
 * - in the story, the current chapter selects what it is about (the whole corridor selects nothing);
 * - a selection the reader makes (map, panel, link) takes them out of the story.
 */
export function connectUrlAndStory(
  selection: SelectionState,
  story: StoryState,
  address: Address = windowAddress,
): { readAddress: () => void } {
  const write = (current: Selection | null) => {
    const hash = formatHash(current);
    if (address.hash() !== hash) address.replace(hash);
  };
  const readAddress = () => {
    const fromUrl = parseHash(address.hash(), isKnownSelection);
    if (fromUrl) selection.select(fromUrl, 'link');
    else selection.clear();
    write(selection.current);
  };
  readAddress();
  $effect(() => write(selection.current));

  $effect(() => {
    if (!story.active) return;
    const shows = story.chapter.shows;
    untrack(() => {
      if (shows === 'corridor') selection.clear();
      else selection.select(shows, 'story');
    });
  });
  $effect(() => {
    if (selection.current && selection.byReader) untrack(() => story.leave());
  });
  return { readAddress };
}
