import { timeline } from '../../content/timeline';
import { eventIndexAt, monthOf, type Month } from './timeline';

/**
 * The date the map shows: null for today (the corridor as it stands, the default), or a month of the
 * timeline, when the map draws the corridor as it stood then.
 */
export class TimelineState {
  month = $state<Month | null>(null);
  /** Whether the story set the date (a dated chapter), not the reader: leaving the story goes back to today. */
  byStory = $state(false);

  /** The event the reader picked, while the map shows its month: two events may share one (July 2025). */
  #picked = $state<number | null>(null);

  /** The event the date has reached: the one picked, else the last in or before its month; none for today. */
  get index(): number | null {
    if (this.month === null) return null;
    const picked = this.#picked === null ? undefined : timeline[this.#picked];
    return picked && monthOf(picked.date) === this.month ? this.#picked : eventIndexAt(this.month);
  }

  /** Moves the map to an event's month, the event itself marked. */
  toEvent(index: number): void {
    const picked = Math.min(Math.max(index, 0), timeline.length - 1);
    this.show(monthOf(timeline[picked]!.date));
    this.#picked = picked;
  }

  /** Back to today. */
  today(): void {
    this.show(null);
  }

  /** Shows a month, or today: the reader's choice, or the story's (`byStory`). */
  show(month: Month | null, byStory = false): void {
    this.month = month;
    this.byStory = byStory && month !== null;
    this.#picked = null;
  }
}
