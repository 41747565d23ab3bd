/**
 * One product of the price book: what it is, its price shape and value metric, its cost to serve, and
 * its price-book entries per tier and term: a grid of list prices for a per-unit product, the fields
 * its shape uses for a shaped one.
 */
import { useState, type ReactNode } from 'react';
import { Caption1, Caption1Strong, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useModelEditor } from '../../state/ModelEditor';
import { ladderChoices } from '../../state/choices';
import { useNumberLocale } from '../../state/numberLocale';
import { parseNumberText } from '../../state/numberText';
import { plural, SHAPE_CHOICES, SHAPE_DESCRIPTIONS, shapeOf, unitCostLabel, withShape } from '../../state/shapeFields';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { PriceCell } from '../fields/PriceCell';
import { PriceEntryFields } from '../fields/PriceEntryFields';
import { TextField } from '../fields/TextField';
import { useFieldStyles } from '../fields/fieldStyles';
import { ItemCard } from '../ItemCard';
import { FieldGrid } from '../PanelSection';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, padding: `0 ${tokens.spacingHorizontalXXS}` },
  cell: { padding: tokens.spacingHorizontalXXS, verticalAlign: 'top' },
  tier: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
});

type Named = { readonly id: string; readonly name: string };
const named = (items: readonly { readonly id: string; readonly name?: string }[] | undefined): Named[] =>
  (items ?? []).filter((t) => t.id).map((t) => ({ id: t.id, name: t.name || t.id }));

function PriceGrid(props: { readonly sku: string; readonly productName: string; readonly unit: string }): ReactNode {
  const styles = useStyles();
  const { model } = useModelEditor();
  const tiers = named(model.tiers);
  const terms = named(model.terms);
  return (
    <table className={styles.table} aria-label={`List prices of ${props.productName} (${model.currency ?? ''} per ${props.unit} for the whole term)`}>
      <thead>
        <tr>
          <th className={styles.head} scope="col">Tier</th>
          {terms.map((term) => <th key={term.id} className={styles.head} scope="col">{term.name}</th>)}
        </tr>
      </thead>
      <tbody>
        {tiers.map((tier) => (
          <tr key={tier.id}>
            <th className={styles.head} scope="row">{tier.name}</th>
            {terms.map((term) => (
              <td key={term.id} className={styles.cell}>
                <PriceCell sku={props.sku} tier={tier.id} term={term.id} label={`${props.productName}, ${tier.name}, ${term.name}: list price`} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ShapeChoice(props: { readonly index: number }): ReactNode {
  const fieldStyles = useFieldStyles();
  const { model, dispatch, issuesAt } = useModelEditor();
  const shape = shapeOf(model.products?.[props.index]?.shape);
  const message = issuesAt(['products', props.index, 'shape'])[0]?.message;
  return (
    <Field className={fieldStyles.field} label="Price shape" hint={SHAPE_DESCRIPTIONS[shape]} size="small" validationState={message ? 'error' : 'none'} validationMessage={message}>
      <Select className={fieldStyles.input} size="small" value={shape} onChange={(_, d) => dispatch({ type: 'set', path: [], value: withShape(model, props.index, shapeOf(d.value)) })}>
        {SHAPE_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </Select>
    </Field>
  );
}

/** The quantity shaped entries are previewed at: not part of the model, typed in the user's locale. */
function PreviewQuantity(props: { readonly unit: string; readonly value: number | null; readonly onChange: (value: number | null) => void }): ReactNode {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const locale = useNumberLocale();
  const parsed = parseNumberText(text, 'number', locale);
  return (
    <Field label={`Preview at this many ${plural(props.unit)}`} hint="Each entry below shows the engine's charge for it" size="small" validationState={parsed.ok ? 'none' : 'error'} validationMessage={parsed.ok ? undefined : parsed.message}>
      <Input size="small" inputMode="decimal" value={text} placeholder="None" onChange={(_, d) => {
        setText(d.value);
        const next = parseNumberText(d.value, 'number', locale);
        if (next.ok) props.onChange(next.value);
      }} />
    </Field>
  );
}

export function ProductCard(props: { readonly index: number; readonly count: number }): ReactNode {
  const styles = useStyles();
  const { model } = useModelEditor();
  const [preview, setPreview] = useState<number | null>(null);
  const i = props.index;
  const p = model.products?.[i];
  if (!p) return null;
  const shape = shapeOf(p.shape);
  const unit = (p.unit ?? '').trim() || 'user';
  const productName = p.name || p.sku;
  const tiers = named(model.tiers);
  const terms = named(model.terms);
  return (
    <ItemCard listPath={['products']} index={i} count={props.count} noun="product" title={p.name}>
      <FieldGrid>
        <TextField path={['products', i, 'sku']} label="SKU" />
        <TextField path={['products', i, 'name']} label="Name" />
        <TextField path={['products', i, 'unit']} label="Unit (value metric)" placeholder="user" hint="What one unit is: user, server, GB" optional />
        <NumberField path={['products', i, 'unitCost']} label={unitCostLabel(unit, model.currency ?? '')} kind="money" blank="undefined" />
        {shape === 'per-unit' ? <ChoiceField path={['products', i, 'ladder']} label="Discount ladder" choices={ladderChoices(model)} none="Tier's ladder" /> : null}
      </FieldGrid>
      <ShapeChoice index={i} />
      {tiers.length === 0 || terms.length === 0 ? (
        <Caption1Strong>Add tiers and terms to price this product.</Caption1Strong>
      ) : shape === 'per-unit' ? (
        <PriceGrid sku={p.sku} productName={productName} unit={unit} />
      ) : (
        [<PreviewQuantity key="preview" unit={unit} value={preview} onChange={setPreview} />].concat(tiers.map((tier) => (
          <div key={tier.id} role="group" aria-label={`${productName}, ${tier.name}`} className={styles.tier}>
            <Caption1Strong>{tier.name}</Caption1Strong>
            {terms.map((term) => <PriceEntryFields key={term.id} sku={p.sku} tier={tier} term={term} productName={productName} shape={shape} unit={unit} preview={preview} />)}
          </div>
        )))
      )}
      {shape === 'tiered' && (model.priceLadders ?? []).length === 0 ? <Caption1>Add a price ladder in the Ladders panel first.</Caption1> : null}
    </ItemCard>
  );
}
