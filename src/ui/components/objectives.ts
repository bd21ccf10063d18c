import type { Objective } from '../../engine';
import type { UiContext } from '../context';

/** One objective as a whole sentence ("Investigations at least 60"). */
export function describeObjective(ctx: UiContext, objective: Objective): string {
  const { t } = ctx.i18n;
  switch (objective.kind) {
    case 'metric': {
      const metric = t(`metrics.${objective.metric}.name`);
      return objective.atMost !== undefined
        ? t('objective.metricAtMost', { metric, value: objective.atMost })
        : t('objective.metricAtLeast', { metric, value: objective.atLeast ?? 0 });
    }
    case 'stakeholder':
      return t('objective.stakeholderAtLeast', {
        group: ctx.tx(`policy:stakeholders.${objective.stakeholder}`),
        value: objective.atLeast,
      });
    case 'support':
      return t('objective.supportAtLeast', { value: objective.atLeast });
  }
}
