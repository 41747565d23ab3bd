/**
 * Scenarios: named sets of changes to partner levels, channels, terms and list prices; the mix they are
 * measured on; base against every scenario (each party's revenue, pocket and margin on the mix and on the
 * quote, the breaches that appear and disappear), recomputed at low priority as the user types; and
 * the model set against another model file.
 */
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { breachCount, glanceRows, scenarioComparison } from '../../state/compareFigures';
import { useModelEditor } from '../../state/ModelEditor';
import { changeTitle, freshChange, freshScenario } from '../../state/scenarioChoices';
import { ComparisonView } from '../ComparisonView';
import { FiguresTable } from '../FiguresTable';
import { TextField } from '../fields/TextField';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';
import { MixSection } from './MixSection';
import { ModelFileComparison } from './ModelFileComparison';
import { ScenarioChangeFields } from './ScenarioChangeFields';

const useStyles = makeStyles({
  scenario: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function ScenarioEditor(props: { readonly index: number }): ReactNode {
  const { model, dispatch, issuesAt } = useModelEditor();
  const i = props.index;
  const changes = model.scenarios?.[i]?.changes ?? [];
  const changesPath = ['scenarios', i, 'changes'];
  const changeIssues = issuesAt(changesPath);
  return (
    <>
      <FieldGrid>
        <TextField path={['scenarios', i, 'name']} label="Name" />
        <TextField path={['scenarios', i, 'id']} label="Id" />
      </FieldGrid>
      <TextField path={['scenarios', i, 'description']} label="Description" multiline optional />
      {changeIssues.map((issue, n) => <Caption1 key={n} role="alert">{`Changes: ${issue.message}`}</Caption1>)}
      {changes.map((c, n) => (
        <ItemCard key={n} listPath={changesPath} index={n} count={changes.length} noun="change" title={changeTitle(model, c)}>
          <ScenarioChangeFields scenario={i} index={n} />
        </ItemCard>
      ))}
      <div>
        <Button size="small" icon={<Add16Regular />} onClick={() => dispatch({ type: 'insert', path: changesPath, item: freshChange(model, 'level') })}>Add change</Button>
      </div>
    </>
  );
}

function Comparisons(): ReactNode {
  const styles = useStyles();
  const { validation } = useModelEditor();
  // compareScenarios prices the mix once per scenario: at low priority, so typing stays quick.
  const model = useDeferredValue(validation.model);
  const result = useMemo(() => (model ? scenarioComparison(model) : null), [model]);
  if (!validation.model || !model) return <Caption1>Fix the issues above to compare the scenarios.</Caption1>;
  if (!result) return null;
  if (!result.ok) return <Caption1 role="status">{result.message}</Caption1>;
  const { scenarios, breaches } = result.value;
  const book = result.value.mix ? 'mix' : result.value.quote ? 'quote' : null;
  if (scenarios.length === 0) return <Caption1>Add a scenario to compare it with the base.</Caption1>;
  return (
    <>
      <Caption1 data-testid="base-breaches">{`Base: ${breachCount(breaches)}`}</Caption1>
      {book ? (
        <FiguresTable
          caption={`Scenarios at a glance, on the ${book}`}
          testId="scenarios-glance"
          head={[`On the ${book}`, 'Vendor pocket', 'Vendor margin', 'Breaches new / gone']}
          rows={glanceRows(scenarios, book, model.rounding.minorUnits)}
        />
      ) : null}
      {scenarios.map(({ scenario, comparison }) => (
        <section key={scenario.id} className={styles.scenario} aria-label={`Base against ${scenario.name}`}>
          <div className={styles.heading}>
            <Subtitle2 as="h3">{scenario.name}</Subtitle2>
            {comparison.introducesErrors ? <Badge color="danger" appearance="filled">New errors</Badge> : null}
          </div>
          {scenario.description ? <Caption1>{scenario.description}</Caption1> : null}
          <ComparisonView comparison={comparison} minorUnits={model.rounding.minorUnits} testId={`scenario-${scenario.id}`} heading="h4" />
        </section>
      ))}
    </>
  );
}

export function ScenariosPanel(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const scenarios = model.scenarios ?? [];
  return (
    <>
      <PanelSection title="Scenarios" description="Named sets of changes to partner levels, channel and term discounts and list prices, each compared with the base model below." addLabel="Add scenario" onAdd={() => dispatch({ type: 'insert', path: ['scenarios'], item: freshScenario(model) })}>
        {scenarios.length === 0 ? <Caption1>No scenarios yet.</Caption1> : null}
        {scenarios.map((s, i) => (
          <ItemCard key={i} listPath={['scenarios']} index={i} count={scenarios.length} noun="scenario" title={s.name}>
            <ScenarioEditor index={i} />
          </ItemCard>
        ))}
      </PanelSection>
      <MixSection />
      <PanelSection title="Comparison" description="Base against every scenario: each party's revenue, pocket and margin (what it keeps after rebates, MDF and co-op, then after cost), on the mix and on the quote, and the breaches that appear or disappear.">
        <Comparisons />
      </PanelSection>
      <ModelFileComparison />
    </>
  );
}

export default ScenariosPanel;
