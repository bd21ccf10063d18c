import { describe, expect, it } from 'vitest';
import { codeBytesOf, type HeapSnapshot } from '../../../bench/web/heap';

// A heap snapshot's layout, as Chrome writes it: nodes are a flat array of `node_fields`.
const meta = {
  node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'],
  node_types: [['hidden', 'array', 'string', 'object', 'code', 'closure'], 'string', 'number'],
} as HeapSnapshot['snapshot']['meta'];

const node = (type: string, size: number) => [meta.node_types[0].indexOf(type), 0, 1, size, 0, 0];

describe("the heap soak's compiled-code share", () => {
  it('sums the self sizes of the code nodes only', () => {
    const nodes = [
      ...node('object', 1000),
      ...node('code', 300),
      ...node('string', 50),
      ...node('code', 20),
      ...node('closure', 7),
    ];
    expect(codeBytesOf({ snapshot: { meta }, nodes })).toBe(320);
  });

  it('refuses a snapshot format it does not know', () => {
    const other = { ...meta, node_fields: ['kind', 'name', 'self_size'] };
    expect(() => codeBytesOf({ snapshot: { meta: other }, nodes: [] })).toThrow(/format/);
  });
});
