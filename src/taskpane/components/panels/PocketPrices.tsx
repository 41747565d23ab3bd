/**
 * The quote's pocket prices: what each party keeps (its pocket price and pocket margin), then each
 * party's waterfall as a compact table (element, amount, basis, timing, who pays whom), elements of 0
 * left out. Every figure is the engine's (`quotePocket`, see state/pocketFigures.ts).
 */
import { useMemo, type ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import type { Model } from '../../../engine/model/schema';
import { formatMoney, formatPercent } from '../../state/format';
import { pocketFigures } from '../../state/pocketFigures';
import { FiguresTable } from '../FiguresTable';

export function PocketPrices(props: { readonly model: Model }): ReactNode {
  const figures = useMemo(() => pocketFigures(props.model), [props.model]);
  if (!figures.ok) return <Caption1 role="status">{figures.message}</Caption1>;
  const { parties, currency, minorUnits } = figures.value;
  const money = (v: number | null): string => (v === null ? '—' : formatMoney(v, '', minorUnits));
  return (
    <>
      <FiguresTable
        caption={`Pocket price by party (${currency})`}
        testId="pocket-summary"
        head={['Party', 'Pocket price', 'Pocket margin', '%']}
        rows={parties.map((p) => [p.party, money(p.pocketPrice), money(p.pocketMargin), p.marginRate === null ? '' : formatPercent(p.marginRate)])}
      />
      {parties.map((p) => (
        <FiguresTable
            key={p.party}
            caption={`${p.party} pocket waterfall (${currency})`}
            testId={`pocket-${p.party.toLowerCase()}`}
            head={[p.party, 'Amount', 'Basis', 'Timing', 'Paid by → to']}
            rows={p.rows.map((r) => [r.label, money(r.amount), r.basis, r.timing, r.paid])}
            boldRows={p.rows.flatMap((r, i) => (r.total ? [i] : []))}
            textColumns={[2, 3, 4]}
          />
      ))}
    </>
  );
}
