/** Channels: partner levels (discounts, deal registration, rebate or rebate tiers, MDF and its cap, co-op), channels and who funds their discounts, and each party's margin. */
import { useState, type ReactNode } from 'react';
import { Caption1, Checkbox, Field, Select } from '@fluentui/react-components';
import { fundingOf } from '../../../engine/channel/programme';
import { useModelEditor } from '../../state/ModelEditor';
import { CHANNEL_KINDS, FUNDING_EXPLANATIONS, FUNDINGS, channelChoices, freshId, levelChoices, productChoices, termChoices, tierChoices } from '../../state/choices';
import { formatMoney, formatPercent } from '../../state/format';
import { channelMargins, type MarginQuestion } from '../../state/quoteFigures';
import type { Choice } from '../fields/ChoiceField';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { FiguresTable } from '../FiguresTable';
import { ItemCard } from '../ItemCard';
import { FieldGrid, PanelSection } from '../PanelSection';
import { RebateTiers } from './RebateTiers';

function Pick(props: { readonly label: string; readonly value: string; readonly choices: readonly Choice[]; readonly onChange: (v: string) => void }): ReactNode {
  return (
    <Field label={props.label} size="small">
      <Select size="small" value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        {props.choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </Select>
    </Field>
  );
}

function PartyMargins(): ReactNode {
  const { model, validation } = useModelEditor();
  const first = (choices: readonly Choice[], prefer?: string): string => choices.find((c) => c.value === prefer)?.value ?? choices[0]?.value ?? '';
  const [q, setQ] = useState<MarginQuestion>(() => ({
    sku: first(productChoices(model)),
    tier: first(tierChoices(model)),
    term: first(termChoices(model), 'annual'),
    channel: first(channelChoices(model), 'distribution'),
    level: first(levelChoices(model), 'gold'),
    dealRegistration: false,
  }));
  const set = (patch: Partial<MarginQuestion>): void => setQ({ ...q, ...patch });
  const loaded = validation.model;
  const figures = loaded ? channelMargins(loaded, q) : null;
  const minor = loaded?.rounding.minorUnits ?? 2;
  const money = (v: number | null): string => (v === null ? '—' : formatMoney(v, '', minor));
  return (
    <PanelSection title="Margins by party" description="One unit through a channel: what each party pays and gets (the reseller's margin includes rebate, MDF and co-op; the vendor pays its cost to serve and gets its pocket price).">
      <FieldGrid>
        <Pick label="Product" value={q.sku} choices={productChoices(model)} onChange={(sku) => set({ sku })} />
        <Pick label="Tier" value={q.tier} choices={tierChoices(model)} onChange={(tier) => set({ tier })} />
        <Pick label="Term" value={q.term} choices={termChoices(model)} onChange={(term) => set({ term })} />
        <Pick label="Channel" value={q.channel} choices={channelChoices(model)} onChange={(channel) => set({ channel })} />
        <Pick label="Partner level" value={q.level} choices={levelChoices(model)} onChange={(level) => set({ level })} />
      </FieldGrid>
      <Checkbox label="Registered deal" checked={q.dealRegistration} onChange={(_, d) => set({ dealRegistration: d.checked === true })} />
      {!figures ? (
        <Caption1>Fix the issues above to see the margins.</Caption1>
      ) : figures.ok ? (
        <FiguresTable
          caption={`Margins by party (${loaded?.currency ?? ''} per unit)`}
          testId="party-margins"
          head={['Party', 'Pays', 'Gets', 'Margin', 'Margin %']}
          rows={figures.value.map((r) => [r.party, money(r.buys), money(r.sells), money(r.margin), r.share === null ? '—' : formatPercent(r.share)])}
        />
      ) : (
        <Caption1 role="status">{figures.message}</Caption1>
      )}
    </PanelSection>
  );
}

export function ChannelsPanel(): ReactNode {
  const { model, dispatch } = useModelEditor();
  const levels = model.levels ?? [];
  const channels = model.channels ?? [];
  return (
    <>
      <PanelSection title="Partner levels" description="Reseller discount off list, extra for a registered deal, and back-end rebate (flat or by the partner's purchases), MDF up to its cap and co-op, each a share of the vendor's invoice." addLabel="Add level" onAdd={() => dispatch({ type: 'insert', path: ['levels'], item: { id: freshId('level', levels), name: 'New level', discount: 0.1 } })}>
        {levels.map((l, i) => (
          <ItemCard key={i} listPath={['levels']} index={i} count={levels.length} noun="level" title={l.name}>
            <FieldGrid>
              <TextField path={['levels', i, 'id']} label="Id" />
              <TextField path={['levels', i, 'name']} label="Name" />
              <NumberField path={['levels', i, 'discount']} label="Reseller discount" kind="percent" />
              <NumberField path={['levels', i, 'dealRegistration']} label="Deal registration" kind="percent" blank="undefined" />
              {/* Tiers set the rebate; a flat rebate beside them stays on screen only to show the engine's message. */}
              {l.rebateTiers === undefined || (l.rebate ?? 0) !== 0 ? <NumberField path={['levels', i, 'rebate']} label="Rebate" kind="percent" blank="undefined" /> : null}
              <NumberField path={['levels', i, 'mdf']} label="MDF" kind="percent" blank="undefined" />
              <NumberField path={['levels', i, 'mdfCap']} label="MDF cap (a year)" kind="money" blank="undefined" placeholder="None" />
              <NumberField path={['levels', i, 'coop']} label="Co-op" kind="percent" blank="undefined" />
            </FieldGrid>
            <RebateTiers index={i} level={l} />
          </ItemCard>
        ))}
      </PanelSection>
      <PanelSection title="Channels" description="Direct, one-tier (reseller) or two-tier (distributor, then reseller)." addLabel="Add channel" onAdd={() => dispatch({ type: 'insert', path: ['channels'], item: { id: freshId('channel', channels), name: 'New channel', kind: 'one-tier' } })}>
        {channels.map((c, i) => (
          <ItemCard key={i} listPath={['channels']} index={i} count={channels.length} noun="channel" title={c.name}>
            <FieldGrid>
              <TextField path={['channels', i, 'id']} label="Id" />
              <TextField path={['channels', i, 'name']} label="Name" />
              <ChoiceField path={['channels', i, 'kind']} label="Kind" choices={CHANNEL_KINDS} />
              {c.kind === 'two-tier' ? <NumberField path={['channels', i, 'distributorDiscount']} label="Distributor discount" kind="percent" blank="undefined" /> : null}
            </FieldGrid>
            {c.kind === 'direct' ? null : <ChoiceField path={['channels', i, 'funding']} label="Discount funding" choices={FUNDINGS} none={`From the discount basis (${fundingOf({ discountBasis: model.discountBasis ?? 'list' }, {})})`} hint={FUNDING_EXPLANATIONS[c.funding ?? '']} />}
          </ItemCard>
        ))}
      </PanelSection>
      <PanelSection title="Guardrails">
        <FieldGrid>
          <NumberField path={['guardrails', 'vendorMarginFloor']} label="Vendor margin floor" kind="percent" blank="undefined" />
          <NumberField path={['guardrails', 'maxCustomerDiscount']} label="Max customer discount" kind="percent" blank="undefined" />
          <NumberField path={['guardrails', 'priceCorridor']} label="Price corridor between markets" kind="percent" blank="undefined" placeholder="Not checked" hint="Most a market's price, converted back at its rate, may differ from the reference" />
        </FieldGrid>
      </PanelSection>
      <PartyMargins />
    </>
  );
}
