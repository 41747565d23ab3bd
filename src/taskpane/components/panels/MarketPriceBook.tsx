/** One market's price book as the markets engine derives it: reference price, market price, deviation. */
import type { ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { useModelEditor } from '../../state/ModelEditor';
import { formatMoney, formatPercent } from '../../state/format';
import { marketFigures } from '../../state/marketFigures';
import { FiguresTable } from '../FiguresTable';

export function MarketPriceBook(props: { readonly index: number }): ReactNode {
  const { model, validation } = useModelEditor();
  const id = model.markets?.[props.index]?.id ?? '';
  const loaded = validation.model;
  if (!loaded) return <Caption1>Fix the issues above to see this market's price book.</Caption1>;
  const figures = marketFigures(loaded, id);
  if (!figures.ok) return <Caption1 role="status">{figures.message}</Caption1>;
  const { currency, minorUnits, rows } = figures.value;
  const reference = loaded.rounding.minorUnits;
  return (
    <FiguresTable
      caption={`Price book in ${currency} (market ${id})`}
      testId={`market-prices-${props.index + 1}`}
      head={['Entry', loaded.currency, currency, 'Deviation']}
      rows={rows.map((r) => [
        r.entry,
        formatMoney(r.reference, '', reference),
        `${formatMoney(r.price, '', minorUnits)}${r.overridden ? ' (set)' : ''}`,
        `${r.deviation === null ? '—' : formatPercent(r.deviation)}${r.outsideCorridor ? ' outside the corridor' : ''}`,
      ])}
    />
  );
}
