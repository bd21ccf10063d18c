import { describe, expect, it } from 'vitest';
import { nextFloat, nextInt, RngCursor, seedFromText } from '../../../src/engine/prng';

describe('seeded generator', () => {
  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    const run = (seed: string) => {
      let rng = seedFromText(seed);
      return Array.from({ length: 5 }, () => {
        const d = nextFloat(rng);
        rng = d.rng;
        return d.value;
      });
    };
    expect(run('period-3')).toEqual(run('period-3'));
    expect(run('period-3')).not.toEqual(run('period-4'));
  });

  it('keeps integers within both ends, and reaches both ends', () => {
    let rng = seedFromText('range');
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) {
      const d = nextInt(rng, -3, 3);
      rng = d.rng;
      expect(d.value).toBeGreaterThanOrEqual(-3);
      expect(d.value).toBeLessThanOrEqual(3);
      seen.add(d.value);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('keeps its state a 32-bit unsigned integer, so it survives JSON', () => {
    const d = nextFloat(seedFromText('json'));
    expect(Number.isInteger(d.rng)).toBe(true);
    expect(d.rng).toBeGreaterThanOrEqual(0);
    expect(d.rng).toBeLessThan(2 ** 32);
  });
});

describe('RngCursor', () => {
  it('draws exactly the sequence of nextFloat and nextInt', () => {
    let rng = seedFromText('cursor');
    const cursor = new RngCursor(rng);
    for (let i = 0; i < 200; i += 1) {
      if (i % 2 === 0) {
        const d = nextFloat(rng);
        rng = d.rng;
        expect(cursor.float()).toBe(d.value);
      } else {
        const d = nextInt(rng, -4, 9);
        rng = d.rng;
        expect(cursor.int(-4, 9)).toBe(d.value);
      }
      expect(cursor.state).toBe(rng);
    }
  });
});
