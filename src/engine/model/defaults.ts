/**
 * What a model gets for the optional parts it leaves out: the three tiers of products, solutions and
 * enterprise solutions with the personas whose jobs define them, monthly/annual/3-year terms, four
 * partner levels, and direct, one-tier and two-tier channels. Every part is fully editable: a model that
 * lists its own tiers (or terms, …) replaces the default list as a whole.
 */
import type { Channel, PartnerLevel, Persona, Term, Tier } from './schema';

export const defaultPersonas: readonly Persona[] = [
  { id: 'end-user', name: 'End user', role: 'Developer or administrator', job: 'Back up and restore my data when I need to', kind: 'user' },
  { id: 'technical-manager', name: 'Technical manager', role: 'Engineering or operations manager', job: 'Automate and monitor the team’s workflows reliably', kind: 'buyer' },
  { id: 'business-manager', name: 'Business manager', role: 'Risk, compliance or line-of-business owner', job: 'Show that the organisation complies with its policies', kind: 'buyer' },
];

export const defaultTiers: readonly Tier[] = [
  { id: 'product', name: 'Product', personas: ['end-user'], job: 'A task done by one end user', salesMotion: 'self-serve', distribution: 'download', valueMetric: 'per-user' },
  { id: 'solution', name: 'Solution', personas: ['technical-manager', 'end-user'], job: 'A team workflow automated and monitored', salesMotion: 'inbound', distribution: 'saas', valueMetric: 'per-server' },
  {
    id: 'enterprise',
    name: 'Enterprise solution',
    personas: ['business-manager', 'technical-manager', 'end-user'],
    job: 'Situational awareness and policy compliance across the estate, for the whole buyer group',
    salesMotion: 'account-based',
    distribution: 'self-hosted-platform',
    valueMetric: 'flat',
  },
];

export const defaultTerms: readonly Term[] = [
  { id: 'monthly', name: 'Monthly', months: 1, discount: 0 },
  { id: 'annual', name: 'Annual', months: 12, discount: 0 },
  { id: '3-year', name: '3-year', months: 36, discount: 0.15 },
];

export const defaultLevels: readonly PartnerLevel[] = [
  { id: 'registered', name: 'Registered', discount: 0.1, dealRegistration: 0.05, rebate: 0, mdf: 0, coop: 0 },
  { id: 'silver', name: 'Silver', discount: 0.15, dealRegistration: 0.05, rebate: 0.01, mdf: 0.01, coop: 0 },
  { id: 'gold', name: 'Gold', discount: 0.2, dealRegistration: 0.05, rebate: 0.02, mdf: 0.02, coop: 0 },
  { id: 'platinum', name: 'Platinum', discount: 0.25, dealRegistration: 0.05, rebate: 0.03, mdf: 0.03, coop: 0 },
];

export const defaultChannels: readonly Channel[] = [
  { id: 'direct', name: 'Direct', kind: 'direct', distributorDiscount: 0 },
  { id: 'reseller', name: 'Reseller', kind: 'one-tier', distributorDiscount: 0 },
  { id: 'distribution', name: 'Distribution', kind: 'two-tier', distributorDiscount: 0.08 },
];

/** Decimals of a currency's minor unit, from the runtime's ISO 4217 data (USD 2, JPY 0, BHD 3). */
export function minorUnitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
