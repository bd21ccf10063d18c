import { FORECAST_SAMPLES, isImprovement } from '../../engine';
import { selectForecast, type RootState } from '../../state';
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';
import { errorText } from './errors';

/**
 * The engine's forecast for the option and policies being prepared: each metric's likely value and
 * range, from the turn played many times with different luck. Drawn as small range bars in HTML so
 * it reads on a projector and to a screen reader alike.
 */
const WINDOW = 12;

export function forecastPanel(ctx: UiContext) {
  const { t } = ctx.i18n;
  // Not a live region: it changes with every arrow key in the options and would drown them out.
  const body = h('div', { class: 'forecast-body' });
  const element = h(
    'section',
    { class: 'panel forecast', attrs: { 'aria-labelledby': 'forecast-heading' } },
    h('h3', { id: 'forecast-heading' }, t('forecast.heading')),
    h('p', { class: 'hint' }, t('forecast.help', { samples: FORECAST_SAMPLES })),
    body,
  );
  const update = (state: RootState) => {
    const forecast = selectForecast(state);
    if (!forecast) {
      replaceChildren(body, h('p', {}, t('forecast.pickFirst')));
      return;
    }
    if (!forecast.ok) {
      replaceChildren(
        body,
        h(
          'p',
          { class: 'option-warning' },
          t('forecast.blocked', { reason: errorText(ctx, forecast.error) }),
        ),
      );
      return;
    }
    replaceChildren(
      body,
      h(
        'ul',
        { class: 'forecast-list' },
        ...forecast.value.map((f) => {
          const change = f.median - f.current;
          const tone =
            change === 0 ? 'is-same' : isImprovement(f.metric, change) ? 'is-better' : 'is-worse';
          // The track spans the current value ± WINDOW points, so small moves are visible.
          const at = (value: number) =>
            50 + (50 * Math.max(-WINDOW, Math.min(WINDOW, value - f.current))) / WINDOW;
          const bar = h(
            'span',
            { class: 'range-track', attrs: { 'aria-hidden': 'true' } },
            h('span', {
              class: 'range-span',
              attrs: {
                style: `inset-inline-start: ${at(f.low)}%; inline-size: ${Math.max(1, at(f.high) - at(f.low))}%`,
              },
            }),
            h('span', { class: 'range-now', attrs: { style: 'inset-inline-start: 50%' } }),
            h('span', {
              class: 'range-median',
              attrs: { style: `inset-inline-start: ${at(f.median)}%` },
            }),
          );
          return h(
            'li',
            { class: tone },
            h(
              'span',
              { class: 'forecast-text' },
              t('forecast.row', {
                metric: t(`metrics.${f.metric}.name`),
                current: f.current,
                median: f.median,
                low: f.low,
                high: f.high,
              }),
            ),
            bar,
          );
        }),
      ),
    );
  };
  return { element, update };
}
