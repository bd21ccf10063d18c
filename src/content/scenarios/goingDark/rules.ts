import type { Effect, Reaction, ScenarioRules } from '../../../engine';
import { ASSUMPTIONS, fx, LEVERS, ROLES, rx, STAKEHOLDERS } from '../../policy';

const NS = 'goingDark';
const key = (path: string): string => `${NS}:${path}`;

const option = (
  turn: string,
  id: string,
  cost: number,
  effects: readonly Effect[],
  extra: { setLevers?: Record<string, string>; reactions?: readonly Reaction[] } = {},
) => ({
  id: `${turn}.${id}`,
  cost,
  effects,
  labelKey: key(`turns.${turn}.options.${id}.label`),
  ...extra,
});

/**
 * The model behind "Going dark" on the full policy model: the shared levers, stakeholders, contested
 * assumptions and roles, plus this scenario's injects, events and endings. Magnitudes are design
 * choices, checked by `npm run balance`.
 */
export const GOING_DARK_RULES: ScenarioRules = {
  id: NS,
  initialMetrics: {
    security: 60,
    investigation: 55,
    liberties: 65,
    economy: 65,
    trust: 50,
    standing: 60,
    harm: 45,
  },
  capital: { start: 5, perTurn: 2, max: 8 },
  collapseMargin: 5,
  inertia: { rampUp: 0.5, fade: 0.5 },
  support: { high: 60, low: 40 },
  levers: LEVERS,
  stakeholders: STAKEHOLDERS,
  assumptions: ASSUMPTIONS,
  roles: ROLES,
  turns: [
    {
      id: 'call',
      options: [
        option(
          'call',
          'mandate',
          3,
          [
            fx('investigation', [1, 4], ['nas-2018'], { delay: 2, scaleBy: 'offenderSwitch' }),
            fx('liberties', -3, ['keys-under-doormats']),
            fx('trust', [-3, 3], ['pew-2016']),
            fx('standing', -2, ['joint-statement-2020', 'keys-under-doormats']),
          ],
          { setLevers: { accessMandate: 'pursued' } },
        ),
        option(
          'call',
          'talks',
          2,
          [fx('trust', 2, ['obama-dec6']), fx('investigation', [0, 2], ['wiretap-2014'])],
          {
            reactions: [rx('platforms', 3), rx('lawEnforcement', 1)],
          },
        ),
        option('call', 'forensics', 1, [fx('liberties', 1, ['wh-no-legislation'])], {
          setLevers: { forensics: 'funded' },
        }),
      ],
    },
    {
      id: 'territory',
      options: [
        option(
          'territory',
          'mass',
          2,
          [
            fx('harm', [-6, -3], ['twitter-125k', 'isis-census']),
            fx('trust', 2, ['clinton-virtual-territory']),
            fx('liberties', -2, ['over-removal']),
            fx('investigation', -2, ['isis-census', 'digital-decay'], {
              delay: 2,
              scaleBy: 'takedownDisplacement',
            }),
          ],
          { setLevers: { accountTakedowns: 'mass' } },
        ),
        option(
          'territory',
          'targeted',
          2,
          [
            fx('harm', [-3, -1], ['isis-census', 'crest-migration']),
            fx('liberties', -1, ['over-removal']),
          ],
          { setLevers: { accountTakedowns: 'targeted' } },
        ),
        option('territory', 'platforms', 0, [
          fx('harm', [1, 3], ['isis-census']),
          fx('investigation', [1, 3], ['isis-census']),
          fx('trust', -1, ['clinton-virtual-territory']),
        ]),
      ],
    },
    {
      id: 'juniper',
      options: [
        option('juniper', 'review', 1, [fx('trust', 1, ['nas-2018'])], {
          setLevers: { expertReview: 'on' },
        }),
        option('juniper', 'harden', 2, [fx('security', [1, 3], ['juniper', 'athens-affair'])], {
          setLevers: { hardenIntercept: 'on' },
        }),
        option(
          'juniper',
          'pressOn',
          0,
          [
            fx('investigation', 1, ['comey-going-dark']),
            fx('trust', [-3, -1], ['juniper', 'keys-under-doormats']),
            fx('standing', -1, ['keys-under-doormats']),
          ],
          { reactions: [rx('lawEnforcement', 3), rx('researchers', -3)] },
        ),
      ],
    },
    {
      id: 'shifting',
      options: [
        option(
          'shifting',
          'followApps',
          3,
          [
            fx('investigation', [0, 3], ['joint-statement-2020'], {
              delay: 1,
              scaleBy: 'offenderSwitch',
            }),
            fx('security', -2, ['keys-under-doormats']),
            fx('liberties', -2, ['keys-under-doormats']),
            fx('standing', -2, ['joint-statement-2020']),
          ],
          { setLevers: { accessMandate: 'pursued' } },
        ),
        option(
          'shifting',
          'infiltrate',
          2,
          [
            fx('investigation', [1, 4], ['anom', 'crest-migration'], { delay: 1 }),
            fx('liberties', -1, ['anom']),
          ],
          { reactions: [rx('lawEnforcement', 3), rx('civilLiberties', -1)] },
        ),
        option(
          'shifting',
          'hashes',
          1,
          [fx('harm', -1, ['gifct']), fx('liberties', -1, ['over-removal'])],
          { setLevers: { hashSharing: 'on' } },
        ),
      ],
    },
    {
      id: 'order',
      options: [
        option(
          'order',
          'fight',
          3,
          [
            fx('investigation', [0, 4], ['crs-court-ordered'], { delay: 2 }),
            fx('economy', -2, ['cook-letter']),
            fx('trust', [-3, 2], ['pew-2016']),
            fx('security', [-2, 0], ['cook-letter', 'keys-under-doormats']),
          ],
          { setLevers: { compelledAssistance: 'on' } },
        ),
        option(
          'order',
          'narrow',
          1,
          [
            fx('investigation', [0, 2], ['crs-court-ordered']),
            fx('trust', 1, ['pew-2016']),
            fx('economy', -1, ['cook-letter']),
          ],
          { reactions: [rx('platforms', -1), rx('lawEnforcement', 1)] },
        ),
        option(
          'order',
          'outside',
          2,
          [
            fx('investigation', 2, ['lawful-hacking', 'azimuth'], { delay: 1 }),
            fx('liberties', -1, ['lawful-hacking']),
          ],
          { setLevers: { unlockTools: 'on' } },
        ),
      ],
    },
    {
      id: 'congress',
      options: [
        option(
          'congress',
          'legislate',
          3,
          [
            fx('security', [-4, -1], ['keys-under-doormats', 'nas-2018']),
            fx('liberties', -2, ['keys-under-doormats']),
            fx('standing', -2, ['joint-statement-2020']),
            fx('trust', [-3, 3], ['pew-2016']),
          ],
          { setLevers: { accessMandate: 'enacted' } },
        ),
        option('congress', 'stats', 1, [fx('investigation', -1, ['comey-going-dark'])], {
          setLevers: { goingDarkStatistics: 'on' },
        }),
        option(
          'congress',
          'endorse',
          2,
          [fx('security', 2, ['keys-under-doormats', 'nas-2018']), fx('trust', 1, ['obama-dec18'])],
          { setLevers: { accessMandate: 'off', endorseE2EE: 'on' } },
        ),
      ],
    },
    {
      id: 'outsideParty',
      options: [
        option('outsideParty', 'disclose', 1, [
          fx('security', 3, ['vep-charter', 'wannacry']),
          fx('investigation', -2, ['vep-charter']),
          fx('trust', 1, ['vep-charter']),
          fx('standing', 1, ['vep-charter']),
        ]),
        option(
          'outsideParty',
          'keep',
          0,
          [
            fx('investigation', 2, ['lawful-hacking', 'azimuth']),
            fx('security', [-4, -1], ['wannacry']),
            fx('trust', -1, ['oig-2018']),
          ],
          { reactions: [rx('lawEnforcement', 2), rx('researchers', -3)] },
        ),
        option('outsideParty', 'precedent', 2, [
          fx('investigation', [-1, 3], ['crs-court-ordered', 'doj-drops']),
          fx('economy', -2, ['cook-letter', 'doj-drops']),
          fx('trust', [-3, 0], ['doj-drops']),
        ]),
      ],
    },
  ],
  events: [
    {
      id: 'copycat',
      chance: 0.3,
      chanceBy: 'copycatDemands',
      fromTurn: 1,
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'pursued' }],
      effects: [
        fx('standing', [-5, -3], ['joint-statement-2020', 'keys-under-doormats']),
        fx('liberties', -2, ['india-traceability']),
      ],
      reactions: [rx('allies', -4), rx('civilLiberties', -3)],
      headlineKey: key('events.copycat.headline'),
    },
    {
      id: 'appSwitch',
      chance: 0.3,
      fromTurn: 2,
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'pursued' }],
      effects: [
        fx('investigation', [-4, -2], ['digital-decay', 'crest-migration', 'keys-under-doormats']),
      ],
      reactions: [rx('lawEnforcement', -3)],
      headlineKey: key('events.appSwitch.headline'),
    },
    {
      id: 'displacement',
      chance: 0.5,
      fromTurn: 2,
      requires: [{ kind: 'lever', lever: 'accountTakedowns', atLeast: 'mass' }],
      effects: [
        fx('investigation', -2, ['digital-decay', 'crest-migration'], {
          scaleBy: 'takedownDisplacement',
        }),
        fx('harm', 2, ['crest-migration']),
      ],
      headlineKey: key('events.displacement.headline'),
    },
    {
      id: 'overRemoval',
      chance: 0.35,
      requires: [{ kind: 'lever', lever: 'accountTakedowns', atLeast: 'mass' }],
      effects: [fx('liberties', -3, ['over-removal']), fx('trust', -1, ['over-removal'])],
      reactions: [rx('civilLiberties', -4), rx('researchers', -2)],
      headlineKey: key('events.overRemoval.headline'),
    },
    {
      id: 'keyLeak',
      chance: 0.1,
      chanceBy: 'accessBreach',
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'enacted' }],
      effects: [
        fx('security', [-15, -8], ['athens-affair', 'juniper', 'keys-under-doormats']),
        fx('trust', -6, ['athens-affair']),
        fx('standing', -3, ['athens-affair']),
      ],
      reactions: [rx('public', -8), rx('platforms', -6), rx('allies', -5)],
      headlineKey: key('events.keyLeak.headline'),
    },
    {
      id: 'insiderAbuse',
      chance: 0.12,
      fromTurn: 2,
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'enacted' }],
      effects: [
        fx('liberties', -3, ['athens-affair']),
        fx('trust', -4, ['athens-affair', 'oig-2018']),
      ],
      reactions: [rx('civilLiberties', -5), rx('public', -3)],
      headlineKey: key('events.insiderAbuse.headline'),
    },
    {
      id: 'electionPressure',
      chance: 0.6,
      fromTurn: 4,
      requires: [{ kind: 'support', below: 45 }],
      effects: [fx('trust', -2, ['pew-2016'])],
      reactions: [rx('public', -3)],
      headlineKey: key('events.electionPressure.headline'),
    },
    {
      id: 'toolLeak',
      chance: 0.15,
      requires: [{ kind: 'lever', lever: 'lawfulHacking', atLeast: 'broad' }],
      effects: [fx('security', [-6, -3], ['wannacry']), fx('trust', -2, ['wannacry'])],
      reactions: [rx('researchers', -4), rx('public', -2)],
      headlineKey: key('events.toolLeak.headline'),
    },
    {
      id: 'plotFoiled',
      chance: 0.25,
      fromTurn: 2,
      requires: [{ kind: 'lever', lever: 'forensics', atLeast: 'funded' }],
      effects: [
        fx('investigation', 2, ['wiretap-2014', 'nas-2018']),
        fx('trust', 2, ['wiretap-2014']),
      ],
      reactions: [rx('lawEnforcement', 3), rx('public', 2)],
      headlineKey: key('events.plotFoiled.headline'),
    },
    {
      id: 'courtChallenge',
      chance: 0.5,
      requires: [
        { kind: 'stakeholder', stakeholder: 'civilLiberties', below: 35 },
        { kind: 'lever', lever: 'accessMandate', atLeast: 'enacted' },
      ],
      effects: [fx('trust', -2, ['ipt-secrecy']), fx('liberties', 2, ['ipt-secrecy'])],
      reactions: [rx('civilLiberties', 6), rx('lawEnforcement', -4)],
      setLevers: { accessMandate: 'pursued' },
      headlineKey: key('events.courtChallenge.headline'),
    },
    {
      id: 'firmsLeave',
      chance: 0.5,
      requires: [{ kind: 'stakeholder', stakeholder: 'platforms', below: 30 }],
      effects: [
        fx('economy', [-6, -3], ['apple-adp-uk', 'india-traceability'], {
          scaleBy: 'customerFlight',
        }),
        fx('security', -2, ['apple-adp-uk']),
      ],
      reactions: [rx('startups', -3), rx('public', -2)],
      headlineKey: key('events.firmsLeave.headline'),
    },
    {
      id: 'alliesRefuse',
      chance: 0.5,
      requires: [{ kind: 'stakeholder', stakeholder: 'allies', below: 35 }],
      effects: [
        fx('standing', -4, ['ipt-secrecy', 'joint-statement-2020']),
        fx('investigation', -2, ['anom']),
      ],
      headlineKey: key('events.alliesRefuse.headline'),
    },
    {
      id: 'petition',
      chance: 0.5,
      requires: [{ kind: 'stakeholder', stakeholder: 'civilLiberties', below: 30 }],
      effects: [fx('trust', -3, ['apple-csam'])],
      reactions: [rx('public', -3)],
      headlineKey: key('events.petition.headline'),
    },
  ],
  endings: [
    {
      id: 'breach',
      kind: 'breach',
      when: 'anyTime',
      requires: [{ kind: 'eventFired', event: 'keyLeak' }],
      titleKey: key('endings.breach.title'),
    },
    {
      id: 'collapse',
      kind: 'collapse',
      when: 'anyTime',
      requires: [{ kind: 'collapse' }],
      titleKey: key('endings.collapse.title'),
    },
    {
      id: 'noConfidence',
      kind: 'office',
      when: 'anyTime',
      requires: [{ kind: 'support', below: 30 }],
      titleKey: key('endings.noConfidence.title'),
    },
    {
      id: 'steady',
      kind: 'term',
      when: 'final',
      requires: [{ kind: 'objectives', atLeast: 75 }],
      titleKey: key('endings.steady.title'),
    },
    {
      id: 'muddled',
      kind: 'term',
      when: 'final',
      requires: [{ kind: 'objectives', atLeast: 40 }],
      titleKey: key('endings.muddled.title'),
    },
    {
      id: 'damaged',
      kind: 'term',
      when: 'final',
      requires: [],
      titleKey: key('endings.damaged.title'),
    },
  ],
};
