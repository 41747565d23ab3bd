/** A yes/no field bound to one path of the model. */
import type { ReactNode } from 'react';
import { Checkbox } from '@fluentui/react-components';
import { useField } from '../../state/ModelEditor';
import type { Path } from '../../state/paths';

export function CheckField(props: { readonly path: Path; readonly label: string; readonly defaultValue: boolean }): ReactNode {
  const { value, set } = useField(props.path);
  const checked = typeof value === 'boolean' ? value : props.defaultValue;
  return <Checkbox label={props.label} checked={checked} onChange={(_, d) => set(d.checked === true)} />;
}
