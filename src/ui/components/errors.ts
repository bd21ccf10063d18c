import type { TurnError } from '../../engine';
import type { UiContext } from '../context';

/** A decision error as a sentence; policies are named, never shown as ids. */
export function errorText(ctx: UiContext, error: TurnError): string {
  const { t } = ctx.i18n;
  switch (error.kind) {
    case 'notEnoughCapital':
      return t('errors.notEnoughCapital', { needed: error.needed, available: error.available });
    case 'missingPrerequisite':
      return t('errors.missingPrerequisiteNamed', {
        policy: ctx.tx(`policy:levers.${error.lever}.name`),
      });
    case 'excludedPair':
      return t('errors.excludedPairNamed', {
        policy: ctx.tx(`policy:levers.${error.lever}.name`),
        other: ctx.tx(`policy:levers.${error.other}.name`),
      });
    default:
      return t(`errors.${error.kind}`);
  }
}
