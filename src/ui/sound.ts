/**
 * Sound cues, generated with the Web Audio API (no audio files, nothing downloaded). Off by default:
 * a class of thirty laptops should stay quiet unless a player asks for sound.
 */
export type Cue = 'decide' | 'better' | 'worse' | 'event' | 'ending';

interface Note {
  readonly frequency: number;
  readonly start: number;
  readonly length: number;
}

const CUES: Readonly<Record<Cue, { type: OscillatorType; notes: readonly Note[] }>> = {
  decide: { type: 'sine', notes: [{ frequency: 880, start: 0, length: 0.08 }] },
  better: {
    type: 'triangle',
    notes: [
      { frequency: 523.25, start: 0, length: 0.14 },
      { frequency: 659.25, start: 0.12, length: 0.2 },
    ],
  },
  worse: {
    type: 'triangle',
    notes: [
      { frequency: 440, start: 0, length: 0.14 },
      { frequency: 349.23, start: 0.12, length: 0.24 },
    ],
  },
  event: { type: 'sine', notes: [{ frequency: 1046.5, start: 0, length: 0.3 }] },
  ending: {
    type: 'triangle',
    notes: [
      { frequency: 523.25, start: 0, length: 0.5 },
      { frequency: 659.25, start: 0.1, length: 0.5 },
      { frequency: 783.99, start: 0.2, length: 0.6 },
    ],
  },
};

/** Loud enough to hear at full volume, never harsh. */
const MAX_GAIN = 0.18;

export function createSound(settings: () => { readonly sound: boolean; readonly volume: number }) {
  let context: AudioContext | null = null;
  let played = 0;
  return {
    /** How many cues have sounded (for tests: none while sound is off). */
    played: () => played,
    play(cue: Cue, delaySeconds = 0): void {
      const { sound, volume } = settings();
      if (!sound || volume <= 0 || typeof AudioContext === 'undefined') return;
      context ??= new AudioContext();
      if (context.state === 'suspended') void context.resume();
      const { type, notes } = CUES[cue];
      const at = context.currentTime + delaySeconds;
      for (const note of notes) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = type;
        oscillator.frequency.value = note.frequency;
        const peak = (MAX_GAIN * volume) / 100;
        // A short attack and an exponential release: no clicks.
        gain.gain.setValueAtTime(0.0001, at + note.start);
        gain.gain.exponentialRampToValueAtTime(peak, at + note.start + 0.015);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + note.start + note.length);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at + note.start);
        oscillator.stop(at + note.start + note.length + 0.05);
      }
      played += 1;
    },
  };
}
