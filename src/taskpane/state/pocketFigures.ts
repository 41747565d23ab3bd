/**
 * What the Quote panel's Pocket price section shows, from the engine's `quotePocket(priceQuote(…))`:
 * each party's pocket-price waterfall for the whole quote, element by element (list, basis, timing, who
 * pays whom), elements of 0 left out, and each party's pocket price and pocket margin. Nothing is
 * recomputed here: the amounts are the engine's, only formatted by the panel.
 */
import { isZero, priceQuote, quoteModel, quotePocket, toNumber, type PocketElement } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { failed, type Figures } from './pricing';

export interface PocketRow {
  readonly label: string;
  readonly amount: number;
  readonly basis: string;
  readonly timing: string;
  /** "Reseller → Customer", "Vendor", or "" for a total or the list price. */
  readonly paid: string;
  /** A subtotal (Vendor invoice, Pocket price, …), shown in bold. */
  readonly total: boolean;
}

export interface PartyPocket {
  readonly party: string;
  readonly rows: readonly PocketRow[];
  readonly pocketPrice: number;
  readonly pocketMargin: number | null;
  /** The vendor's pocket margin as a share of its pocket price (the engine's vendor margin rate); null for the other parties. */
  readonly marginRate: number | null;
}

export interface QuotePocket {
  readonly parties: readonly PartyPocket[];
  readonly currency: string;
  readonly minorUnits: number;
}

const BASIS: Readonly<Record<string, string>> = { list: 'list', invoice: 'invoice', cost: 'cost' };
const TIMING: Readonly<Record<string, string>> = { 'on-invoice': 'on invoice', accrued: 'accrued', claimed: 'claimed' };

function paid(e: PocketElement): string {
  if (e.kind === 'total' || e.paidBy === null) return '';
  return e.paidTo === null ? e.paidBy : `${e.paidBy} → ${e.paidTo}`;
}

/** An element as a row, or null for a step of 0 (a discount or fund the quote does not have). */
function pocketRow(e: PocketElement): PocketRow | null {
  if (e.kind === 'step' && isZero(e.amount)) return null;
  return { label: e.label, amount: toNumber(e.amount), basis: e.basis === null ? '' : BASIS[e.basis] ?? e.basis, timing: e.timing === null ? '' : TIMING[e.timing] ?? e.timing, paid: paid(e), total: e.kind === 'total' };
}

export function pocketFigures(model: Model): Figures<QuotePocket> {
  try {
    const result = priceQuote(model);
    const priced = quoteModel(model);
    const parties = quotePocket(result).map((w) => ({
      party: w.party,
      rows: w.elements.map(pocketRow).filter((r): r is PocketRow => r !== null),
      pocketPrice: toNumber(w.pocketPrice),
      pocketMargin: w.pocketMargin === null ? null : toNumber(w.pocketMargin),
      marginRate: w.party === 'Vendor' && result.totals.vendorMargin.rate !== null ? toNumber(result.totals.vendorMargin.rate) : null,
    }));
    return { ok: true, value: { parties, currency: priced.currency, minorUnits: priced.rounding.minorUnits } };
  } catch (error) {
    return failed(error);
  }
}
