/** One list price of the price book (product × tier × term): typing adds the price, clearing removes it. */
import { useState, type ReactNode } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { useModelEditor } from '../../state/ModelEditor';
import { useNumberLocale } from '../../state/numberLocale';
import { formatNumberText, parseNumberText } from '../../state/numberText';
import { useFieldStyles } from './fieldStyles';

export interface PriceCellProps {
  readonly sku: string;
  readonly tier: string;
  readonly term: string;
  readonly label: string;
}

export function PriceCell(props: PriceCellProps): ReactNode {
  const fieldStyles = useFieldStyles();
  const locale = useNumberLocale();
  const { model, dispatch, issuesUnder } = useModelEditor();
  const prices = model.prices ?? [];
  const index = prices.findIndex((p) => p.sku === props.sku && p.tier === props.tier && p.term === props.term);
  const value = index >= 0 ? prices[index]?.listPrice : undefined;
  const [draft, setDraft] = useState<{ text: string; value: unknown; error?: string }>({ text: formatNumberText(value, 'money', locale), value });
  const showing = Object.is(draft.value, value) ? draft : { text: formatNumberText(value, 'money', locale), value };
  const message = showing.error ?? (index >= 0 ? issuesUnder(['prices', index])[0]?.message : undefined);
  const onChange = (text: string): void => {
    const parsed = parseNumberText(text, 'money', locale);
    if (!parsed.ok) return setDraft({ text, value, error: parsed.message });
    setDraft({ text, value: parsed.value ?? undefined });
    if (parsed.value === null) {
      if (index >= 0) dispatch({ type: 'remove', path: ['prices'], index });
    } else if (index >= 0) {
      dispatch({ type: 'set', path: ['prices', index, 'listPrice'], value: parsed.value });
    } else {
      dispatch({ type: 'insert', path: ['prices'], item: { sku: props.sku, tier: props.tier, term: props.term, listPrice: parsed.value } });
    }
  };
  return (
    <Field className={fieldStyles.field} size="small" validationState={message ? 'error' : 'none'} validationMessage={message}>
      <Input className={fieldStyles.input} size="small" inputMode="decimal" aria-label={props.label} value={showing.text} placeholder="—" onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
