/** Packaging: the personas Tiercraft prices for, and the tiers that serve them. */
import type { ReactNode } from 'react';
import { Caption1, Caption1Strong, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { buyerGroups, repeatedJobs } from '../../../engine';
import { useModelEditor } from '../../state/ModelEditor';
import { DISTRIBUTIONS, freshId, ladderChoices, PERSONA_KINDS, personaChoices, SALES_MOTIONS, VALUE_METRICS } from '../../state/choices';
import { ChoiceField } from '../fields/ChoiceField';
import { TextField } from '../fields/TextField';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';

const useStyles = makeStyles({ personas: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS }, error: { color: tokens.colorPaletteRedForeground1 } });

function TierPersonas(props: { readonly index: number }): ReactNode {
  const styles = useStyles();
  const { model, dispatch, issuesAt } = useModelEditor();
  const path = ['tiers', props.index, 'personas'];
  const chosen = model.tiers?.[props.index]?.personas ?? [];
  const message = issuesAt(path)[0]?.message;
  const toggle = (id: string, on: boolean): void => dispatch({ type: 'set', path, value: on ? [...chosen, id] : chosen.filter((p) => p !== id) });
  return (
    <div role="group" aria-labelledby={`tier-${props.index}-personas`}>
      <Caption1Strong id={`tier-${props.index}-personas`}>Personas served (the first defines the job)</Caption1Strong>
      <div className={styles.personas}>
        {personaChoices(model).map((p) => (
          <Checkbox key={p.value} label={p.label} checked={chosen.includes(p.value)} onChange={(_, d) => toggle(p.value, d.checked === true)} />
        ))}
      </div>
      {message ? <Caption1 role="alert" className={styles.error}>{message}</Caption1> : null}
    </div>
  );
}

/**
 * The tier's defining persona (its first) and job, its buyer group, and the engine's repeated-job
 * warning when an earlier tier has the same persona and job (shown once the model is valid).
 */
function TierDefinition(props: { readonly index: number }): ReactNode {
  const { model, validation } = useModelEditor();
  const tier = model.tiers?.[props.index];
  if (!tier) return null;
  const nameOf = (id: string): string => {
    const persona = (model.personas ?? []).find((p) => p.id === id);
    return persona ? persona.name || persona.id : id;
  };
  const first = tier.personas?.[0];
  const job = (tier.job ?? '').trim();
  const loaded = validation.model;
  const repeat = loaded ? repeatedJobs(loaded).find((b) => b.path === `tiers[${props.index}].job`) : undefined;
  const group = loaded ? buyerGroups(loaded).get(tier.id) : undefined;
  return (
    <>
      <Caption1 aria-label={`Tier ${props.index + 1} is defined by`}>{`Defined by: ${first === undefined ? 'no persona yet' : nameOf(first)} · ${job === '' ? 'no job yet' : job}`}</Caption1>
      {group ? <Caption1 aria-label={`Tier ${props.index + 1} buyer group`}>{`Buyer group: ${group.map(nameOf).join(', ') || 'none yet'}`}</Caption1> : null}
      {repeat ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{repeat.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

export function PackagingPanel(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const personas = model.personas ?? [];
  const tiers = model.tiers ?? [];
  return (
    <>
      <PanelSection title="Personas" description="Who uses and who buys: each tier is defined by the job of the persona it serves." addLabel="Add persona" onAdd={() => dispatch({ type: 'insert', path: ['personas'], item: { id: freshId('persona', personas), name: 'New persona', kind: 'user' } })}>
        {personas.map((p, i) => (
          <ItemCard key={i} listPath={['personas']} index={i} count={personas.length} noun="persona" title={p.name}>
            <FieldGrid>
              <TextField path={['personas', i, 'id']} label="Id" />
              <TextField path={['personas', i, 'name']} label="Name" />
              <ChoiceField path={['personas', i, 'kind']} label="Kind" choices={PERSONA_KINDS} />
              <TextField path={['personas', i, 'role']} label="Role" />
            </FieldGrid>
            <TextField path={['personas', i, 'job']} label="Job to be done" multiline />
          </ItemCard>
        ))}
      </PanelSection>
      <PanelSection title="Tiers" description="Product, solution, enterprise solution: who each serves, how it is sold and what it is priced by." addLabel="Add tier" onAdd={() => dispatch({ type: 'insert', path: ['tiers'], item: { id: freshId('tier', tiers), name: 'New tier', personas: [] } })}>
        {tiers.map((t, i) => (
          <ItemCard key={i} listPath={['tiers']} index={i} count={tiers.length} noun="tier" title={t.name}>
            <FieldGrid>
              <TextField path={['tiers', i, 'id']} label="Id" />
              <TextField path={['tiers', i, 'name']} label="Name" />
              <ChoiceField path={['tiers', i, 'salesMotion']} label="Sales motion" choices={SALES_MOTIONS} />
              <ChoiceField path={['tiers', i, 'distribution']} label="Distribution" choices={DISTRIBUTIONS} />
              <ChoiceField path={['tiers', i, 'valueMetric']} label="Value metric" choices={VALUE_METRICS} />
              <ChoiceField path={['tiers', i, 'ladder']} label="Discount ladder" choices={ladderChoices(model)} none="No ladder" />
            </FieldGrid>
            <TierPersonas index={i} />
            <TextField path={['tiers', i, 'job']} label="Job to be done" multiline />
            <TierDefinition index={i} />
          </ItemCard>
        ))}
      </PanelSection>
    </>
  );
}
