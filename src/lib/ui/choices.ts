import { sameSelection, type Selection } from '../model/selection';
import type { ChosenBy, SelectionState } from '../model/selection-state.svelte';

/**
 * The one way the page's controls change the selection: the reader chooses something (a marker, a
 * passage, a country's button, a place on the map) or closes it (Escape, the popup's close button),
 * or clicks where there is nothing. The URL and the story change it through the model's controller.
 * The element a choice came from gets focus back when the reader closes that choice.
 */
export class ReaderChoices {
  #selection: SelectionState;
  #from: HTMLElement | null = null;
  #chosen: Selection | null = null;

  constructor(selection: SelectionState) {
    this.#selection = selection;
  }

  /** `from` is where focus returns on closing; `anchor`, where on the map the reader clicked, if they did. */
  choose(chosen: Selection, by: Exclude<ChosenBy, 'link' | 'story'>, from: HTMLElement, anchor?: [number, number]) {
    this.#chosen = chosen;
    this.#from = from;
    this.#selection.select(chosen, by, anchor);
  }

  /** The reader closes what is selected: it clears, and focus goes back to what chose it, if still on the page. */
  close(): void {
    const closing = this.#selection.current;
    if (!closing) return;
    this.#selection.clear();
    const [from, chosen] = [this.#from, this.#chosen];
    this.#from = null;
    this.#chosen = null;
    if (from?.isConnected && sameSelection(chosen, closing)) from.focus();
  }

  /** The reader clicked where there is nothing to select: the selection clears, focus stays where it is. */
  dismiss(): void {
    this.#selection.clear();
  }
}
