/** Bundles: compose from products, required or optional, a bundle discount or fixed prices, and the allocation. */
import { useState, type ReactNode } from 'react';
import { Caption1, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { ModelInput } from '../../../engine/model/schema';
import { useModelEditor } from '../../state/ModelEditor';
import { freshId, productChoices, termChoices, tierChoices } from '../../state/choices';
import { formatMoney } from '../../state/format';
import { bundleFigures } from '../../state/quoteFigures';
import { CheckField } from '../fields/CheckField';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { FiguresTable } from '../FiguresTable';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';

type BundleInput = NonNullable<ModelInput['bundles']>[number];

function Allocation(props: { readonly bundle: BundleInput }): ReactNode {
  const { model, validation } = useModelEditor();
  const terms = termChoices(model);
  const [term, setTerm] = useState(terms[1]?.value ?? terms[0]?.value ?? '');
  if (!validation.model) return <Caption1>Fix the issues above to see the allocation.</Caption1>;
  const figures = bundleFigures(validation.model, props.bundle.id, term);
  const currency = validation.model.currency;
  const minor = validation.model.rounding.minorUnits;
  const money = (v: number): string => formatMoney(v, '', minor);
  return (
    <>
      <Field label="Allocation on term" size="small">
        <Select size="small" value={term} onChange={(_, d) => setTerm(d.value)}>
          {terms.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
        </Select>
      </Field>
      {figures.ok ? (
        <FiguresTable
          caption={`Allocation of ${props.bundle.name} (${currency})`}
          testId="bundle-allocation"
          head={['Component', 'Qty', 'List', 'Allocated']}
          rows={figures.value.rows.map((r) => [r.name, String(r.quantity), money(r.standalone), money(r.allocated)])}
          total={['Bundle', '', money(figures.value.standalone), money(figures.value.price)]}
        />
      ) : (
        <Caption1 role="status">{figures.message}</Caption1>
      )}
    </>
  );
}

function BundleEditor(props: { readonly index: number }): ReactNode {
  const { model, dispatch } = useModelEditor();
  const i = props.index;
  const bundle = model.bundles?.[i];
  if (!bundle) return null;
  const components = bundle.components ?? [];
  const pricing = bundle.pricing;
  const setKind = (kind: string): void =>
    dispatch({ type: 'set', path: ['bundles', i, 'pricing'], value: kind === 'fixed' ? { kind: 'fixed', prices: {} } : { kind: 'discount', discount: 0 } });
  return (
    <>
      <FieldGrid>
        <TextField path={['bundles', i, 'id']} label="Id" />
        <TextField path={['bundles', i, 'name']} label="Name" />
        <ChoiceField path={['bundles', i, 'tier']} label="Tier" choices={tierChoices(model)} />
      </FieldGrid>
      <PanelSection title="Components" addLabel="Add component" onAdd={() => dispatch({ type: 'insert', path: ['bundles', i, 'components'], item: { sku: productChoices(model)[0]?.value ?? '', quantity: 1, required: true } })}>
        {components.map((c, k) => (
          <ItemCard key={k} listPath={['bundles', i, 'components']} index={k} count={components.length} noun="component" title={c.sku}>
            <FieldGrid>
              <ChoiceField path={['bundles', i, 'components', k, 'sku']} label="Product" choices={productChoices(model)} />
              <NumberField path={['bundles', i, 'components', k, 'quantity']} label="Quantity" kind="integer" />
              <NumberField path={['bundles', i, 'components', k, 'min']} label="Min" kind="integer" blank="undefined" />
              <NumberField path={['bundles', i, 'components', k, 'max']} label="Max" kind="integer" blank="undefined" />
            </FieldGrid>
            <CheckField path={['bundles', i, 'components', k, 'required']} label="Required" defaultValue />
          </ItemCard>
        ))}
      </PanelSection>
      <Field label="Pricing" size="small">
        <RadioGroup layout="horizontal" value={pricing.kind} onChange={(_, d) => setKind(d.value)}>
          <Radio value="discount" label="Discount off list" />
          <Radio value="fixed" label="Fixed price" />
        </RadioGroup>
      </Field>
      {pricing.kind === 'discount' ? (
        <NumberField path={['bundles', i, 'pricing', 'discount']} label="Bundle discount" kind="percent" />
      ) : (
        <FieldGrid>
          {termChoices(model).map((t) => (
            <NumberField key={t.value} path={['bundles', i, 'pricing', 'prices', t.value]} label={`Price, ${t.label}`} kind="money" blank="undefined" />
          ))}
        </FieldGrid>
      )}
      <Allocation bundle={bundle} />
    </>
  );
}

export function BundlesPanel(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const bundles = model.bundles ?? [];
  const add = (): void =>
    dispatch({ type: 'insert', path: ['bundles'], item: { id: freshId('bundle', bundles), name: 'New bundle', tier: tierChoices(model)[0]?.value ?? '', components: [{ sku: productChoices(model)[0]?.value ?? '', quantity: 1, required: true }], pricing: { kind: 'discount', discount: 0.1 } } });
  return (
    <PanelSection title="Bundles" description="Products sold together at a bundle discount or a fixed price; the price is allocated to the components by list value." addLabel="Add bundle" onAdd={add}>
      {bundles.map((b, i) => (
        <ItemCard key={i} listPath={['bundles']} index={i} count={bundles.length} noun="bundle" title={b.name}>
          <BundleEditor index={i} />
        </ItemCard>
      ))}
    </PanelSection>
  );
}
