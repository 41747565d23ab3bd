/**
 * A partner level's rebate tiers (from purchases, rate): the rate of the highest tier the partner's
 * purchases in the programme year reach applies to all of them. The first tier added takes the level's
 * flat rebate as its rate from 0 (the engine refuses a flat rebate beside tiers); removing the last one
 * leaves the level without tiers.
 */
import type { ReactNode } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import type { ModelInput } from '../../../engine/model/schema';
import { useModelEditor } from '../../state/ModelEditor';
import { NumberField } from '../fields/NumberField';

const useStyles = makeStyles({
  tiers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  head: { fontWeight: tokens.fontWeightSemibold },
});

type Level = NonNullable<ModelInput['levels']>[number];

export function RebateTiers(props: { readonly index: number; readonly level: Level }): ReactNode {
  const s = useStyles();
  const { dispatch } = useModelEditor();
  const i = props.index;
  const tiers = props.level.rebateTiers ?? [];
  const listPath = ['levels', i, 'rebateTiers'];
  const add = (): void => {
    if (tiers.length === 0) {
      const { rebate, ...rest } = props.level;
      dispatch({ type: 'set', path: ['levels', i], value: { ...rest, rebateTiers: [{ from: 0, rate: rebate ?? 0 }] } });
      return;
    }
    const last = tiers[tiers.length - 1];
    dispatch({ type: 'insert', path: listPath, item: { from: (last?.from ?? 0) + 100_000, rate: last?.rate ?? 0 } });
  };
  const remove = (k: number): void => {
    if (tiers.length === 1) dispatch({ type: 'set', path: listPath, value: undefined });
    else dispatch({ type: 'remove', path: listPath, index: k });
  };
  return (
    <div className={s.tiers} role="group" aria-label={`Rebate tiers of ${props.level.name ?? `level ${i + 1}`}`}>
      <div className={s.header}>
        <Caption1 className={s.head}>Rebate tiers</Caption1>
        <Button size="small" appearance="subtle" icon={<Add16Regular />} onClick={add}>Add rebate tier</Button>
      </div>
      {tiers.length === 0 ? (
        <Caption1>None: the flat rebate applies. With tiers, the rate reached by the partner’s purchases applies to all of them.</Caption1>
      ) : (
        tiers.map((_, k) => (
          <div key={k} className={s.row}>
            <NumberField path={[...listPath, k, 'from']} label={`Tier ${k + 1}: from purchases`} kind="money" />
            <NumberField path={[...listPath, k, 'rate']} label={`Tier ${k + 1}: rate`} kind="percent" />
            <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove rebate tier ${k + 1}`} onClick={() => remove(k)} />
          </div>
        ))
      )}
    </div>
  );
}
