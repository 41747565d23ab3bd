/** A text field bound to one path of the model, with its issues beside it. */
import type { ReactNode } from 'react';
import { Field, Input, Textarea, mergeClasses } from '@fluentui/react-components';
import { useField } from '../../state/ModelEditor';
import type { Path } from '../../state/paths';
import { useFieldStyles } from './fieldStyles';

export interface TextFieldProps {
  readonly path: Path;
  readonly label: string;
  readonly hideLabel?: boolean;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly className?: string;
  /** Stores undefined instead of '' when cleared (an optional field). */
  readonly optional?: boolean;
}

export function TextField(props: TextFieldProps): ReactNode {
  const fieldStyles = useFieldStyles();
  const { value, issues, set } = useField(props.path);
  const message = issues[0]?.message;
  const text = typeof value === 'string' ? value : '';
  const onChange = (next: string): void => set(props.optional && next === '' ? undefined : next);
  return (
    <Field
      className={mergeClasses(fieldStyles.field, props.className)}
      label={props.hideLabel ? undefined : props.label}
      hint={props.hint}
      size="small"
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      {props.multiline ? (
        <Textarea className={fieldStyles.input} size="small" resize="vertical" aria-label={props.hideLabel ? props.label : undefined} value={text} placeholder={props.placeholder} onChange={(_, d) => onChange(d.value)} />
      ) : (
        <Input className={fieldStyles.input} size="small" aria-label={props.hideLabel ? props.label : undefined} value={text} placeholder={props.placeholder} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  );
}
