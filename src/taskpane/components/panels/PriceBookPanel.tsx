/** Price book: currency and rounding, billing terms, products, and list prices per tier and term. */
import type { ReactNode } from 'react';
import { makeStyles, tokens, Caption1Strong } from '@fluentui/react-components';
import { useModelEditor } from '../../state/ModelEditor';
import { DISCOUNT_BASES, freshId, ladderChoices } from '../../state/choices';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { PriceCell } from '../fields/PriceCell';
import { TextField } from '../fields/TextField';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, padding: `0 ${tokens.spacingHorizontalXXS}` },
  cell: { padding: tokens.spacingHorizontalXXS, verticalAlign: 'top' },
});

function PriceGrid(props: { readonly sku: string; readonly productName: string }): ReactNode {
  const styles = useStyles();
  const { model } = useModelEditor();
  const tiers = (model.tiers ?? []).filter((t) => t.id);
  const terms = (model.terms ?? []).filter((t) => t.id);
  if (tiers.length === 0 || terms.length === 0) return <Caption1Strong>Add tiers and terms to price this product.</Caption1Strong>;
  return (
    <table className={styles.table} aria-label={`List prices of ${props.productName} (${model.currency ?? ''} per unit for the whole term)`}>
      <thead>
        <tr>
          <th className={styles.head} scope="col">Tier</th>
          {terms.map((term) => (
            <th key={term.id} className={styles.head} scope="col">{term.name || term.id}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tiers.map((tier) => (
          <tr key={tier.id}>
            <th className={styles.head} scope="row">{tier.name || tier.id}</th>
            {terms.map((term) => (
              <td key={term.id} className={styles.cell}>
                <PriceCell sku={props.sku} tier={tier.id} term={term.id} label={`${props.productName}, ${tier.name || tier.id}, ${term.name || term.id}: list price`} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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
          <NumberField path={['rounding', 'minorUnits']} label="Decimals" kind="integer" blank="undefined" placeholder="From currency" />
        </FieldGrid>
        <ChoiceField path={['discountBasis']} label="Discount basis" choices={DISCOUNT_BASES} />
      </PanelSection>
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
      <PanelSection title="Products" description="List prices are per unit for the whole term." addLabel="Add product" onAdd={() => dispatch({ type: 'insert', path: ['products'], item: { sku: freshId('SKU', products, 'sku'), name: 'New product' } })}>
        {products.map((p, i) => (
          <ItemCard key={i} listPath={['products']} index={i} count={products.length} noun="product" title={p.name}>
            <FieldGrid>
              <TextField path={['products', i, 'sku']} label="SKU" />
              <TextField path={['products', i, 'name']} label="Name" />
              <TextField path={['products', i, 'unit']} label="Unit" placeholder="user" />
              <NumberField path={['products', i, 'unitCost']} label="Unit cost" kind="money" blank="undefined" />
              <ChoiceField path={['products', i, 'ladder']} label="Ladder" choices={ladderChoices(model)} none="Tier's ladder" />
            </FieldGrid>
            <PriceGrid sku={p.sku} productName={p.name || p.sku} />
          </ItemCard>
        ))}
      </PanelSection>
    </>
  );
}
