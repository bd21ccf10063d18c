/**
 * The JavaScript heap of a page, split into the engine's compiled code and everything else.
 *
 * V8 keeps the code it compiles on the same heap as the page's objects: bytecode, feedback and
 * optimised machine code, added as functions get hot. A game played 27 times in a row keeps
 * adding a little (the second half of a soak: a few KB per game, less and less), which is the JIT
 * warming up, not the game keeping what it no longer needs. The soak judges the rest (objects,
 * strings, arrays, closures: what a leak is made of), and prints the compiled code beside it.
 */
import type { CDPSession } from '@playwright/test';

export type HeapSample = {
  /** Runtime.getHeapUsage's usedSize: the whole JavaScript heap in use. */
  usedBytes: number;
  /** Of which V8's compiled code (the snapshot's "code" nodes: bytecode, machine code, feedback). */
  codeBytes: number;
};

export type HeapSnapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
};

/** The sum of the self sizes of a heap snapshot's nodes whose type is "code". */
export function codeBytesOf(snapshot: HeapSnapshot): number {
  const fields = snapshot.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  if (typeAt < 0 || sizeAt < 0 || code < 0) throw new Error('unexpected heap snapshot format');
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += stride)
    if (snapshot.nodes[i + typeAt] === code) total += snapshot.nodes[i + sizeAt]!;
  return total;
}

/** Collects garbage, then reads the heap in use and how much of it is compiled code. */
export async function sampleHeap(cdp: CDPSession): Promise<HeapSample> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return {
    usedBytes: usedSize,
    codeBytes: codeBytesOf(JSON.parse(chunks.join('')) as HeapSnapshot),
  };
}
