/** Price book: currency and rounding, billing terms, products, and list prices per tier and term. */
import type { ReactNode } from 'react';
import { useModelEditor } from '../../state/ModelEditor';
import { DISCOUNT_BASES, freshId } from '../../state/choices';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';
import { ProductCard } from './ProductCard';
import { RoundingSection } from './RoundingSection';

export function PriceBookPanel(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const terms = model.terms ?? [];
  const products = model.products ?? [];
  return (
    <>
      <PanelSection title="Model">
        <TextField path={['name']} label="Model name" />
        <FieldGrid>
          <TextField path={['currency']} label="Currency" hint="ISO code, e.g. USD" />
        </FieldGrid>
        <ChoiceField path={['discountBasis']} label="Discount basis" choices={DISCOUNT_BASES} />
      </PanelSection>
      <RoundingSection />
      <PanelSection title="Terms" description="Billing terms and their multi-year discount." addLabel="Add term" onAdd={() => dispatch({ type: 'insert', path: ['terms'], item: { id: freshId('term', terms), name: 'New term', months: 12, discount: 0 } })}>
        {terms.map((t, i) => (
          <ItemCard key={i} listPath={['terms']} index={i} count={terms.length} noun="term" title={t.name}>
            <FieldGrid>
              <TextField path={['terms', i, 'id']} label="Id" />
              <TextField path={['terms', i, 'name']} label="Name" />
              <NumberField path={['terms', i, 'months']} label="Months" kind="integer" />
              <NumberField path={['terms', i, 'discount']} label="Term discount" kind="percent" blank="undefined" />
            </FieldGrid>
          </ItemCard>
        ))}
      </PanelSection>
      <PanelSection title="Products" description="Each product's price shape says how its price-book entries price a quantity; every price is for the whole term." addLabel="Add product" onAdd={() => dispatch({ type: 'insert', path: ['products'], item: { sku: freshId('SKU', products, 'sku'), name: 'New product' } })}>
        {products.map((_, i) => <ProductCard key={i} index={i} count={products.length} />)}
      </PanelSection>
    </>
  );
}
