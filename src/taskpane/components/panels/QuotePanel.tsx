/** Quote: line by line (product or bundle, quantity, term, channel, partner level), the waterfall and totals. */
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TableArrowUp20Regular } from '@fluentui/react-icons';
import type { ModelInput } from '../../../engine/model/schema';
import { useModelEditor } from '../../state/ModelEditor';
import { channelChoices, marketChoices, productChoices, termChoices, tierChoices } from '../../state/choices';
import { formatMoney, formatPercent } from '../../state/format';
import type { Figures } from '../../state/pricing';
import { quoteFigures, type QuoteFigures } from '../../state/quoteFigures';
import { errorText } from '../../state/useBuild';
import type { WorkbookPort } from '../../workbook/WorkbookPort';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { FiguresTable } from '../FiguresTable';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';
import { ApprovalsSection } from './ApprovalsSection';
import { PocketPrices } from './PocketPrices';
import { QuotePdfDownload } from './QuotePdfDownload';
import { QuoteDetails } from './QuoteDetails';
import { QuoteLineEditor } from './QuoteLineEditor';
import { QuoteLineSummary } from './QuoteLineSummary';

function QuoteWaterfalls(props: { readonly port: WorkbookPort; readonly figures: Figures<QuoteFigures> | null }): ReactNode {
  const { validation } = useModelEditor();
  const [written, setWritten] = useState<{ ok: boolean; text: string } | null>(null);
  const figures = props.figures;
  if (!validation.model || !figures) return <Caption1>Fix the issues above to see the waterfall and totals.</Caption1>;
  const model = validation.model;
  const write = (): void => {
    props.port.writeQuote(model).then(
      () => setWritten({ ok: true, text: 'The quote was written to the Quote sheet.' }),
      (error: unknown) => setWritten({ ok: false, text: `Could not write the quote: ${errorText(error)}` }),
    );
  };
  if (!figures.ok) return <Caption1 role="status">{figures.message}</Caption1>;
  const q = figures.value;
  const money = (v: number | null): string => (v === null ? '—' : formatMoney(v, '', q.minorUnits));
  return (
    <>
      {q.lines.map((line, n) => (
        <Fragment key={n}>
          <FiguresTable
            caption={`Line ${n + 1} waterfall (${q.currency})`}
            testId={`waterfall-${n + 1}`}
            head={[`Line ${n + 1}: ${line.label}`, 'Amount', '%']}
            rows={line.rows.map((r) => [r.label, money(r.amount), r.share === null ? '' : formatPercent(r.share)])}
          />
          <Caption1 data-testid={`explanation-${n + 1}`} aria-label={`Line ${n + 1} list price worked out`}>{line.explanation}</Caption1>
          <Caption1 data-testid={`funding-${n + 1}`}>{line.funding}</Caption1>
        </Fragment>
      ))}
      <FiguresTable
        caption={`Quote totals (${q.currency})`}
        testId="quote-totals"
        head={['Totals', 'Amount', 'Share']}
        rows={q.totals.map((t) => [t.label, money(t.amount), t.share === null ? '' : formatPercent(t.share)])}
      />
      <div>
        <Button icon={<TableArrowUp20Regular />} size="small" onClick={write}>Write to Quote sheet</Button>
      </div>
      <div aria-live="polite">{written ? <MessageBar intent={written.ok ? 'success' : 'error'}><MessageBarBody>{written.text}</MessageBarBody></MessageBar> : null}</div>
      <QuotePdfDownload port={props.port} model={model} />
    </>
  );
}

/** The currency the quote is priced in: its market's, else the model's. */
function quoteCurrency(model: ModelInput): string {
  const market = (model.markets ?? []).find((m) => m.id === model.quote?.market);
  return market?.currency ?? model.currency ?? '';
}

export function QuotePanel(props: { readonly port: WorkbookPort }): ReactNode {
  const { model, dispatch, validation } = useModelEditor();
  const lines = model.quote?.lines ?? [];
  // Priced once per revision, for the lines' summaries and the waterfalls alike.
  const figures = useMemo(() => (validation.model ? quoteFigures(validation.model) : null), [validation.model]);
  const add = (): void => {
    const line = { item: { sku: productChoices(model)[0]?.value ?? '' }, quantity: 1, term: termChoices(model)[1]?.value ?? termChoices(model)[0]?.value ?? '', tier: tierChoices(model)[0]?.value, channel: channelChoices(model)[0]?.value ?? '' };
    if (!model.quote) dispatch({ type: 'set', path: ['quote'], value: { customer: '', lines: [line] } });
    else dispatch({ type: 'insert', path: ['quote', 'lines'], item: line });
  };
  return (
    <>
      <PanelSection title="Quote" addLabel="Add line" onAdd={add}>
        <TextField path={['quote', 'customer']} label="Customer" />
        <FieldGrid>
          <ChoiceField path={['quote', 'market']} label="Market" choices={marketChoices(model)} none={`Reference (${model.currency ?? ''})`} />
          <NumberField path={['quote', 'minimumCommitment']} label={`Minimum commitment (${quoteCurrency(model)}, whole quote)`} kind="money" blank="undefined" placeholder="None" />
          <NumberField path={['quote', 'partnerPurchases']} label={`Partner purchases (${quoteCurrency(model)}, a year)`} kind="money" blank="undefined" placeholder="None" hint="Picks the rebate tier, applies the MDF cap" />
        </FieldGrid>
        {lines.map((l, i) => (
          <ItemCard key={i} listPath={['quote', 'lines']} index={i} count={lines.length} noun="line" title={'bundle' in l.item ? l.item.bundle : l.item.sku}>
            <QuoteLineEditor index={i} />
            <QuoteLineSummary index={i} figures={figures} />
          </ItemCard>
        ))}
      </PanelSection>
      <ApprovalsSection figures={figures} />
      <QuoteDetails />
      <PanelSection title="Waterfall and totals">
        <QuoteWaterfalls port={props.port} figures={figures} />
      </PanelSection>
      <PanelSection title="Pocket price" description="What each party keeps of the quote: on-invoice discounts and margins, then rebate and MDF (accrued) and co-op (claimed), then the vendor's cost to serve. Elements of 0 are left out.">
        {validation.model ? <PocketPrices model={validation.model} /> : <Caption1>Fix the issues above to see the pocket prices.</Caption1>}
      </PanelSection>
    </>
  );
}
