/**
 * The panel's sections after the article, bundled apart (LowerSections.svelte loads them): what a
 * reader meets only by scrolling past the figures and the article, or by asking for a date or a route.
 */
export { default as Ledger } from './Ledger.svelte';
export { default as Timeline } from './Timeline.svelte';
export { default as RoutesCompared } from './RoutesCompared.svelte';
export { default as SourcesList } from '../sources/SourcesList.svelte';
export { default as DataDownloads } from './DataDownloads.svelte';
