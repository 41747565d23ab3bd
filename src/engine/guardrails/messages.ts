import { type Decimal, toFixedString } from '../decimal';

const money = (d: Decimal): string => toFixedString(d);
/** 0.6355681032 → 63.56% */
export const percent = (rate: Decimal | number): string => {
  const n = typeof rate === 'number' ? rate : Number(toFixedString(rate));
  return `${Math.round(n * 10000) / 100}%`;
};

export const guardrailMessages = {
  marginFloor: (what: string, rate: Decimal | null, floor: number, net: Decimal, cost: Decimal) =>
    `${what}: vendor margin ${rate === null ? 'n/a' : percent(rate)} is below the floor of ${percent(floor)} (vendor net ${money(net)}, cost ${money(cost)})`,
  maxDiscount: (what: string, rate: Decimal | number, max: number) =>
    `${what}: customer discount ${percent(rate)} off list exceeds the maximum of ${percent(max)}`,
  partnerMargin: (what: string, customer: Decimal, resellerBuy: Decimal) =>
    `${what}: the reseller sells at ${money(customer)}, below its buy price of ${money(resellerBuy)}: under partner funding the customer's discount comes out of the reseller's margin, and it exceeds the reseller's discount`,
  channelConflict: (what: string, direct: Decimal, partner: Decimal, via: string) =>
    `${what}: direct customer price ${money(direct)} is below ${money(partner)}, the least a partner's customer pays for the same line (${via})`,
  risingUnitPrice: (ladder: string, band: number, before: number, after: number, mode: string) =>
    `ladder "${ladder}": band ${band} gives ${percent(after)} off, less than the ${percent(before)} of band ${band - 1}, so the ${mode === 'volume' ? 'unit' : 'marginal unit'} price rises with quantity`,
  priceCliff: (ladder: string, above: number, bandAbove: number, totalAbove: string, boundary: number, band: number, totalAt: string, list: string, where: string) =>
    `ladder "${ladder}": ${above} units (band ${bandAbove}) cost ${totalAbove} in total, less than ${totalAt} for ${boundary} units (band ${band}), at a list price of ${list}${where === '' ? '' : ` (${where})`}: buying more costs less`,
  repeatedJob: (tier: string, earlier: string, persona: string, job: string) =>
    `tier "${tier}" serves the same persona ("${persona}") and job ("${job.trim()}") as tier "${earlier}": more features, not a new job`,
  unpriceable: (what: string, reason: string) => `${what}: cannot be priced: ${reason}`,
};
