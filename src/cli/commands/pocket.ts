/**
 * A quote's pocket-price waterfall per party (the engine's quotePocket) as text and as JSON: each
 * element with its amount (signed: a discount is negative), the running total, what it is a share of,
 * when it is paid and who pays whom; a total ("= Vendor invoice") equals the running sum before it.
 */
import { type Decimal, toFixedString } from '../../engine/decimal';
import type { PartyWaterfall, PocketElement } from '../../engine/pocket';
import { formatMoney } from '../../engine/shapes/format';
import { textTable } from '../table';

const POCKET_HEADERS = ['Element', 'Amount', 'Running', 'Basis', 'Timing', 'Paid by → to'] as const;

const payment = (e: PocketElement): string => (e.paidBy === null ? '' : `${e.paidBy} → ${e.paidTo ?? '–'}`);

/** "Vendor: pocket price 588.00, pocket margin 468.00", then the elements as a table, indented. */
export function pocketLines(waterfalls: readonly PartyWaterfall[], minorUnits: number): string[] {
  const money = (d: Decimal): string => formatMoney(d, minorUnits);
  const out: string[] = [];
  for (const w of waterfalls) {
    out.push(`${w.party}: ${w.party === 'Customer' ? 'pays' : 'pocket price'} ${money(w.pocketPrice)}${w.pocketMargin === null ? '' : `, pocket margin ${money(w.pocketMargin)}`}`);
    const rows = w.elements.map((e) => [
      e.kind === 'total' ? `= ${e.label}` : e.label,
      e.kind === 'total' ? '' : money(e.amount),
      money(e.running),
      e.basis ?? '',
      e.timing ?? '',
      payment(e),
    ]);
    for (const l of textTable(POCKET_HEADERS, rows, 1, 3)) out.push(`  ${l}`);
  }
  return out;
}

export function pocketJson(waterfalls: readonly PartyWaterfall[]) {
  const text = (d: Decimal | null): string | null => (d === null ? null : toFixedString(d));
  return waterfalls.map((w) => ({
    party: w.party,
    pocketPrice: toFixedString(w.pocketPrice),
    pocketMargin: text(w.pocketMargin),
    elements: w.elements.map((e) => ({ label: e.label, kind: e.kind, amount: toFixedString(e.amount), running: toFixedString(e.running), basis: e.basis, timing: e.timing, paidBy: e.paidBy, paidTo: e.paidTo })),
  }));
}
