/**
 * A bundle line's configuration: each component of the line's bundle with its units per bundle, bounded
 * by the component's min..max (default: the bundle's quantity), and the optional ones switched on or off
 * (off = 0). Only the components that differ from the bundle's default are stored (see
 * bundleConfiguration.ts); the engine's loadModel checks them, and its messages show at their fields.
 */
import { useState, type ReactNode } from 'react';
import { Button, Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import { configure, configuredQuantity, switchedOnQuantity, type BundleComponent, type Configuration } from '../../state/bundleConfiguration';
import { useModelEditor } from '../../state/ModelEditor';
import type { Path } from '../../state/paths';
import { NumberInput } from '../fields/NumberField';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  component: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { gridColumn: '1 / -1', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  toggle: { gridColumn: '1 / -1' },
});

/** "5 to 50 per bundle; the bundle has 5", from the component's bounds and default. */
function boundsText(c: BundleComponent): string {
  const range = c.min !== undefined && c.max !== undefined ? `${c.min} to ${c.max}` : c.min !== undefined ? `at least ${c.min}` : c.max !== undefined ? `at most ${c.max}` : 'any number';
  return `${range} per bundle; the bundle has ${c.quantity}`;
}

function ComponentEditor(props: { readonly path: Path; readonly configuration: Configuration | undefined; readonly component: BundleComponent; readonly name: string }): ReactNode {
  const styles = useStyles();
  const { dispatch, issuesAt } = useModelEditor();
  const c = props.component;
  const configuration = props.configuration;
  const quantity = configuredQuantity(configuration, c);
  // A field cleared to type a new number stays blank (the default applies meanwhile) instead of snapping back to it.
  const [cleared, setCleared] = useState(false);
  const store = (value: unknown, blank: boolean): void => {
    setCleared(blank);
    dispatch({ type: 'set', path: props.path, value: configure(configuration, c, value) });
  };
  const set = (value: unknown): void => store(value, value === undefined);
  const optional = c.required === false;
  const differs = configuration?.[c.sku] !== undefined;
  return (
    <div className={styles.component} role="group" aria-label={`${props.name} (${c.sku})`} data-testid={`component-${c.sku}`}>
      <Caption1 className={styles.name}>{`${props.name} (${c.sku})${optional ? ', optional' : ''}`}</Caption1>
      {optional ? (
        <Switch
          className={styles.toggle}
          label={`Include ${props.name}`}
          checked={quantity !== 0}
          onChange={(_, d) => set(d.checked ? switchedOnQuantity(c) : 0)}
        />
      ) : null}
      <NumberInput
        label={`${props.name} per bundle`}
        hint={boundsText(c)}
        blank="undefined"
        placeholder={String(c.quantity)}
        value={cleared && configuration?.[c.sku] === undefined ? undefined : quantity}
        issues={issuesAt([...props.path, c.sku])}
        set={set}
      />
      {differs ? (
        <Button size="small" appearance="subtle" icon={<ArrowReset20Regular />} aria-label={`Reset ${props.name} to the bundle's ${c.quantity}`} onClick={() => store(undefined, false)}>
          Reset
        </Button>
      ) : (
        <span />
      )}
    </div>
  );
}

/** The components of line `index`'s bundle, each configurable; nothing for a product line or an unknown bundle. */
export function BundleLineComponents(props: { readonly index: number }): ReactNode {
  const styles = useStyles();
  const { model, issuesAt } = useModelEditor();
  const line = model.quote?.lines?.[props.index];
  if (!line || !('bundle' in line.item)) return null;
  const bundleId = line.item.bundle;
  const bundle = (model.bundles ?? []).find((b) => b.id === bundleId);
  if (!bundle) return null;
  const path: Path = ['quote', 'lines', props.index, 'components'];
  const nameOf = (sku: string): string => (model.products ?? []).find((p) => p.sku === sku)?.name ?? sku;
  // Keys the bundle does not have (left by an earlier bundle, or typed in the file): the engine's message, and a way out.
  const strays = Object.keys(line.components ?? {}).filter((sku) => !bundle.components.some((c) => c.sku === sku));
  const configuration = line.components;
  return (
    <fieldset className={styles.list} aria-label={`Components of ${bundle.name}`}>
      <Caption1>{`Components of ${bundle.name}, per bundle`}</Caption1>
      {bundle.components.map((c) => (
        <ComponentEditor key={c.sku} path={path} configuration={configuration} component={c} name={nameOf(c.sku)} />
      ))}
      {strays.map((sku) => (
        <StrayComponent key={sku} sku={sku} message={issuesAt([...path, sku])[0]?.message} configuration={configuration} path={path} />
      ))}
    </fieldset>
  );
}

function StrayComponent(props: { readonly sku: string; readonly message?: string; readonly configuration: Configuration | undefined; readonly path: Path }): ReactNode {
  const { dispatch } = useModelEditor();
  const remove = (): void => {
    const { [props.sku]: _stray, ...rest } = props.configuration ?? {};
    dispatch({ type: 'set', path: props.path, value: Object.keys(rest).length === 0 ? undefined : rest });
  };
  return (
    <div role="group" aria-label={`Unknown component ${props.sku}`}>
      <Caption1>{props.message ?? `"${props.sku}" is not a component of this bundle`}</Caption1>
      <Button size="small" onClick={remove}>{`Remove ${props.sku}`}</Button>
    </div>
  );
}
