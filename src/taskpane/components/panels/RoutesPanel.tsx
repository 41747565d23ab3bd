/**
 * Routes: for an item, tier, term, quantity and negotiated discount (by default the quote's first
 * line's), every route to market side by side from the engine's `compareRoutes`, ordered by the vendor's
 * pocket price (or the customer price, or the model's order). Priced in the model's own currency, with
 * the quote's partner purchases picking the rebate tiers and MDF caps.
 */
import { useState, type ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import type { ModelInput } from '../../../engine/model/schema';
import { useModelEditor } from '../../state/ModelEditor';
import { bundleChoices, productChoices, termChoices, tierChoices } from '../../state/choices';
import { orderRoutes, routeFigures, ROUTE_ORDERS, type RouteOrder, type RouteQuestion } from '../../state/routeFigures';
import type { Choice } from '../fields/ChoiceField';
import { NumberInput } from '../fields/NumberField';
import { FieldGrid, PanelSection } from '../PanelSection';
import { RoutesTable } from '../RoutesTable';
import { PickField } from '../fields/PickField';

interface Question extends RouteQuestion {
  /** What the quantity field holds (a number, or what was typed while it is not one). */
  readonly quantityValue: unknown;
}

/** "sku:BK-CLI" or "bundle:estate": products and bundles in one drop-down. */
const itemKey = (item: RouteQuestion['item']): string => ('sku' in item ? `sku:${item.sku}` : `bundle:${item.bundle}`);
const itemOf = (key: string): RouteQuestion['item'] => (key.startsWith('bundle:') ? { bundle: key.slice(7) } : { sku: key.slice(4) });

function firstQuestion(model: ModelInput): Question {
  const line = model.quote?.lines?.[0];
  const item = line?.item ?? { sku: productChoices(model)[0]?.value ?? '' };
  const quantity = line?.quantity ?? 1;
  return { item, tier: line?.tier ?? tierChoices(model)[0]?.value, term: line?.term ?? termChoices(model)[0]?.value ?? '', quantity, quantityValue: quantity, discount: line?.discount ?? 0 };
}

export function RoutesPanel(): ReactNode {
  const { model, validation } = useModelEditor();
  const [q, setQ] = useState<Question>(() => firstQuestion(model));
  const [order, setOrder] = useState<RouteOrder>('vendorPocket');
  const set = (patch: Partial<Question>): void => setQ({ ...q, ...patch });
  const items: Choice[] = [
    ...productChoices(model).map((c) => ({ value: `sku:${c.value}`, label: c.label })),
    ...bundleChoices(model).map((c) => ({ value: `bundle:${c.value}`, label: `${c.label} (bundle)` })),
  ];
  const quantityIssues = q.quantity > 0 ? [] : [{ path: [], key: '', message: 'must be greater than 0' }];
  const loaded = validation.model;
  const figures = loaded && q.quantity > 0 ? routeFigures(loaded, q) : null;
  return (
    <PanelSection title="Routes" description="Every route to market side by side for one item: what the customer pays, what each partner keeps (with rebate, MDF and co-op) and the vendor's pocket price after them, with each route's guardrail status. In the model's currency; the quote's partner purchases pick the rebate tiers.">
      <FieldGrid>
        <PickField label="Item" value={itemKey(q.item)} choices={items} onChange={(key) => set({ item: itemOf(key) })} />
        {'sku' in q.item ? <PickField label="Tier" value={q.tier ?? ''} choices={tierChoices(model)} onChange={(tier) => set({ tier })} /> : null}
        <PickField label="Term" value={q.term} choices={termChoices(model)} onChange={(term) => set({ term })} />
        <NumberInput label="Quantity" value={q.quantityValue} issues={quantityIssues} set={(v) => set({ quantityValue: v, quantity: typeof v === 'number' ? v : 0 })} />
        <NumberInput label="Negotiated discount" kind="percent" value={q.discount} issues={[]} set={(v) => set({ discount: typeof v === 'number' ? v : 0 })} />
        <PickField label="Order by" value={order} choices={ROUTE_ORDERS} onChange={(v) => setOrder(v as RouteOrder)} />
      </FieldGrid>
      {!loaded ? (
        <Caption1>Fix the issues above to see the routes.</Caption1>
      ) : !figures ? null : figures.ok ? (
        <RoutesTable rows={orderRoutes(figures.value.rows, order)} order={order} currency={figures.value.currency} minorUnits={figures.value.minorUnits} />
      ) : (
        <Caption1 role="status">{figures.message}</Caption1>
      )}
    </PanelSection>
  );
}
