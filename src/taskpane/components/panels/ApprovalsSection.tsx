/**
 * Approvals: the quote's approval status (the engine's quoteApproval), the approval matrix
 * (model.approvals: what is measured, the steps role by role up to a discount, who approves beyond the
 * last step and below the margin floor), and the approvals given on the quote.
 */
import type { ReactNode } from 'react';
import { Button, Caption1, Text } from '@fluentui/react-components';
import type { ModelInput } from '../../../engine/model/schema';
import { useModelEditor } from '../../state/ModelEditor';
import type { Figures } from '../../state/pricing';
import type { QuoteFigures } from '../../state/quoteFigures';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';

/** The issue's matrix, a starting point to edit. */
export const STARTER_APPROVALS: NonNullable<ModelInput['approvals']> = {
  measure: 'discretionary',
  steps: [
    { role: 'Sales rep', upTo: 0.1 },
    { role: 'Sales manager', upTo: 0.2 },
    { role: 'Director', upTo: 0.35 },
  ],
  beyond: 'CFO',
  marginFloor: 'Finance',
};

const MEASURES = [
  { value: 'discretionary', label: 'Line discount + special bid' },
  { value: 'total', label: 'Whole customer discount off list' },
] as const;

/** "Needs approval: Sales manager, Finance (Finance given)". */
function statusText(q: QuoteFigures): string {
  const a = q.approval;
  if (!a) return 'No approval matrix: nothing is routed.';
  if (a.status === 'within authority') return 'Within authority: no line needs approval.';
  if (a.status === 'approved') return `Approved by ${a.required.join(', ')}.`;
  return `Needs approval from ${a.missing.join(', ')}${a.missing.length < a.required.length ? ` (of ${a.required.join(', ')})` : ''}.`;
}

function ApprovalStatus(props: { readonly figures: Figures<QuoteFigures> | null }): ReactNode {
  const f = props.figures;
  return (
    <Text role="status" data-testid="quote-approval-status" weight="semibold">
      {f?.ok ? statusText(f.value) : 'The status shows once the quote can be priced.'}
    </Text>
  );
}

function Matrix(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const approvals = model.approvals;
  if (!approvals) {
    return (
      <div>
        <Button size="small" onClick={() => dispatch({ type: 'set', path: ['approvals'], value: STARTER_APPROVALS })}>
          Add approval matrix
        </Button>
      </div>
    );
  }
  const steps = approvals.steps;
  const addStep = (): void => {
    const last = steps[steps.length - 1];
    dispatch({ type: 'insert', path: ['approvals', 'steps'], item: { role: `Step ${steps.length + 1}`, upTo: Math.min(1, (last?.upTo ?? 0) + 0.1) } });
  };
  return (
    <>
      <ChoiceField path={['approvals', 'measure']} label="Discount measured" choices={MEASURES} hint="What a line's discount is compared with the steps as" />
      {steps.map((step, i) => (
        <ItemCard key={i} listPath={['approvals', 'steps']} index={i} count={steps.length} noun="step" title={step.role}>
          <FieldGrid>
            <TextField path={['approvals', 'steps', i, 'role']} label="Role" />
            <NumberField path={['approvals', 'steps', i, 'upTo']} label="Up to" kind="percent" hint={i === 0 ? 'Without approval' : undefined} />
          </FieldGrid>
        </ItemCard>
      ))}
      <div>
        <Button size="small" onClick={addStep}>Add step</Button>
      </div>
      <FieldGrid>
        <TextField path={['approvals', 'beyond']} label="Beyond the last step" />
        <TextField path={['approvals', 'marginFloor']} label="Below the margin floor" optional placeholder="No one" />
      </FieldGrid>
      <div>
        <Button size="small" appearance="subtle" onClick={() => dispatch({ type: 'set', path: ['approvals'], value: undefined })}>
          Remove approval matrix
        </Button>
      </div>
    </>
  );
}

function ApprovalsGiven(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const approvals = model.approvals;
  if (!approvals || !model.quote) return null;
  const given = model.quote.approvals ?? [];
  const roles = [...new Set([...approvals.steps.map((s) => s.role), approvals.beyond, ...(approvals.marginFloor ? [approvals.marginFloor] : [])])];
  const add = (): void => dispatch({ type: 'insert', path: ['quote', 'approvals'], item: { role: roles[1] ?? roles[0] ?? '', by: '' } });
  return (
    <>
      <Caption1>Approvals given on this quote</Caption1>
      {given.map((g, i) => (
        <ItemCard key={i} listPath={['quote', 'approvals']} index={i} count={given.length} noun="approval" title={g.role}>
          <FieldGrid>
            <ChoiceField path={['quote', 'approvals', i, 'role']} label="Role" choices={roles.map((r) => ({ value: r, label: r }))} />
            <TextField path={['quote', 'approvals', i, 'by']} label="By" />
            <TextField path={['quote', 'approvals', i, 'at']} label="On" optional placeholder="yyyy-mm-dd" />
          </FieldGrid>
        </ItemCard>
      ))}
      <div>
        <Button size="small" onClick={add}>Add approval given</Button>
      </div>
    </>
  );
}

export function ApprovalsSection(props: { readonly figures: Figures<QuoteFigures> | null }): ReactNode {
  return (
    <PanelSection title="Approvals" description="Who approves a line's discount, by how deep it is: the first step is what a sales rep may give without approval.">
      <ApprovalStatus figures={props.figures} />
      <Matrix />
      <ApprovalsGiven />
    </PanelSection>
  );
}
