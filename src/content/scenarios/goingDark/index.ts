import type { AdviserArgument, Scenario, TurnContent } from '../../types';
import { GOING_DARK_RULES } from './rules';
import { SOURCES } from '../../sources';

const NS = 'goingDark';
const key = (path: string): string => `${NS}:${path}`;

/** Builds a turn's text keys from the turn id, so the data below lists only what differs. */
function turn(
  id: string,
  spec: {
    body: number;
    quoteSources?: readonly string[];
    factSources: readonly string[];
    advice: Readonly<Record<string, readonly string[]>>;
  },
): TurnContent {
  const rulesTurn = GOING_DARK_RULES.turns.find((t) => t.id === id);
  if (!rulesTurn) throw new Error(`goingDark: turn ${id} has no rules`);
  const advisers: AdviserArgument[] = Object.entries(spec.advice).map(([adviser, sources]) => ({
    adviser,
    textKey: key(`turns.${id}.advice.${adviser}`),
    sources,
  }));
  return {
    id,
    dateKey: key(`turns.${id}.date`),
    titleKey: key(`turns.${id}.title`),
    bodyKeys: Array.from({ length: spec.body }, (_, i) => key(`turns.${id}.body${i + 1}`)),
    ...(spec.quoteSources
      ? {
          quote: {
            textKey: key(`turns.${id}.quote`),
            byKey: key(`turns.${id}.quoteBy`),
            sources: spec.quoteSources,
          },
        }
      : {}),
    factSources: spec.factSources,
    questionKey: key(`turns.${id}.question`),
    advisers,
    options: rulesTurn.options.map((o) => ({
      id: o.id,
      descriptionKey: key(`turns.${o.id.replace('.', '.options.')}.description`),
    })),
  };
}

export const GOING_DARK: Scenario = {
  id: NS,
  namespace: NS,
  titleKey: key('title'),
  periodKey: key('period'),
  summaryKey: key('summary'),
  estimatedMinutes: 30,
  briefing: {
    roleKey: key('briefing.role'),
    paragraphKeys: ['p1', 'p2', 'p3', 'p4'].map((p) => key(`briefing.${p}`)),
    goalKeys: ['goal1', 'goal2', 'goal3'].map((g) => key(`briefing.${g}`)),
    sources: ['crs-court-ordered', 'comey-going-dark', 'wh-no-legislation', 'keys-under-doormats'],
  },
  advisers: [
    {
      id: 'ruiz',
      nameKey: key('advisers.ruiz.name'),
      roleKey: key('advisers.ruiz.role'),
      color: '#4f8fd6',
    },
    {
      id: 'okafor',
      nameKey: key('advisers.okafor.name'),
      roleKey: key('advisers.okafor.role'),
      color: '#3fb59a',
    },
    {
      id: 'harper',
      nameKey: key('advisers.harper.name'),
      roleKey: key('advisers.harper.role'),
      color: '#d9a441',
    },
    {
      id: 'nair',
      nameKey: key('advisers.nair.name'),
      roleKey: key('advisers.nair.role'),
      color: '#b57be0',
    },
    {
      id: 'brandt',
      nameKey: key('advisers.brandt.name'),
      roleKey: key('advisers.brandt.role'),
      color: '#e0705f',
    },
  ],
  turns: [
    turn('call', {
      body: 2,
      quoteSources: ['obama-dec6'],
      factSources: ['obama-dec6', 'wh-no-legislation', 'wiretap-2014'],
      advice: {
        ruiz: ['comey-going-dark'],
        okafor: ['keys-under-doormats'],
        harper: ['wiretap-2014'],
        nair: ['itif-cloud'],
      },
    }),
    turn('territory', {
      body: 2,
      quoteSources: ['clinton-virtual-territory'],
      factSources: ['clinton-virtual-territory', 'isis-census'],
      advice: { brandt: ['isis-census'], ruiz: ['isis-census'], harper: ['over-removal'] },
    }),
    turn('juniper', {
      body: 2,
      quoteSources: ['obama-dec18'],
      factSources: ['juniper', 'obama-dec18'],
      advice: {
        okafor: ['juniper', 'keys-under-doormats'],
        ruiz: ['comey-going-dark'],
        nair: ['itif-cloud'],
      },
    }),
    turn('shifting', {
      body: 2,
      factSources: ['twitter-125k', 'digital-decay', 'crest-migration'],
      advice: {
        brandt: ['digital-decay'],
        okafor: ['keys-under-doormats'],
        ruiz: ['anom'],
        harper: ['over-removal'],
      },
    }),
    turn('order', {
      body: 2,
      quoteSources: ['cook-letter'],
      factSources: ['crs-court-ordered', 'cook-letter'],
      advice: {
        ruiz: ['crs-court-ordered'],
        okafor: ['cook-letter', 'keys-under-doormats'],
        harper: ['crs-court-ordered'],
        nair: ['cook-letter'],
      },
    }),
    turn('congress', {
      body: 2,
      factSources: ['pew-2016', 'overcount'],
      advice: {
        ruiz: ['pew-2016'],
        okafor: ['keys-under-doormats'],
        harper: ['overcount'],
        brandt: ['comey-going-dark'],
      },
    }),
    turn('outsideParty', {
      body: 2,
      factSources: ['doj-drops', 'lawful-hacking'],
      advice: {
        ruiz: ['lawful-hacking'],
        okafor: ['wannacry'],
        harper: ['oig-2018'],
        nair: ['vep-charter'],
      },
    }),
  ],
  eventBodyKeys: Object.fromEntries(
    GOING_DARK_RULES.events.map((e) => [e.id, key(`events.${e.id}.body`)]),
  ),
  endingBodyKeys: Object.fromEntries(
    GOING_DARK_RULES.endings.map((e) => [e.id, key(`endings.${e.id}.body`)]),
  ),
  epilogue: {
    paragraphKeys: ['p1', 'p2', 'p3', 'p4'].map((p) => key(`epilogue.${p}`)),
    sources: ['doj-drops', 'azimuth', 'fbi-paid', 'oig-2018', 'overcount', 'joint-statement-2020'],
  },
  sources: SOURCES,
  rules: GOING_DARK_RULES,
  focusMetrics: ['security', 'investigation', 'liberties'],
};
