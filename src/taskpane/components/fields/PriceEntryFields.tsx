/**
 * One price-book entry (product × tier × term) of a shaped product: only the fields its shape uses,
 * labelled with the unit and currency. Typing the first field adds the entry; "Remove" takes it out.
 */
import type { ReactNode } from 'react';
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons';
import { entryCharge } from '../../../engine';
import { useModelEditor } from '../../state/ModelEditor';
import { entryFieldLabel, SHAPE_FIELDS, type EntryField } from '../../state/shapeFields';
import type { PriceShapeKind } from '../../../engine/model/shapeSchema';
import type { NumberKind } from '../../state/numberText';
import { idChoicesOf } from '../../state/choices';
import { issueLabel } from '../../state/issueLabel';
import { NumberInput } from './NumberField';
import { useFieldStyles } from './fieldStyles';
import { FieldGrid } from '../PanelSection';

const useStyles = makeStyles({
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
});

const KINDS: Readonly<Record<Exclude<EntryField, 'ladder'>, NumberKind>> = {
  listPrice: 'money',
  packageSize: 'number',
  includedUnits: 'number',
  platformFee: 'money',
  minimumCharge: 'money',
};

export interface PriceEntryFieldsProps {
  readonly sku: string;
  readonly tier: { readonly id: string; readonly name: string };
  readonly term: { readonly id: string; readonly name: string };
  readonly productName: string;
  readonly shape: PriceShapeKind;
  readonly unit: string;
  /** A quantity to price the entry at, as a preview (the engine's charge and its maths), or null. */
  readonly preview: number | null;
}

/** The engine's List of the entry at the preview quantity, in words, once the model is valid. */
function EntryPreview(props: { readonly sku: string; readonly tier: string; readonly term: string; readonly quantity: number; readonly where: string }): ReactNode {
  const { validation } = useModelEditor();
  if (!validation.model) return null;
  let text: string;
  try {
    text = entryCharge(validation.model, props.sku, props.tier, props.term, props.quantity).explanation;
  } catch (error) {
    text = error instanceof Error ? error.message : String(error);
  }
  return <Caption1 aria-label={`${props.where} at ${props.quantity}`}>{text}</Caption1>;
}

export function PriceEntryFields(props: PriceEntryFieldsProps): ReactNode {
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const { model, dispatch, issuesAt, issuesUnder } = useModelEditor();
  const prices = model.prices ?? [];
  const index = prices.findIndex((p) => p.sku === props.sku && p.tier === props.tier.id && p.term === props.term.id);
  const entry: Readonly<Record<string, unknown>> | undefined = index >= 0 ? prices[index] : undefined;
  const where = `${props.productName}, ${props.tier.name}, ${props.term.name}`;
  const set = (field: EntryField) => (value: unknown): void => {
    if (index >= 0) dispatch({ type: 'set', path: ['prices', index, field], value });
    else if (value !== undefined) dispatch({ type: 'insert', path: ['prices'], item: { sku: props.sku, tier: props.tier.id, term: props.term.id, [field]: value } });
  };
  const issuesOf = (field: EntryField): ReturnType<typeof issuesAt> => (index >= 0 ? issuesAt(['prices', index, field]) : []);
  const packageSize = typeof entry?.packageSize === 'number' ? entry.packageSize : undefined;
  // Issues of the entry itself, and of fields the shape does not use (kept from an import or a read-back).
  const shown = new Set<string>(SHAPE_FIELDS[props.shape]);
  const entryIssues = index >= 0 ? issuesUnder(['prices', index]).filter((i) => !shown.has(String(i.path[2] ?? ''))) : [];
  return (
    <div role="group" aria-label={where} className={styles.entry}>
      <div className={styles.head}>
        <span>{props.term.name}</span>
        {index >= 0 ? <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove the price of ${where}`} onClick={() => dispatch({ type: 'remove', path: ['prices'], index })} /> : <Caption1>Not sold</Caption1>}
      </div>
      <FieldGrid>
        {SHAPE_FIELDS[props.shape].map((field) => {
          const label = entryFieldLabel(field, props.shape, props.unit, model.currency ?? '', packageSize);
          if (field === 'ladder') {
            const message = issuesOf('ladder')[0]?.message;
            const current = typeof entry?.ladder === 'string' ? entry.ladder : '';
            return (
              <Field key={field} className={fieldStyles.field} label={label} size="small" validationState={message ? 'error' : 'none'} validationMessage={message}>
                <Select className={fieldStyles.input} size="small" value={current} onChange={(_, d) => set('ladder')(d.value === '' ? undefined : d.value)}>
                  <option value="">Choose a price ladder…</option>
                  {idChoicesOf(model.priceLadders).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
                </Select>
              </Field>
            );
          }
          return <NumberInput key={field} label={label} kind={KINDS[field]} blank="undefined" placeholder={field === 'listPrice' ? '—' : 'None'} value={entry?.[field]} issues={issuesOf(field)} set={set(field)} />;
        })}
      </FieldGrid>
      {index >= 0 && props.preview !== null ? <EntryPreview sku={props.sku} tier={props.tier.id} term={props.term.id} quantity={props.preview} where={where} /> : null}
      {entryIssues.map((i, n) => <Caption1 key={`${i.key}-${n}`} role="alert">{i.path.length > 2 ? `${issueLabel(i.path.slice(2))}: ${i.message}` : i.message}</Caption1>)}
    </div>
  );
}
