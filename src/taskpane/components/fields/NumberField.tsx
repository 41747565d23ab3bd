/** A number, money amount or percentage field bound to one path of the model, with its issues beside it. */
import { useState, type ReactNode } from 'react';
import { Field, Input, mergeClasses } from '@fluentui/react-components';
import { useField } from '../../state/ModelEditor';
import { formatNumberText, parseNumberText, type NumberKind } from '../../state/numberText';
import type { Path } from '../../state/paths';
import { useFieldStyles } from './fieldStyles';

export interface NumberFieldProps {
  readonly path: Path;
  readonly label: string;
  /** Hide the label visually (it stays the input's accessible name), for rows of a table. */
  readonly hideLabel?: boolean;
  readonly kind?: NumberKind;
  /** What a blank field stores: null (e.g. an unbounded band) or undefined (the default applies). */
  readonly blank?: 'null' | 'undefined';
  readonly placeholder?: string;
  readonly hint?: string;
  readonly className?: string;
}

export function NumberField(props: NumberFieldProps): ReactNode {
  const fieldStyles = useFieldStyles();
  const kind = props.kind ?? 'number';
  const { value, issues, set } = useField(props.path);
  const [draft, setDraft] = useState<{ text: string; value: unknown; error?: string }>({ text: formatNumberText(value, kind), value });
  const showing = Object.is(draft.value, value) ? draft : { text: formatNumberText(value, kind), value };
  const message = showing.error ?? issues[0]?.message;
  const onChange = (text: string): void => {
    const parsed = parseNumberText(text, kind);
    if (!parsed.ok) {
      setDraft({ text, value, error: parsed.message });
      return;
    }
    const next = parsed.value === null ? (props.blank === 'undefined' ? undefined : props.blank === 'null' ? null : parsed.value) : parsed.value;
    setDraft({ text, value: next });
    set(next);
  };
  return (
    <Field
      className={mergeClasses(fieldStyles.field, props.className)}
      label={props.hideLabel ? undefined : props.label}
      hint={props.hint}
      size="small"
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Input
        className={fieldStyles.input}
        size="small"
        inputMode="decimal"
        aria-label={props.hideLabel ? props.label : undefined}
        value={showing.text}
        placeholder={props.placeholder}
        contentAfter={kind === 'percent' ? <span aria-hidden="true">%</span> : undefined}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
