/** The shapes of a comparison: each party's figures on a book of business, and what changed between two models. */
import type { Decimal } from '../decimal';
import type { Breach } from '../guardrails/types';
import type { Model } from '../model/schema';
import type { Scenario } from '../model/scenarioSchema';

export type PartyName = 'vendor' | 'distributor' | 'reseller' | 'customer';
export const PARTY_NAMES: readonly PartyName[] = ['vendor', 'distributor', 'reseller', 'customer'];

/**
 * One party's figures on a book (sums of the lines' rounded figures, at the model's minor unit):
 * - vendor: revenue = vendor invoice; pocket = vendor net (invoice − rebate − MDF − co-op); margin = pocket − cost;
 * - distributor (two-tier lines): revenue = pocket = reseller buy; margin = reseller buy − distributor buy;
 * - reseller (partner lines): revenue = customer price; pocket = revenue + rebate + MDF + co-op; margin = pocket − reseller buy;
 * - customer: revenue = pocket = customer price (what it pays); margin = extended list − customer price (what it saves).
 */
export interface PartyFigures {
  readonly revenue: Decimal;
  readonly pocket: Decimal;
  readonly margin: Decimal;
}

export interface BookFigures {
  /** Lines priced (rows that could not be priced are in `errors`, not counted). */
  readonly lines: number;
  readonly extendedList: Decimal;
  readonly parties: Record<PartyName, PartyFigures>;
  readonly errors: string[];
}

/** change = other − base; changePct = change / |base| to 10 decimals, null when base is 0. */
export interface FigureChange {
  readonly base: Decimal;
  readonly other: Decimal;
  readonly change: Decimal;
  readonly changePct: Decimal | null;
}

export interface PartyImpact {
  readonly party: PartyName;
  readonly revenue: FigureChange;
  readonly pocket: FigureChange;
  readonly margin: FigureChange;
}

export interface BookImpact {
  readonly base: BookFigures;
  readonly other: BookFigures;
  readonly parties: PartyImpact[];
}

export type PricePointField = 'list price' | 'platform fee' | 'minimum charge' | 'bundle price';

export interface PricePointChange {
  readonly item: { readonly sku: string } | { readonly bundle: string };
  /** "BK-STD · Product · Annual": the item, the tier's name and the term's name. */
  readonly label: string;
  readonly tier: string;
  readonly term: string;
  readonly field: PricePointField;
  /** null: the point does not exist on that side. */
  readonly base: Decimal | null;
  readonly other: Decimal | null;
  readonly change: Decimal | null;
  readonly changePct: Decimal | null;
}

export interface SettingChange {
  /** 'levels[gold].discount' */
  readonly path: string;
  /** 'Gold: discount' */
  readonly label: string;
  /** '30%', '(none)' when absent on that side. */
  readonly base: string;
  readonly other: string;
}

export interface BreachChanges {
  /** Breaches of the other model that the base does not have (compared by rule and subject, not message). */
  readonly appeared: Breach[];
  /** Breaches of the base that the other model no longer has. */
  readonly disappeared: Breach[];
}

export interface Comparison {
  readonly baseName: string;
  readonly otherName: string;
  /** Changed price points only, in price-book order. */
  readonly pricePoints: PricePointChange[];
  /** Every other changed value (levels, channels, terms, ladders, guardrails, tiers, products, quote, mix…). */
  readonly settings: SettingChange[];
  /** Both models priced on one mix; null when there is none. */
  readonly mix: BookImpact | null;
  /** Each model's own quote; null when neither has lines. */
  readonly quote: BookImpact | null;
  /** Model and quote breaches. */
  readonly breaches: BreachChanges;
  /** The 'price-cliff' subset of `breaches`. */
  readonly cliffs: BreachChanges;
  /** An error-severity breach appeared. */
  readonly introducesErrors: boolean;
}

export interface ScenarioComparison {
  /** The base model on the mix; null when there is no mix. */
  readonly mix: BookFigures | null;
  /** The base model's quote; null when it has no lines. */
  readonly quote: BookFigures | null;
  /** The base model's breaches. */
  readonly breaches: readonly Breach[];
  readonly scenarios: { readonly scenario: Scenario; readonly model: Model; readonly comparison: Comparison }[];
}
