/** Choices offered by the editor: the schema's enumerations and the model's own ids, with readable labels. */
import type { ModelInput } from '../../engine/model/schema';
import type { Choice } from '../components/fields/ChoiceField';

const labelled = (entries: readonly (readonly [string, string])[]): Choice[] => entries.map(([value, label]) => ({ value, label }));

export const PERSONA_KINDS = labelled([['user', 'User'], ['buyer', 'Buyer'], ['both', 'User and buyer']]);
export const SALES_MOTIONS = labelled([['self-serve', 'Self-serve'], ['inbound', 'Inbound sales'], ['account-based', 'Account-based sales']]);
export const DISTRIBUTIONS = labelled([['download', 'Download'], ['marketplace', 'Marketplace'], ['saas', 'SaaS'], ['self-hosted-platform', 'Self-hosted platform']]);
export const VALUE_METRICS = labelled([['per-user', 'Per user'], ['per-server', 'Per server'], ['flat', 'Flat']]);
export const LADDER_MODES = labelled([['graduated', 'Graduated (each band its own discount)'], ['volume', 'Volume (all units at the reached band)']]);
export const PRICE_LADDER_MODES = labelled([
  ['graduated', 'Graduated (each band prices its own units)'],
  ['volume', 'Volume (the band reached prices all units)'],
  ['stairstep', 'Stairstep (one price for the whole quantity)'],
]);
export const HALF_MODES = labelled([['halfAwayFromZero', 'Halves away from zero (Excel ROUND)'], ['halfEven', "Halves to even (banker's rounding)"]]);
export const CHANNEL_KINDS = labelled([['direct', 'Direct'], ['one-tier', 'One-tier (reseller)'], ['two-tier', 'Two-tier (distributor and reseller)']]);
export const DISCOUNT_BASES = labelled([['list', 'Each discount a share of list'], ['compound', 'Each discount a share of the step before']]);

/** Who funds the customer's discount on a channel (or a quote line), each in one plain line. */
export const FUNDINGS = labelled([['vendor', 'Vendor'], ['partner', 'Partner'], ['compound', 'Compound']]);
export const FUNDING_EXPLANATIONS: Readonly<Record<string, string>> = {
  vendor: 'The vendor funds the customer’s discount: every discount comes off list and the partners keep their full margin.',
  partner: 'The reseller funds the negotiated discount from its margin: its buy price is set off the published price.',
  compound: 'Each partner discount comes off the price before it: the reseller buys at the customer price less its discount.',
  '': 'From the discount basis: each discount a share of list funds as vendor, a share of the step before as compound.',
};

type Named = { readonly id?: unknown; readonly name?: unknown; readonly sku?: unknown };

export function idChoicesOf(items: readonly Named[] | undefined, key: 'id' | 'sku' = 'id'): Choice[] {
  return (items ?? [])
    .map((item) => {
      const value = typeof item[key] === 'string' ? (item[key] as string) : '';
      const name = typeof item.name === 'string' && item.name !== '' ? item.name : value;
      return { value, label: key === 'sku' && name !== value ? `${name} (${value})` : name };
    })
    .filter((c) => c.value !== '');
}

export const tierChoices = (m: ModelInput): Choice[] => idChoicesOf(m.tiers);
export const termChoices = (m: ModelInput): Choice[] => idChoicesOf(m.terms);
export const personaChoices = (m: ModelInput): Choice[] => idChoicesOf(m.personas);
export const ladderChoices = (m: ModelInput): Choice[] => idChoicesOf(m.ladders);
export const productChoices = (m: ModelInput): Choice[] => idChoicesOf(m.products, 'sku');
export const bundleChoices = (m: ModelInput): Choice[] => idChoicesOf(m.bundles);
export const levelChoices = (m: ModelInput): Choice[] => idChoicesOf(m.levels);
export const channelChoices = (m: ModelInput): Choice[] => idChoicesOf(m.channels);
export const priceLadderChoices = (m: ModelInput): Choice[] => idChoicesOf(m.priceLadders);
export const marketChoices = (m: ModelInput): Choice[] => idChoicesOf(m.markets);

/** A fresh id not yet used in a list: "tier-4". */
export function freshId(prefix: string, items: readonly Named[] | undefined, key: 'id' | 'sku' = 'id'): string {
  const used = new Set((items ?? []).map((i) => i[key]));
  for (let n = (items?.length ?? 0) + 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
