import type { AssumptionDefinition } from '../../engine';
import { policyKey } from './helpers';

const assumption = (
  id: string,
  optimistic: number,
  pessimistic: number,
  sources: readonly string[],
): AssumptionDefinition => ({
  id,
  labelKey: policyKey(`assumptions.${id}.question`),
  values: { optimistic, pessimistic },
  sources,
});

/**
 * Contested links in the model. "Optimistic" is from the point of view of whoever proposes the
 * policy; each value is either a multiplier on effects (`scaleBy`) or the odds of an event per turn.
 */
export const ASSUMPTIONS: readonly AssumptionDefinition[] = [
  // Multiplies investigators' gains from access mandates: few offenders switch (1) or many (0.4).
  assumption('offenderSwitch', 1, 0.4, [
    'digital-decay',
    'crest-migration',
    'keys-under-doormats',
    'nas-2018',
  ]),
  // Odds per turn that an access system in force is breached or abused.
  assumption('accessBreach', 0.04, 0.25, [
    'athens-affair',
    'juniper',
    'salt-typhoon',
    'keys-under-doormats',
  ]),
  // Multiplies economic losses from access mandates and secret notices.
  assumption('customerFlight', 0.5, 1.5, ['itif-cloud', 'tola-survey']),
  // Odds per turn that another government demands the same access.
  assumption('copycatDemands', 0.1, 0.45, ['joint-statement-2020', 'india-traceability']),
  // Multiplies the intelligence lost when mass suspensions push groups to darker channels.
  assumption('takedownDisplacement', 0.5, 1.5, ['digital-decay', 'crest-migration', 'isis-census']),
];
