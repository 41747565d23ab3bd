/** One quote line's fields: the item (a product, or a bundle and its components), quantity, tier, term, channel, discounts. */
import type { ReactNode } from 'react';
import { Field, Select } from '@fluentui/react-components';
import { fundingOf } from '../../../engine/channel/programme';
import { useModelEditor } from '../../state/ModelEditor';
import { FUNDING_EXPLANATIONS, FUNDINGS, bundleChoices, channelChoices, levelChoices, productChoices, termChoices, tierChoices } from '../../state/choices';
import { CheckField } from '../fields/CheckField';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { FieldGrid } from '../PanelSection';
import { BundleLineComponents } from './BundleLineComponents';

export function QuoteLineEditor(props: { readonly index: number }): ReactNode {
  const { model, dispatch, issuesAt } = useModelEditor();
  const i = props.index;
  const line = model.quote?.lines?.[i];
  if (!line) return null;
  const isBundle = 'bundle' in line.item;
  const base = ['quote', 'lines', i];
  const bundleId = 'bundle' in line.item ? line.item.bundle : '';
  const bundleIssue = issuesAt([...base, 'item', 'bundle'])[0]?.message;
  const channel = (model.channels ?? []).find((c) => c.id === line.channel);
  const setKind = (kind: string): void => {
    // A bundle is priced in its own tier: a product line's tier goes with the product, and a product
    // line gets a tier of the price book, so the line never carries a tier the pane cannot show.
    // A configuration belongs to one bundle: it goes with it.
    const { tier: _productTier, components: _configuration, ...rest } = line;
    const value =
      kind === 'bundle'
        ? { ...rest, item: { bundle: bundleChoices(model)[0]?.value ?? '' } }
        : { ...rest, item: { sku: productChoices(model)[0]?.value ?? '' }, tier: line.tier ?? tierChoices(model)[0]?.value };
    dispatch({ type: 'set', path: base, value });
  };
  const setBundle = (bundle: string): void => {
    const { components: _configuration, ...rest } = line;
    dispatch({ type: 'set', path: base, value: { ...rest, item: { bundle } } });
  };
  return (
    <>
      <FieldGrid>
        <Field label="Item" size="small">
          <Select size="small" value={isBundle ? 'bundle' : 'product'} onChange={(_, d) => setKind(d.value)}>
            <option value="product">Product</option>
            <option value="bundle">Bundle</option>
          </Select>
        </Field>
        {isBundle ? (
          <Field label="Bundle" size="small" validationState={bundleIssue ? 'error' : 'none'} validationMessage={bundleIssue}>
            <Select size="small" value={bundleId} onChange={(_, d) => setBundle(d.value)}>
              {bundleChoices(model).some((c) => c.value === bundleId) ? null : <option value={bundleId}>{`${bundleId} (unknown)`}</option>}
              {bundleChoices(model).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <ChoiceField path={[...base, 'item', 'sku']} label="Product" choices={productChoices(model)} />
        )}
        <NumberField path={[...base, 'quantity']} label="Quantity" />
        {isBundle && line.tier === undefined ? null : <ChoiceField path={[...base, 'tier']} label="Tier" choices={tierChoices(model)} none={isBundle ? "The bundle's own" : undefined} />}
        <ChoiceField path={[...base, 'term']} label="Term" choices={termChoices(model)} />
        <ChoiceField path={[...base, 'channel']} label="Channel" choices={channelChoices(model)} />
        {channel && channel.kind !== 'direct' ? <ChoiceField path={[...base, 'level']} label="Partner level" choices={levelChoices(model)} none="None" /> : null}
        <NumberField path={[...base, 'discount']} label="Line discount" kind="percent" blank="undefined" />
        <NumberField path={[...base, 'specialBid']} label="Special bid" kind="percent" blank="undefined" placeholder="0" hint="Vendor-funded, passed down the chain" />
      </FieldGrid>
      {channel && channel.kind !== 'direct' ? (
        <>
          <CheckField path={[...base, 'dealRegistration']} label="Registered deal" defaultValue={false} />
          <ChoiceField path={[...base, 'funding']} label="Funding override" choices={FUNDINGS} none={`The channel's (${fundingOf({ discountBasis: model.discountBasis ?? 'list' }, channel)})`} hint={line.funding ? FUNDING_EXPLANATIONS[line.funding] : undefined} />
        </>
      ) : null}
      <BundleLineComponents index={i} />
    </>
  );
}

