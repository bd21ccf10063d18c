import type { StakeholderDefinition } from '../../engine';
import { policyKey } from './helpers';

const group = (
  id: string,
  influence: number,
  approval: number,
  cares: StakeholderDefinition['cares'],
): StakeholderDefinition => ({
  id,
  nameKey: policyKey(`stakeholders.${id}`),
  influence,
  approval,
  cares,
});

/**
 * The groups whose approval decides a government's room to act (research brief, section 9).
 * `cares` says how much a one-point move of a metric moves the group's approval.
 */
export const STAKEHOLDERS: readonly StakeholderDefinition[] = [
  group('lawEnforcement', 70, 55, { investigation: 0.8, harm: -0.4 }),
  group('intelligence', 50, 55, { investigation: 0.5, standing: 0.3 }),
  group('cyberDefence', 40, 55, { security: 0.8 }),
  group('platforms', 70, 55, { economy: 0.6, trust: 0.2 }),
  group('startups', 30, 55, { economy: 0.8 }),
  group('researchers', 30, 55, { security: 0.6, liberties: 0.3 }),
  group('civilLiberties', 50, 50, { liberties: 0.9 }),
  group('childSafety', 50, 50, { harm: -0.8 }),
  group('public', 90, 55, { trust: 0.5, harm: -0.3, security: 0.2 }),
  group('allies', 40, 60, { standing: 0.8 }),
];
