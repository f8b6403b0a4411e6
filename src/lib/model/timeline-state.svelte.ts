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

  /** The event the date has reached: the last in or before its month; none for today. */
  get index(): number | null {
    return this.month === null ? null : eventIndexAt(this.month);
  }

  /** Moves the map to an event's month. */
  toEvent(index: number): void {
    const event = timeline[Math.min(Math.max(index, 0), timeline.length - 1)]!;
    this.show(monthOf(event.date));
  }

  /** Back to today. */
  today(): void {
    this.show(null);
  }

  /** Shows a month, or today: the reader's choice, or the story's (`byStory`). */
  show(month: Month | null, byStory = false): void {
    this.month = month;
    this.byStory = byStory && month !== null;
  }
}
