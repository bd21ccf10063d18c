import type { Condition, Effect, LeverDefinition, Reaction } from '../../engine';
import { fx, policyKey, rx } from './helpers';

interface LeverSpec {
  readonly levels: readonly string[];
  readonly costPerStep: number;
  readonly ongoing: Readonly<Record<string, readonly Effect[]>>;
  readonly reactions?: Readonly<Record<string, readonly Reaction[]>>;
  readonly requires?: readonly Condition[];
  readonly excludes?: readonly string[];
}

const lever = (id: string, spec: LeverSpec): LeverDefinition => ({
  id,
  ...spec,
  labelKey: policyKey(`levers.${id}.name`),
  levelKeys: Object.fromEntries(spec.levels.map((l) => [l, policyKey(`levers.${id}.levels.${l}`)])),
});

const ON = ['off', 'on'] as const;

/**
 * The policy levers, one per row of the research brief's lever table (section 9). Directions follow
 * that table; magnitudes are per turn at full strength and are design choices, checked by
 * `npm run balance`. Every effect cites the sources the table gives for it.
 */
export const LEVERS: readonly LeverDefinition[] = [
  lever('accessMandate', {
    levels: ['off', 'pursued', 'enacted'],
    costPerStep: 2,
    excludes: ['endorseE2EE'],
    ongoing: {
      pursued: [
        fx('economy', -1, ['itif-cloud'], { scaleBy: 'customerFlight' }),
        fx('standing', -1, ['joint-statement-2020']),
      ],
      enacted: [
        fx('security', [-3, -1], ['keys-under-doormats', 'nas-2018']),
        fx('investigation', 3, ['nas-2018', 'wiretap-2014'], { scaleBy: 'offenderSwitch' }),
        fx('liberties', -2, ['keys-under-doormats']),
        fx('economy', [-3, -1], ['itif-cloud', 'tola-survey'], { scaleBy: 'customerFlight' }),
        fx('standing', -1, ['joint-statement-2020']),
        fx('harm', -1, ['nas-2018'], { scaleBy: 'offenderSwitch' }),
      ],
    },
    reactions: {
      pursued: [
        rx('lawEnforcement', 3),
        rx('platforms', -3),
        rx('researchers', -3),
        rx('civilLiberties', -3),
      ],
      enacted: [
        rx('lawEnforcement', 4),
        rx('intelligence', 2),
        rx('childSafety', 3),
        rx('platforms', -5),
        rx('startups', -3),
        rx('researchers', -5),
        rx('civilLiberties', -5),
        rx('allies', -2),
      ],
    },
  }),
  lever('deviceAccess', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('security', -1, ['carnegie-2019', 'nas-2018']),
        fx('investigation', 2, ['carnegie-2019', 'nas-2018']),
        fx('liberties', -1, ['nas-2018']),
        fx('economy', -1, ['carnegie-2019'], { scaleBy: 'customerFlight' }),
      ],
    },
    reactions: {
      on: [
        rx('lawEnforcement', 3),
        rx('platforms', -3),
        rx('researchers', -2),
        rx('civilLiberties', -2),
      ],
    },
  }),
  lever('compelledAssistance', {
    levels: ON,
    costPerStep: 1,
    ongoing: {
      on: [
        fx('security', -1, ['cook-letter']),
        fx('investigation', 1, ['doj-drops']),
        fx('liberties', -1, ['pew-2016']),
        fx('economy', -1, ['cook-letter']),
      ],
    },
    reactions: { on: [rx('lawEnforcement', 2), rx('platforms', -3), rx('civilLiberties', -2)] },
  }),
  lever('capabilityNotices', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('security', -1, ['ipa-s253']),
        fx('investigation', 2, ['tola']),
        fx('liberties', -2, ['ipa-s253']),
        fx('economy', -2, ['tola-survey'], { scaleBy: 'customerFlight' }),
        fx('trust', -2, ['ipt-secrecy']),
        fx('standing', -1, ['ipt-secrecy']),
      ],
    },
    reactions: {
      on: [
        rx('intelligence', 3),
        rx('platforms', -4),
        rx('startups', -3),
        rx('civilLiberties', -4),
        rx('allies', -2),
      ],
    },
  }),
  lever('exportControls', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('security', -3, ['export-controls', 'freak']),
        fx('investigation', 1, ['export-controls']),
        fx('liberties', -1, ['export-controls']),
        fx('economy', -3, ['export-controls']),
        fx('standing', -2, ['export-controls']),
      ],
    },
    reactions: {
      on: [rx('intelligence', 2), rx('startups', -5), rx('researchers', -5), rx('platforms', -3)],
    },
  }),
  lever('lawfulHacking', {
    levels: ['off', 'limited', 'broad'],
    costPerStep: 1,
    ongoing: {
      limited: [
        fx('investigation', 2, ['lawful-hacking']),
        fx('security', -1, ['wannacry']),
        fx('liberties', -1, ['playpen']),
        fx('harm', -1, ['playpen']),
      ],
      broad: [
        fx('investigation', 3, ['lawful-hacking']),
        fx('security', -3, ['wannacry']),
        fx('liberties', -2, ['playpen']),
        fx('trust', -1, ['playpen']),
        fx('harm', -1, ['playpen']),
      ],
    },
    reactions: {
      limited: [rx('lawEnforcement', 2), rx('researchers', -2), rx('civilLiberties', -1)],
      broad: [
        rx('lawEnforcement', 3),
        rx('intelligence', 2),
        rx('researchers', -4),
        rx('civilLiberties', -3),
      ],
    },
  }),
  lever('vulnerabilityDisclosure', {
    levels: ON,
    costPerStep: 1,
    ongoing: {
      on: [
        fx('security', 2, ['vep-charter', 'wannacry']),
        fx('investigation', -1, ['wannacry']),
        fx('liberties', 1, ['vep-charter']),
        fx('economy', 1, ['vep-charter']),
        fx('trust', 1, ['vep-charter']),
        fx('standing', 1, ['vep-charter']),
      ],
    },
    reactions: {
      on: [rx('researchers', 4), rx('platforms', 2), rx('cyberDefence', 2), rx('intelligence', -3)],
    },
  }),
  lever('unlockTools', {
    levels: ON,
    costPerStep: 1,
    ongoing: {
      on: [fx('security', -1, ['azimuth']), fx('investigation', 2, ['azimuth', 'fbi-paid'])],
    },
    reactions: { on: [rx('lawEnforcement', 2), rx('researchers', -1)] },
  }),
  lever('forensics', {
    levels: ['off', 'funded'],
    costPerStep: 1,
    ongoing: {
      funded: [
        fx('investigation', 2, ['nas-2018', 'rstreet', 'wiretap-2014']),
        fx('liberties', [-1, 0], ['nas-2018']),
        fx('trust', 1, ['rstreet']),
      ],
    },
    reactions: { funded: [rx('lawEnforcement', 2)] },
  }),
  lever('goingDarkStatistics', {
    levels: ON,
    costPerStep: 1,
    ongoing: { on: [fx('trust', 2, ['overcount', 'nas-2018'])] },
    reactions: { on: [rx('civilLiberties', 2), rx('researchers', 1), rx('lawEnforcement', -1)] },
  }),
  lever('hardenIntercept', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('security', 2, ['salt-typhoon', 'fbi-cisa-2024', 'athens-affair']),
        fx('liberties', 1, ['salt-typhoon']),
        fx('economy', -1, ['salt-typhoon']),
        fx('trust', 1, ['fbi-cisa-2024']),
        fx('standing', 1, ['athens-affair']),
      ],
    },
    reactions: { on: [rx('cyberDefence', 4), rx('researchers', 2), rx('platforms', -1)] },
  }),
  lever('endorseE2EE', {
    levels: ON,
    costPerStep: 2,
    excludes: ['accessMandate', 'clientScanning'],
    ongoing: {
      on: [
        fx('security', 2, ['cisa-mobile']),
        fx('investigation', -2, ['ncmec-2024', 'comey-going-dark']),
        fx('liberties', 2, ['cisa-mobile']),
        fx('economy', 1, ['whatsapp-e2ee']),
        fx('trust', 1, ['cisa-mobile']),
        fx('harm', 1, ['ncmec-2024']),
      ],
    },
    reactions: {
      on: [
        rx('platforms', 4),
        rx('researchers', 4),
        rx('civilLiberties', 4),
        rx('cyberDefence', 3),
        rx('lawEnforcement', -4),
        rx('childSafety', -4),
      ],
    },
  }),
  lever('clientScanning', {
    levels: ON,
    costPerStep: 3,
    requires: [{ kind: 'lever', lever: 'hashSharing', atLeast: 'on' }],
    excludes: ['endorseE2EE', 'voluntaryDetection'],
    ongoing: {
      on: [
        fx('security', -2, ['bugs-in-pockets']),
        fx('investigation', 2, ['chat-control-ep']),
        fx('liberties', -4, ['apple-csam', 'bugs-in-pockets']),
        fx('economy', -1, ['apple-csam']),
        fx('trust', -2, ['apple-csam']),
        fx('harm', -2, ['chat-control-ep']),
      ],
    },
    reactions: {
      on: [
        rx('childSafety', 5),
        rx('lawEnforcement', 3),
        rx('platforms', -4),
        rx('researchers', -5),
        rx('civilLiberties', -6),
      ],
    },
  }),
  lever('voluntaryDetection', {
    levels: ON,
    costPerStep: 1,
    excludes: ['clientScanning'],
    ongoing: {
      on: [
        fx('harm', -1, ['chat-control-council']),
        fx('liberties', [-1, 0], ['chat-control-council']),
        fx('economy', [-1, 0], ['chat-control-council']),
        fx('standing', 1, ['chat-control-council']),
      ],
    },
    reactions: { on: [rx('childSafety', 2), rx('platforms', -1), rx('civilLiberties', -1)] },
  }),
  lever('traceability', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('security', -1, ['india-traceability']),
        fx('investigation', 2, ['india-traceability']),
        fx('liberties', -2, ['india-traceability']),
        fx('economy', -1, ['india-traceability']),
        fx('harm', -1, ['india-traceability']),
      ],
    },
    reactions: {
      on: [
        rx('lawEnforcement', 3),
        rx('platforms', -4),
        rx('civilLiberties', -4),
        rx('allies', -1),
      ],
    },
  }),
  lever('accountTakedowns', {
    levels: ['off', 'targeted', 'mass'],
    costPerStep: 1,
    ongoing: {
      targeted: [
        fx('harm', -1, ['isis-census', 'crest-migration']),
        fx('liberties', [-1, 0], ['over-removal']),
      ],
      mass: [
        fx('harm', -2, ['twitter-125k', 'isis-census']),
        fx('investigation', -2, ['isis-census', 'digital-decay'], {
          scaleBy: 'takedownDisplacement',
        }),
        fx('liberties', -1, ['over-removal']),
      ],
    },
    reactions: {
      targeted: [rx('lawEnforcement', 1), rx('childSafety', 1)],
      mass: [
        rx('public', 2),
        rx('childSafety', 1),
        rx('civilLiberties', -2),
        rx('lawEnforcement', -1),
      ],
    },
  }),
  lever('hashSharing', {
    levels: ON,
    costPerStep: 1,
    ongoing: {
      on: [
        fx('harm', -2, ['gifct']),
        fx('standing', 1, ['gifct']),
        fx('liberties', [-1, 0], ['gifct']),
      ],
    },
    reactions: { on: [rx('platforms', 1), rx('childSafety', 2), rx('civilLiberties', -1)] },
  }),
  lever('removalDeadlines', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('harm', -2, ['tco-regulation']),
        fx('liberties', -2, ['tco-regulation']),
        fx('economy', -1, ['tco-regulation']),
        fx('standing', 1, ['tco-regulation']),
      ],
    },
    reactions: {
      on: [rx('startups', -4), rx('civilLiberties', -3), rx('public', 1), rx('childSafety', 2)],
    },
  }),
  lever('automatedFilters', {
    levels: ON,
    costPerStep: 1,
    ongoing: {
      on: [
        fx('investigation', -1, ['over-removal']),
        fx('liberties', -3, ['over-removal']),
        fx('trust', -1, ['over-removal']),
        fx('harm', -2, ['over-removal']),
      ],
    },
    reactions: { on: [rx('civilLiberties', -4), rx('researchers', -1), rx('public', 1)] },
  }),
  lever('infiltration', {
    levels: ['off', 'funded'],
    costPerStep: 2,
    requires: [{ kind: 'lever', lever: 'forensics', atLeast: 'funded' }],
    ongoing: {
      funded: [
        fx('investigation', 3, ['encrochat', 'anom']),
        fx('liberties', -1, ['encrochat']),
        fx('trust', [-1, 1], ['anom']),
      ],
    },
    reactions: { funded: [rx('lawEnforcement', 4), rx('civilLiberties', -2)] },
  }),
  lever('liabilityShield', {
    levels: ON,
    costPerStep: 2,
    ongoing: {
      on: [
        fx('security', -1, ['earn-it']),
        fx('investigation', 1, ['earn-it']),
        fx('liberties', -2, ['earn-it']),
        fx('economy', -1, ['earn-it']),
        fx('harm', -1, ['earn-it']),
      ],
    },
    reactions: { on: [rx('childSafety', 4), rx('platforms', -3), rx('civilLiberties', -4)] },
  }),
  lever('expertReview', {
    levels: ON,
    costPerStep: 1,
    ongoing: {
      on: [
        fx('security', 1, ['nas-2018', 'carnegie-2019']),
        fx('investigation', -1, ['nas-2018']),
        fx('liberties', 1, ['nas-2018']),
        fx('economy', 1, ['carnegie-2019']),
        fx('trust', 2, ['nas-2018']),
      ],
    },
    reactions: { on: [rx('researchers', 3), rx('civilLiberties', 2), rx('lawEnforcement', -1)] },
  }),
];
