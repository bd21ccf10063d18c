import type { Effect, MetricId, ScenarioRules, Amount } from '../../../engine';

const NS = 'goingDark';
const key = (path: string): string => `${NS}:${path}`;

/** One effect, written the way designers read them: metric, amount, sources, optional delay. */
const fx = (metric: MetricId, amount: Amount, sources: readonly string[], delay = 0): Effect =>
  delay > 0 ? { metric, amount, sources, delay } : { metric, amount, sources };

/** Every level of a lever has a whole-phrase key: levers.<id>.levels.<level>. */
const LEVER_LEVELS = {
  accessMandate: ['off', 'pursued', 'enacted'],
  takedowns: ['off', 'targeted', 'mass'],
  forensics: ['off', 'funded'],
  lawfulHacking: ['off', 'used'],
  expertReview: ['off', 'commissioned'],
  infiltration: ['off', 'funded'],
} as const;
type LeverId = keyof typeof LEVER_LEVELS;
const leverLevelKeys = (lever: LeverId): Record<string, string> =>
  Object.fromEntries(LEVER_LEVELS[lever].map((l) => [l, key(`levers.${lever}.levels.${l}`)]));

const option = (
  turn: string,
  id: string,
  cost: number,
  effects: readonly Effect[],
  setLevers?: Record<string, string>,
) => ({
  id: `${turn}.${id}`,
  cost,
  effects,
  labelKey: key(`turns.${turn}.options.${id}.label`),
  ...(setLevers ? { setLevers } : {}),
});

