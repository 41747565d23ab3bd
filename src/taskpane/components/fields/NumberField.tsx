/** A number, money amount or percentage field bound to one path of the model, with its issues beside it. */
import { useState, type ReactNode } from 'react';
import { Field, Input, mergeClasses } from '@fluentui/react-components';
import { useField } from '../../state/ModelEditor';
import { useNumberLocale } from '../../state/numberLocale';
import { formatNumberText, parseNumberText, readBackText, type NumberKind } from '../../state/numberText';
import type { Path } from '../../state/paths';
import type { FieldIssue } from '../../state/validateModel';
import { useFieldStyles } from './fieldStyles';

export interface NumberInputProps {
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

export interface NumberFieldProps extends NumberInputProps {
  readonly path: Path;
}

/** A number field bound to one path of the model. */
export function NumberField(props: NumberFieldProps): ReactNode {
  const { value, issues, set } = useField(props.path);
  return <NumberInput {...props} value={value} issues={issues} set={set} />;
}

/** A number field over any value: what it shows, the issues beside it, and where a typed number goes. */
export function NumberInput(props: NumberInputProps & { readonly value: unknown; readonly issues: readonly FieldIssue[]; readonly set: (value: unknown) => void }): ReactNode {
  const fieldStyles = useFieldStyles();
  const kind = props.kind ?? 'number';
  const locale = useNumberLocale();
  const { value, issues, set } = props;
  const [draft, setDraft] = useState<{ text: string; value: unknown; error?: string; typed?: boolean }>({ text: formatNumberText(value, kind, locale), value });
  const showing = Object.is(draft.value, value) ? draft : { text: formatNumberText(value, kind, locale), value };
  // What was typed, as stored, beside the field: "1.234,5" typed shows "= 1.234,5", "0,5" as a rate "= 0,5 %".
  const readBack = showing.typed && !showing.error && typeof value === 'number' ? readBackText(value, kind, locale) : undefined;
  const message = showing.error ?? issues[0]?.message;
  const onChange = (text: string): void => {
    const parsed = parseNumberText(text, kind, locale);
    if (!parsed.ok) {
      setDraft({ text, value, error: parsed.message });
      return;
    }
    const next = parsed.value === null ? (props.blank === 'undefined' ? undefined : props.blank === 'null' ? null : parsed.value) : parsed.value;
    setDraft({ text, value: next, typed: true });
    set(next);
  };
  return (
    <Field
      className={mergeClasses(fieldStyles.field, props.className)}
      label={props.hideLabel ? undefined : props.label}
      hint={readBack ?? props.hint}
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
