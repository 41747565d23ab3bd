/**
 * A drop-down held by its caller, not bound to one model path (a question's input, or a choice that
 * rewrites a whole item); it shrinks to its grid cell at 320 px.
 */
import type { ReactNode } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Choice } from './ChoiceField';
import { useFieldStyles } from './fieldStyles';

export interface PickFieldProps {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
}

export function PickField(props: PickFieldProps): ReactNode {
  const fieldStyles = useFieldStyles();
  return (
    <Field className={fieldStyles.field} label={props.label} size="small">
      <Select className={fieldStyles.input} size="small" value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        {props.choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </Select>
    </Field>
  );
}
