/**
 * Under a quote line's fields: what the customer pays for it, as the engine priced it, and who must
 * approve its discount and why (the model's approval matrix), updated as the line is edited.
 */
import type { ReactNode } from 'react';
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatMoney } from '../../state/format';
import type { Figures } from '../../state/pricing';
import type { LineApprovalFigures, QuoteFigures } from '../../state/quoteFigures';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** "Sales manager", "Director and Finance", or "none: within the Sales rep's authority (5.0% off list)". */
export function approverText(a: LineApprovalFigures): string {
  return a.required.length === 0 ? `none, within the ${a.role}'s authority (${a.discount} off list)` : a.required.join(' and ');
}

function LineApproval(props: { readonly n: number; readonly approval: LineApprovalFigures }): ReactNode {
  const a = props.approval;
  return (
    <>
      <Text size={200} data-testid={`line-approver-${props.n}`}>
        {'Approval: '}
        <strong>{approverText(a)}</strong>
      </Text>
      {a.reasons.length > 0 ? <Caption1 data-testid={`line-approval-why-${props.n}`}>{`Why: ${a.reasons.join('; ')}`}</Caption1> : null}
    </>
  );
}

export function QuoteLineSummary(props: { readonly index: number; readonly figures: Figures<QuoteFigures> | null }): ReactNode {
  const styles = useStyles();
  const n = props.index + 1;
  const q = props.figures?.ok ? props.figures.value : null;
  const line = q?.lines[props.index];
  return (
    <div className={styles.summary} aria-live="polite" data-testid={`line-summary-${n}`}>
      {q && line ? (
        <>
          <Text size={200} data-testid={`line-price-${n}`}>
            {'Customer price: '}
            <strong>{`${formatMoney(line.customerPrice, '', q.minorUnits)} ${q.currency}`}</strong>
          </Text>
          {line.approval ? <LineApproval n={n} approval={line.approval} /> : null}
        </>
      ) : (
        <Caption1>{props.figures && !props.figures.ok ? props.figures.message : 'The line is priced once the issues above are fixed.'}</Caption1>
      )}
    </div>
  );
}
