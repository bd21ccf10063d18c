import type { Amount, Effect, MetricId, Reaction } from '../../engine';

export const POLICY_NS = 'policy';
export const policyKey = (path: string): string => `${POLICY_NS}:${path}`;

/** One effect, written the way designers read them: metric, amount, sources, optional extras. */
export const fx = (
  metric: MetricId,
  amount: Amount,
  sources: readonly string[],
  extra: { delay?: number; scaleBy?: string } = {},
): Effect => ({ metric, amount, sources, ...extra });

/** A change in a stakeholder group's approval. */
export const rx = (
  stakeholder: string,
  amount: number,
  sources: readonly string[] = [],
): Reaction => ({
  stakeholder,
  amount,
  sources,
});
