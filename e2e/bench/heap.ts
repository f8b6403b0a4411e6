import type { Page } from '@playwright/test';

/**
 * Where a page's bytes are, from a V8 heap snapshot. The JS heap figure (`heapBytes`) holds the first
 * two parts: the code V8 compiles as functions get hot (it grows while a page warms up, whatever the
 * page does) and the JS objects, which a leak in a script piles up. The snapshot also holds the
 * browser's own objects (DOM nodes, styles, layout), where a leak of detached elements shows, and its
 * fixed-size buffers of performance entries; neither counts in the JS heap figure.
 */
export interface HeapParts {
  code: number;
  jsObjects: number;
  browserObjects: number;
  browserBuffers: number;
}

/** What a leak can pile up: JS objects and the browser's objects, without code or capped buffers. */
export const leakable = (parts: HeapParts) => parts.jsObjects + parts.browserObjects;

/** The parts of a V8 heap snapshot that `heapParts` reads (the format Chromium's DevTools saves). */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Node types V8 uses for compiled code and its metadata (bytecode, feedback, object shapes). */
const CODE_TYPES = new Set(['code', 'object shape']);

/** Performance entries the browser keeps, up to a fixed count, for observers that may come later. */
const BROWSER_BUFFERS =
  /^(Performance\w*Timing|PerformanceSoftNavigation|blink::ScriptTimingInfo|LayoutShift|LayoutShiftAttribution)$/;

export function heapParts(heap: HeapSnapshot): HeapParts {
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  if ([typeAt, nameAt, sizeAt].includes(-1)) throw new Error('heapParts: the snapshot has no type, name or self_size');
  const parts: HeapParts = { code: 0, jsObjects: 0, browserObjects: 0, browserBuffers: 0 };
  for (let node = 0; node < heap.nodes.length; node += fields.length) {
    const type = types[heap.nodes[node + typeAt!]!]!;
    const name = heap.strings[heap.nodes[node + nameAt!]!] ?? '';
    const size = heap.nodes[node + sizeAt!]!;
    if (CODE_TYPES.has(type)) parts.code += size;
    else if (type !== 'native') parts.jsObjects += size;
    else if (BROWSER_BUFFERS.test(name)) parts.browserBuffers += size;
    else parts.browserObjects += size;
  }
  return parts;
}

/** Collects garbage, then reads the JS heap in use (V8's JSHeapUsedSize): code and objects together. */
export async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
}

/** Collects garbage, then takes a heap snapshot of the page and splits it with `heapParts`. */
export async function snapshotHeap(page: Page): Promise<HeapParts> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return heapParts(JSON.parse(chunks.join('')) as HeapSnapshot);
}
