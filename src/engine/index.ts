export * from './types';
export * from './result';
export { balanceIndex, collapsedMetrics, goodness, isImprovement } from './balance';
export { newGame } from './newGame';
export { resolveTurn, type TurnOutcome } from './resolveTurn';
export { replay, type Replay, type ReplayError } from './replay';
export { previewOptions, type OptionPreview } from './preview';
export { seedFromText } from './prng';
