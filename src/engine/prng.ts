/**
 * Mulberry32: a tiny, fast, well-distributed 32-bit generator. Its whole state is one unsigned
 * 32-bit integer, so it lives inside the JSON game state and a saved game replays exactly.
 * Every function is pure: it takes the state and returns the next state with the value.
 */
export type RngState = number;

export interface Draw<T> {
  readonly value: T;
  readonly rng: RngState;
}

/** Turns any seed text into a starting state (FNV-1a), so seeds can be words a class can share. */
export function seedFromText(seed: string): RngState {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A float in [0, 1). */
export function nextFloat(rng: RngState): Draw<number> {
  const next = (rng + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, rng: next };
}

/** An integer in [min, max], both ends included. */
export function nextInt(rng: RngState, min: number, max: number): Draw<number> {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const draw = nextFloat(rng);
  return { value: (lo + Math.floor(draw.value * (hi - lo + 1))) | 0, rng: draw.rng };
}

/**
 * A local, mutable cursor over the same sequence, for the engine's inner loop: it avoids one
 * allocation per draw. It never escapes a function; the state keeps only the number.
 */
export class RngCursor {
  constructor(public state: RngState) {}

  /** Exactly nextFloat's arithmetic, without the result object. */
  float(): number {
    const next = (this.state + 0x6d2b79f5) >>> 0;
    this.state = next;
    let t = next;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    const lo = Math.min(min, max);
    const hi = Math.max(min, max);
    return (lo + Math.floor(this.float() * (hi - lo + 1))) | 0;
  }
}
