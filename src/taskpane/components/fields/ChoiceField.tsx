/** A choice among fixed options (or the model's own ids) bound to one path, with its issues beside it. */
import type { ReactNode } from 'react';
import { Field, Select, mergeClasses } from '@fluentui/react-components';
import { useField } from '../../state/ModelEditor';
import type { Path } from '../../state/paths';
import { useFieldStyles } from './fieldStyles';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface ChoiceFieldProps {
  readonly path: Path;
  readonly label: string;
  readonly hideLabel?: boolean;
  readonly choices: readonly Choice[];
  /** Offers a blank choice with this label, stored as undefined (e.g. "No ladder"). */
  readonly none?: string;
  readonly hint?: string;
  readonly className?: string;
}

export function ChoiceField(props: ChoiceFieldProps): ReactNode {
  const fieldStyles = useFieldStyles();
  const { value, issues, set } = useField(props.path);
  const message = issues[0]?.message;
  const current = typeof value === 'string' ? value : '';
  const known = props.choices.some((c) => c.value === current);
  return (
    <Field
      className={mergeClasses(fieldStyles.field, props.className)}
      label={props.hideLabel ? undefined : props.label}
      hint={props.hint}
      size="small"
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Select className={fieldStyles.input} size="small" aria-label={props.hideLabel ? props.label : undefined} value={current} onChange={(_, d) => set(d.value === '' && props.none !== undefined ? undefined : d.value)}>
        {props.none !== undefined || current === '' ? <option value="">{props.none ?? 'Choose…'}</option> : null}
        {!known && current !== '' ? <option value={current}>{`${current} (unknown)`}</option> : null}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
