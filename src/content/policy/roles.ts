import type { RoleDefinition } from '../../engine';
import { LEVERS } from './levers';
import { policyKey } from './helpers';

/**
 * Who the player is. Each role has its own objectives (the score of a run is shown against them)
 * and may change only the levers its office controls; inject options still move others.
 */
export const ROLES: readonly RoleDefinition[] = [
  {
    id: 'headOfGovernment',
    nameKey: policyKey('roles.headOfGovernment.name'),
    levers: LEVERS.map((l) => l.id),
    objectives: [
      { kind: 'support', atLeast: 50 },
      { kind: 'metric', metric: 'trust', atLeast: 50 },
      { kind: 'metric', metric: 'security', atLeast: 50 },
      { kind: 'metric', metric: 'investigation', atLeast: 52 },
      { kind: 'metric', metric: 'harm', atMost: 45 },
    ],
  },
  {
    id: 'attorneyGeneral',
    nameKey: policyKey('roles.attorneyGeneral.name'),
    levers: [
      'accessMandate',
      'deviceAccess',
      'compelledAssistance',
      'lawfulHacking',
      'unlockTools',
      'forensics',
      'infiltration',
      'accountTakedowns',
      'traceability',
      'goingDarkStatistics',
    ],
    objectives: [
      { kind: 'metric', metric: 'investigation', atLeast: 60 },
      { kind: 'metric', metric: 'harm', atMost: 42 },
      { kind: 'stakeholder', stakeholder: 'lawEnforcement', atLeast: 60 },
      { kind: 'metric', metric: 'trust', atLeast: 45 },
    ],
    capitalBonus: 1,
  },
  {
    id: 'cyberAdviser',
    nameKey: policyKey('roles.cyberAdviser.name'),
    levers: [
      'vulnerabilityDisclosure',
      'hardenIntercept',
      'endorseE2EE',
      'expertReview',
      'exportControls',
      'lawfulHacking',
      'goingDarkStatistics',
      'hashSharing',
      'voluntaryDetection',
    ],
    objectives: [
      { kind: 'metric', metric: 'security', atLeast: 62 },
      { kind: 'metric', metric: 'economy', atLeast: 60 },
      { kind: 'metric', metric: 'standing', atLeast: 55 },
      { kind: 'metric', metric: 'investigation', atLeast: 48 },
    ],
  },
];
