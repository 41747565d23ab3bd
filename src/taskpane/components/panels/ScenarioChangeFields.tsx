/**
 * One change of a scenario: what it changes (a partner level, a two-tier channel, a term or list prices),
 * which one (picked from the model), the field, and the new value or the points added, entered as
 * percentages like every other rate; list prices by family, SKU, tier and term, changed by a percentage.
 * Each loadModel issue (scenarios[0].changes[1].add: …) shows beside its field.
 */
import type { ReactNode } from 'react';
import type { ScenarioChange } from '../../../engine/model/scenarioSchema';
import { useModelEditor } from '../../state/ModelEditor';
import { levelChoices, productChoices, termChoices, tierChoices } from '../../state/choices';
import { familyChoices, freshChange, LEVEL_FIELDS, RATE_MODES, SCENARIO_TARGETS, twoTierChannelChoices, withRateMode, type RateMode, type ScenarioTarget } from '../../state/scenarioChoices';
import type { Path } from '../../state/paths';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { FieldGrid } from '../PanelSection';
import { PickField } from '../fields/PickField';

type RateChange = Exclude<ScenarioChange, { target: 'listPrice' }>;

function RateFields(props: { readonly path: Path; readonly change: RateChange }): ReactNode {
  const { model, dispatch } = useModelEditor();
  const { path, change } = props;
  // A field being retyped holds null, not undefined, so clearing it keeps its way of changing the rate.
  const mode: RateMode = change.set !== undefined && change.add === undefined ? 'set' : 'add';
  const ids =
    change.target === 'level'
      ? { key: 'level', label: 'Partner level', choices: levelChoices(model) }
      : change.target === 'channel'
        ? { key: 'channel', label: 'Channel', choices: twoTierChannelChoices(model) }
        : { key: 'term', label: 'Term', choices: termChoices(model) };
  return (
    <>
      <ChoiceField path={[...path, ids.key]} label={ids.label} choices={ids.choices} />
      {change.target === 'level' ? <ChoiceField path={[...path, 'field']} label="Field" choices={LEVEL_FIELDS} /> : null}
      <PickField label="How" value={mode} choices={RATE_MODES} onChange={(m) => dispatch({ type: 'set', path, value: withRateMode(change, m as RateMode) })} />
      {mode === 'set' ? (
        <NumberField path={[...path, 'set']} label="New value" kind="percent" />
      ) : (
        <NumberField path={[...path, 'add']} label="Points added" kind="percent" hint="Negative takes points off" />
      )}
    </>
  );
}

function ListPriceFields(props: { readonly path: Path }): ReactNode {
  const { model } = useModelEditor();
  const { path } = props;
  return (
    <>
      <ChoiceField path={[...path, 'family']} label="Family" choices={familyChoices(model)} none="Any" />
      <ChoiceField path={[...path, 'sku']} label="SKU" choices={productChoices(model)} none="Any" />
      <ChoiceField path={[...path, 'tier']} label="Tier" choices={tierChoices(model)} none="Any" />
      <ChoiceField path={[...path, 'term']} label="Term" choices={termChoices(model)} none="Any" />
      <NumberField path={[...path, 'change']} label="List price change" kind="percent" hint="Rounded as the price book rounds" />
    </>
  );
}

export function ScenarioChangeFields(props: { readonly scenario: number; readonly index: number }): ReactNode {
  const { model, dispatch } = useModelEditor();
  const path: Path = ['scenarios', props.scenario, 'changes', props.index];
  const change = model.scenarios?.[props.scenario]?.changes?.[props.index];
  if (!change) return null;
  const retarget = (target: string): void => dispatch({ type: 'set', path, value: freshChange(model, target as ScenarioTarget) });
  return (
    <FieldGrid>
      <PickField label="Changes" value={change.target} choices={SCENARIO_TARGETS} onChange={retarget} />
      {change.target === 'listPrice' ? <ListPriceFields path={path} /> : <RateFields path={path} change={change} />}
    </FieldGrid>
  );
}