/**
 * The model behind "Going dark". Directions follow the research brief's lever table (section 9);
 * magnitudes are design choices, tuned with `npm run simulate` so that no single path dominates.
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
  levers: [
    {
      id: 'accessMandate',
      levels: LEVER_LEVELS.accessMandate,
      labelKey: key('levers.accessMandate.name'),
      levelKeys: leverLevelKeys('accessMandate'),
      ongoing: {
        pursued: [fx('economy', -1, ['itif-cloud']), fx('standing', -1, ['joint-statement-2020'])],
        enacted: [
          fx('security', [-3, -1], ['keys-under-doormats', 'nas-2018']),
          fx('economy', [-2, -1], ['itif-cloud']),
          fx('investigation', 2, ['nas-2018']),
          fx('liberties', -1, ['keys-under-doormats']),
        ],
      },
    },
    {
      id: 'takedowns',
      levels: LEVER_LEVELS.takedowns,
      labelKey: key('levers.takedowns.name'),
      levelKeys: leverLevelKeys('takedowns'),
      ongoing: {
        targeted: [fx('harm', -1, ['isis-census', 'crest-migration'])],
        mass: [
          fx('harm', -2, ['twitter-125k', 'isis-census']),
          fx('investigation', -1, ['isis-census']),
          fx('liberties', -1, ['over-removal']),
        ],
      },
    },
    {
      id: 'forensics',
      levels: LEVER_LEVELS.forensics,
      labelKey: key('levers.forensics.name'),
      levelKeys: leverLevelKeys('forensics'),
      ongoing: { funded: [fx('investigation', 1, ['nas-2018', 'wiretap-2014'])] },
    },
    {
      id: 'lawfulHacking',
      levels: LEVER_LEVELS.lawfulHacking,
      labelKey: key('levers.lawfulHacking.name'),
      levelKeys: leverLevelKeys('lawfulHacking'),
      ongoing: {
        used: [fx('investigation', 1, ['lawful-hacking']), fx('security', -1, ['wannacry'])],
      },
    },
    {
      id: 'expertReview',
      levels: LEVER_LEVELS.expertReview,
      labelKey: key('levers.expertReview.name'),
      levelKeys: leverLevelKeys('expertReview'),
      ongoing: { commissioned: [fx('trust', 1, ['nas-2018'])] },
    },
    {
      id: 'infiltration',
      levels: LEVER_LEVELS.infiltration,
      labelKey: key('levers.infiltration.name'),
      levelKeys: leverLevelKeys('infiltration'),
      ongoing: { funded: [fx('investigation', 1, ['anom', 'crest-migration'])] },
    },
  ],
  turns: [
    {
      id: 'call',
      options: [
        option(
          'call',
          'mandate',
          4,
          [
            fx('investigation', [1, 4], ['nas-2018'], 2),
            fx('liberties', -3, ['keys-under-doormats']),
            fx('economy', [-3, -1], ['itif-cloud']),
            fx('trust', [-3, 3], ['pew-2016']),
            fx('standing', -2, ['joint-statement-2020', 'keys-under-doormats']),
          ],
          { accessMandate: 'pursued' },
        ),
        option('call', 'talks', 2, [
          fx('trust', 2, ['obama-dec6']),
          fx('investigation', [0, 2], ['wiretap-2014']),
        ]),
        option(
          'call',
          'forensics',
          1,
          [
            fx('investigation', 1, ['nas-2018', 'wiretap-2014']),
            fx('liberties', 1, ['wh-no-legislation']),
          ],
          { forensics: 'funded' },
        ),
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
            fx('investigation', -2, ['isis-census', 'digital-decay'], 2),
          ],
          { takedowns: 'mass' },
        ),
        option(
          'territory',
          'targeted',
          3,
          [
            fx('harm', [-3, -1], ['isis-census', 'crest-migration']),
            fx('investigation', 1, ['crest-migration']),
            fx('liberties', -1, ['over-removal']),
          ],
          { takedowns: 'targeted' },
        ),
        option(
          'territory',
          'platforms',
          0,
          [
            fx('harm', [1, 3], ['isis-census']),
            fx('investigation', 1, ['isis-census']),
            fx('trust', -1, ['clinton-virtual-territory']),
          ],
          { takedowns: 'off' },
        ),
      ],
    },
    {
      id: 'juniper',
      options: [
        option(
          'juniper',
          'review',
          2,
          [
            fx('trust', 2, ['nas-2018']),
            fx('security', 1, ['keys-under-doormats']),
            fx('investigation', -1, ['nas-2018'], 1),
          ],
          { expertReview: 'commissioned' },
        ),
        option('juniper', 'harden', 3, [
          fx('security', [2, 5], ['juniper', 'athens-affair']),
          fx('economy', -1, ['juniper']),
          fx('standing', 1, ['juniper']),
        ]),
        option('juniper', 'pressOn', 1, [
          fx('investigation', 1, ['comey-going-dark']),
          fx('trust', [-3, -1], ['juniper', 'keys-under-doormats']),
          fx('standing', -1, ['keys-under-doormats']),
        ]),
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
            fx('investigation', [0, 3], ['joint-statement-2020'], 1),
            fx('security', -2, ['keys-under-doormats']),
            fx('liberties', -2, ['keys-under-doormats']),
            fx('standing', -2, ['joint-statement-2020']),
          ],
          { accessMandate: 'pursued' },
        ),
        option(
          'shifting',
          'infiltrate',
          3,
          [
            fx('investigation', [1, 4], ['anom', 'crest-migration'], 1),
            fx('liberties', -1, ['anom']),
          ],
          { infiltration: 'funded' },
        ),
        option('shifting', 'hashes', 1, [
          fx('harm', -2, ['gifct']),
          fx('liberties', -1, ['over-removal']),
          fx('standing', 1, ['gifct']),
        ]),
      ],
    },
    {
      id: 'order',
      options: [
        option('order', 'fight', 3, [
          fx('investigation', [0, 4], ['crs-court-ordered'], 2),
          fx('economy', -2, ['cook-letter']),
          fx('trust', [-3, 2], ['pew-2016']),
          fx('security', [-2, 0], ['cook-letter', 'keys-under-doormats']),
        ]),
        option('order', 'narrow', 2, [
          fx('investigation', [0, 2], ['crs-court-ordered']),
          fx('trust', 1, ['pew-2016']),
          fx('economy', -1, ['cook-letter']),
        ]),
        option(
          'order',
          'outside',
          2,
          [
            fx('investigation', 2, ['lawful-hacking', 'azimuth'], 1),
            fx('security', -1, ['wannacry']),
            fx('liberties', -1, ['lawful-hacking']),
          ],
          { lawfulHacking: 'used' },
        ),
      ],
    },
    {
      id: 'congress',
      options: [
        option(
          'congress',
          'legislate',
          4,
          [
            fx('investigation', [2, 6], ['nas-2018'], 1),
            fx('security', [-6, -2], ['keys-under-doormats', 'nas-2018']),
            fx('economy', [-5, -1], ['itif-cloud']),
            fx('liberties', -3, ['keys-under-doormats']),
            fx('standing', -3, ['joint-statement-2020']),
            fx('trust', [-3, 3], ['pew-2016']),
          ],
          { accessMandate: 'enacted' },
        ),
        option('congress', 'stats', 1, [
          fx('trust', 3, ['overcount', 'nas-2018']),
          fx('investigation', -1, ['comey-going-dark']),
        ]),
        option(
          'congress',
          'endorse',
          2,
          [
            fx('security', 3, ['keys-under-doormats', 'nas-2018']),
            fx('economy', 2, ['itif-cloud']),
            fx('investigation', -3, ['nas-2018', 'comey-going-dark']),
            fx('trust', 1, ['obama-dec18']),
            fx('harm', [1, 3], ['nas-2018']),
          ],
          { accessMandate: 'off' },
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
          { lawfulHacking: 'used' },
        ),
        option('outsideParty', 'precedent', 3, [
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
      fromTurn: 1,
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'pursued' }],
      effects: [
        fx('standing', [-5, -3], ['joint-statement-2020', 'keys-under-doormats']),
        fx('liberties', -2, ['joint-statement-2020']),
      ],
      headlineKey: key('events.copycat.headline'),
    },
    {
      id: 'appSwitch',
      chance: 0.25,
      fromTurn: 2,
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'pursued' }],
      effects: [
        fx('investigation', [-4, -2], ['digital-decay', 'crest-migration', 'keys-under-doormats']),
      ],
      headlineKey: key('events.appSwitch.headline'),
    },
    {
      id: 'displacement',
      chance: 0.5,
      fromTurn: 2,
      requires: [{ kind: 'lever', lever: 'takedowns', atLeast: 'mass' }],
      effects: [
        fx('investigation', -2, ['digital-decay', 'crest-migration']),
        fx('harm', 2, ['crest-migration']),
      ],
      headlineKey: key('events.displacement.headline'),
    },
    {
      id: 'overRemoval',
      chance: 0.35,
      requires: [{ kind: 'lever', lever: 'takedowns', atLeast: 'mass' }],
      effects: [fx('liberties', -3, ['over-removal']), fx('trust', -1, ['over-removal'])],
      headlineKey: key('events.overRemoval.headline'),
    },
    {
      id: 'keyLeak',
      chance: 0.2,
      requires: [{ kind: 'lever', lever: 'accessMandate', atLeast: 'enacted' }],
      effects: [
        fx('security', [-15, -8], ['athens-affair', 'juniper', 'keys-under-doormats']),
        fx('trust', -6, ['athens-affair']),
        fx('standing', -3, ['athens-affair']),
      ],
      headlineKey: key('events.keyLeak.headline'),
    },
    {
      id: 'toolLeak',
      chance: 0.15,
      requires: [{ kind: 'lever', lever: 'lawfulHacking', atLeast: 'used' }],
      effects: [fx('security', [-6, -3], ['wannacry']), fx('trust', -2, ['wannacry'])],
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
      headlineKey: key('events.plotFoiled.headline'),
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
      requires: [{ kind: 'metric', metric: 'trust', below: 20 }],
      titleKey: key('endings.noConfidence.title'),
    },
    {
      id: 'steady',
      kind: 'term',
      when: 'final',
      requires: [{ kind: 'balance', atLeast: 60 }],
      titleKey: key('endings.steady.title'),
    },
    {
      id: 'muddled',
      kind: 'term',
      when: 'final',
      requires: [{ kind: 'balance', atLeast: 52 }],
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
