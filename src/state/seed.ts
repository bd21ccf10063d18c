const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A short seed a teacher can read aloud ("k7fq-3mzd"). Randomness lives here, in the state layer,
 * never in the engine: the engine only ever sees the seed text.
 */
export function randomSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}
