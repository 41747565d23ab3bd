/**
 * Markets: price books in other currencies or regions, derived from the reference price book by an
 * exchange rate and a market factor, rounded to the market's minor unit and snapped to its price
 * ending; list prices set by hand per entry override the derived ones.
 */
import type { ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { useModelEditor } from '../../state/ModelEditor';
import { freshId, productChoices, termChoices, tierChoices } from '../../state/choices';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';
import { MarketPriceBook } from './MarketPriceBook';

function Overrides(props: { readonly market: number; readonly currency: string }): ReactNode {
  const { model, dispatch } = useModelEditor();
  const m = props.market;
  const overrides = model.markets?.[m]?.overrides ?? [];
  const path = ['markets', m, 'overrides'];
  const add = (): void => {
    const first = model.prices?.[0];
    dispatch({ type: 'insert', path, item: { sku: first?.sku ?? productChoices(model)[0]?.value ?? '', tier: first?.tier ?? tierChoices(model)[0]?.value ?? '', term: first?.term ?? termChoices(model)[0]?.value ?? '', listPrice: 0 } });
  };
  return (
    <PanelSection title="Overrides" description="List prices set by hand for this market, instead of the derived ones." addLabel="Add override" onAdd={add}>
      {overrides.map((o, k) => (
        <ItemCard key={k} listPath={path} index={k} count={overrides.length} noun="override" title={`${o.sku} ${o.tier} ${o.term}`}>
          <FieldGrid>
            <ChoiceField path={[...path, k, 'sku']} label="Product" choices={productChoices(model)} />
            <ChoiceField path={[...path, k, 'tier']} label="Tier" choices={tierChoices(model)} />
            <ChoiceField path={[...path, k, 'term']} label="Term" choices={termChoices(model)} />
            <NumberField path={[...path, k, 'listPrice']} label={`List price (${props.currency || 'market currency'}, whole term)`} kind="money" />
          </FieldGrid>
        </ItemCard>
      ))}
    </PanelSection>
  );
}

export function MarketsPanel(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const markets = model.markets ?? [];
  const reference = model.currency ?? '';
  const add = (): void => dispatch({ type: 'insert', path: ['markets'], item: { id: freshId('market', markets), name: 'New market', currency: 'EUR', rate: 1, factor: 1, overrides: [] } });
  return (
    <PanelSection title="Markets" description={`Each market's prices = reference price (${reference}) × exchange rate × market factor, rounded to the market's decimals and snapped to its price ending. Unit costs convert at the rate alone.`} addLabel="Add market" onAdd={add}>
      {markets.length === 0 ? <Caption1>No markets yet: the price book is in {reference || 'the model currency'} only.</Caption1> : null}
      {markets.map((market, i) => (
        <ItemCard key={i} listPath={['markets']} index={i} count={markets.length} noun="market" title={market.name}>
          <FieldGrid>
            <TextField path={['markets', i, 'id']} label="Id" />
            <TextField path={['markets', i, 'name']} label="Name" />
            <TextField path={['markets', i, 'currency']} label="Currency" hint="ISO code, e.g. EUR" />
            <NumberField path={['markets', i, 'rate']} label={`Exchange rate (${market.currency || '…'} per 1 ${reference})`} />
            <NumberField path={['markets', i, 'factor']} label="Market factor" blank="undefined" placeholder="1" hint="1.1 = 10% above the converted price" />
            <NumberField path={['markets', i, 'minorUnits']} label="Decimals" kind="integer" blank="undefined" placeholder="From currency" />
            <NumberField path={['markets', i, 'ending']} label="Price ending" blank="undefined" placeholder="None" hint="0.99; 0 with step 100 → whole hundreds" />
            <NumberField path={['markets', i, 'step']} label="Ending step" blank="undefined" placeholder="1" />
          </FieldGrid>
          <Overrides market={i} currency={market.currency ?? ''} />
          <MarketPriceBook index={i} />
        </ItemCard>
      ))}
    </PanelSection>
  );
}
