/**
 * A quote's pocket-price waterfall per party: each party's elements summed over the lines it takes part
 * in (a direct line has no reseller), element by element; a minimum commitment's true-up is billed by
 * the vendor to the customer, so it raises the customer price, the vendor invoice and the pocket price.
 */
import { type Decimal, ZERO, add, isZero } from '../decimal';
import type { Party } from '../channel/channelWaterfall';
import type { QuoteResult } from '../quote/types';
import { type PartyWaterfall, type PocketElement, pocketWaterfalls } from './pocketWaterfall';

const PARTIES: readonly Party[] = ['Customer', 'Reseller', 'Distributor', 'Vendor'];

/** Element-by-element sums of waterfalls of one party (each party's waterfall has the same rows on every line); a payer or payee that differs between lines is left blank (null). */
function summed(party: Party, waterfalls: readonly PartyWaterfall[]): PartyWaterfall {
  const order: string[] = [];
  const byLabel = new Map<string, PocketElement>();
  for (const w of waterfalls) {
    for (const e of w.elements) {
      const seen = byLabel.get(e.label);
      if (seen === undefined) {
        order.push(e.label);
        byLabel.set(e.label, e);
      } else {
        byLabel.set(e.label, { ...seen, amount: add(seen.amount, e.amount), running: add(seen.running, e.running), paidBy: seen.paidBy === e.paidBy ? seen.paidBy : null, paidTo: seen.paidTo === e.paidTo ? seen.paidTo : null });
      }
    }
  }
  const margins = waterfalls.map((w) => w.pocketMargin);
  return {
    party,
    elements: order.map((label) => byLabel.get(label) as PocketElement),
    pocketPrice: waterfalls.reduce((acc, w) => add(acc, w.pocketPrice), ZERO),
    pocketMargin: margins.every((m) => m === null) ? null : margins.reduce<Decimal>((acc, m) => (m === null ? acc : add(acc, m)), ZERO),
  };
}

/** Adds the quote's true-up before `total` (and to every running sum from there on). */
function withTrueUp(w: PartyWaterfall, trueUp: Decimal, before: string, paidTo: Party): PartyWaterfall {
  const at = w.elements.findIndex((e) => e.label === before);
  if (at < 0) return w;
  const previous = w.elements[at - 1]?.running ?? ZERO;
  const step: PocketElement = { label: 'Commitment true-up', kind: 'step', amount: trueUp, running: add(previous, trueUp), basis: 'invoice', timing: 'on-invoice', paidBy: 'Customer', paidTo };
  const after = w.elements.slice(at).map((e) => ({ ...e, amount: e.kind === 'total' ? add(e.amount, trueUp) : e.amount, running: add(e.running, trueUp) }));
  return { ...w, elements: [...w.elements.slice(0, at), step, ...after], pocketPrice: add(w.pocketPrice, trueUp), pocketMargin: w.pocketMargin === null ? null : add(w.pocketMargin, trueUp) };
}

export function quotePocket(result: QuoteResult): PartyWaterfall[] {
  const perLine = result.lines.map(pocketWaterfalls);
  const out: PartyWaterfall[] = [];
  for (const party of PARTIES) {
    const of = perLine.flatMap((ws) => ws.filter((w) => w.party === party));
    if (of.length === 0) continue;
    out.push(summed(party, of));
  }
  const trueUp = result.totals.trueUp;
  if (isZero(trueUp)) return out;
  return out.map((w) => (w.party === 'Customer' ? withTrueUp(w, trueUp, 'Customer price', 'Vendor') : w.party === 'Vendor' ? withTrueUp(w, trueUp, 'Vendor invoice', 'Vendor') : w));
}
