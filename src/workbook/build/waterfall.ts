/**
 * The price waterfall of one line as formulas (shared semantics; see the engine's exactCore and partyPrices):
 *   extended list = P × Q; after volume = ext − P × W(Q); after term = − ext × t (list basis) or × (1 − t)
 *   (compound); customer = − ext × n − ext × s or × (1 − n) × (1 − s) (s: the special bid); the buy
 *   prices by the line's funding (its own, else its channel's, else the model's; priceChain.ts buyChain);
 *   vendor invoice = the direct buyer's price; rebate, MDF, co-op = rates (programme.ts, by the partner's
 *   purchases) × invoice (rounded); vendor net = invoice − rebate − MDF − co-op (its pocket price);
 *   reseller margin = customer − reseller buy + rebate + MDF + co-op; cost = unit cost per month × term
 *   months × quantity.
 * Each reported price is rounded once from the exact chain (the buy prices start from the unrounded
 * customer price, as the engine does); margins are differences of rounded prices.
 */
import type { Model } from '../../engine/model/schema';
import { col } from './cells';
import { type BandRefs, weightedUnits } from './ladderFormulas';
import { bundleCostLookup, bundlePriceLookup, listPriceLookup, termDiscountLookup, termMonthsLookup, unitCostLookup } from './lookups';
import { type LineHelpers, lineHelpers } from './lineHelpers';
import type { PriceBookRefs } from './priceBook';
import type { LineFigures } from './lineFigures';
import type { TableColumnSpec } from '../spec';
import { buyChain, customerChain, defaultFunding, refusedBelowZero } from './priceChain';
import { type ProgrammeRefs, programmeRateFormulas } from './programme';
import { roundMoneyFormula } from './rounding';
import type { PriceBandRefs } from './priceLadders';
import { chargeBeforeMinimum, chargeWithMinimum, entryRow, shapeLookup, unitsCharged } from './shapeFormulas';

/** Qualified ranges the waterfall looks things up in. */
export interface WaterfallRefs extends ProgrammeRefs {
  readonly pb: PriceBookRefs;
  readonly bands: BandRefs;
  readonly priceBands: PriceBandRefs;
  readonly tierIds: string;
  readonly tierLadders: string;
  readonly bundleIds: string;
  readonly bundleTiers: string;
  readonly allocBundle: string;
  readonly allocTerm: string;
  readonly allocPrice: string;
  readonly allocStandalone: string;
  readonly compBundle: string;
  readonly compQuantity: string;
  readonly compCost: string;
  readonly bundlePricing: string;
  readonly bundleDiscount: string;
  readonly fixedBundle: string;
  readonly fixedTerm: string;
  readonly fixedPrice: string;
  readonly channelIds: string;
  readonly channelKinds: string;
  readonly channelDistributor: string;
  /** Each channel's Funding (blank: the model's). */
  readonly channelFunding: string;
  readonly levelDiscount: string;
  readonly levelDealRegistration: string;
  /** Level discount + deal registration, per level. */
  readonly levelRegistered: string;
}

/** The line's inputs as expressions (cell references or literals). */
export interface LineCells {
  readonly item: string;
  readonly quantity: string;
  readonly term: string;
  readonly tier: string;
  readonly channel: string;
  readonly level: string;
  readonly dealRegistration: string;
  readonly discount: string;
  /** A Quote line's special bid (a number) and Funding cell (blank: the channel's); none on the Channels sheet. */
  readonly specialBid?: string;
  readonly funding?: string;
  /** A Quote line's bundle configuration (see quoteConfigurations.ts); none on the Channels sheet. */
  readonly configuration?: LineConfiguration;
  /**
   * A line whose item is a per-unit product or a bundle when the workbook is built (a Channels sheet
   * row): its shape columns are constants and its list P × Q, which keeps big sheets small. Absent (a
   * Quote line, whose item is typed in): every shape, live.
   */
  readonly perUnit?: boolean;
  /** Cells holding the expressions the formulas repeat (lineHelpers.ts); absent: written inline. */
  readonly helpers?: LineHelpers;
}

/** Expressions over a line's configuration rows. */
export interface LineConfiguration {
  /** How many configuration rows the line has. */
  readonly rows: string;
  /** How many of them are in bounds (a component of the line's bundle, within min..max, a required one not 0, listed once). */
  readonly inBounds: string;
  /** Σ (configured − default units) × the component's list price in the bundle's tier for the line's term. */
  readonly listChange: string;
  /** Σ (configured − default units) × the component's unit cost per month. */
  readonly costChange: string;
}

export const WATERFALL_COLUMNS = [
  'Kind', 'Shape', 'Tier used', 'Units charged', 'Charge before minimum', 'List (exact)', 'List unit price', 'Extended list', 'True-up', 'Rate-weighted units', 'After volume', 'After term', 'Before ending (exact)', 'Published (exact)',
  'Customer price', 'Special bid discount', 'Customer discount', 'Funding used', 'Reseller buy', 'Distributor buy', 'Vendor invoice', 'Rebate rate', 'MDF rate', 'Co-op rate',
  'Rebate', 'MDF', 'Co-op', 'Vendor net', 'Reseller margin',
  'Distributor margin', 'Cost', 'Vendor margin', 'Vendor margin %', 'Partner floor',
] as const;
export type WaterfallColumn = (typeof WATERFALL_COLUMNS)[number];

const TEXT_COLUMNS: ReadonlySet<WaterfallColumn> = new Set<WaterfallColumn>(['Kind', 'Tier used', 'Shape', 'Funding used']);
const PERCENT_COLUMNS: ReadonlySet<WaterfallColumn> = new Set<WaterfallColumn>(['Vendor margin %', 'Customer discount', 'Rebate rate', 'MDF rate', 'Co-op rate']);

export function waterfallColumns(): TableColumnSpec[] {
  return WATERFALL_COLUMNS.map((h) =>
    col(h, TEXT_COLUMNS.has(h) ? 'text' : h === 'Rate-weighted units' || h === 'Units charged' ? 'number' : PERCENT_COLUMNS.has(h) ? 'percent' : 'money', 'formula'),
  );
}

/** The engine's figure for each waterfall column ('' where the party is absent). */
export function waterfallResults(f: LineFigures): Record<WaterfallColumn, number | string> {
  const orBlank = (v: number | null): number | string => (v === null ? '' : v);
  return {
    Kind: f.kind,
    Shape: f.shape,
    'Tier used': f.tier,
    'Units charged': f.unitsCharged ?? '',
    'Charge before minimum': f.chargeBeforeMinimum ?? '',
    'List (exact)': f.exactList,
    'List unit price': f.listUnitPrice,
    'Extended list': f.extendedList,
    'True-up': f.trueUp,
    'Rate-weighted units': f.weightedUnits,
    'After volume': f.afterVolume,
    'After term': f.afterTerm,
    'Before ending (exact)': f.beforeEnding,
    'Published (exact)': f.published,
    'Customer price': f.customerPrice,
    'Special bid discount': f.specialBidDiscount,
    'Customer discount': f.customerDiscount,
    'Funding used': f.funding,
    'Reseller buy': orBlank(f.resellerBuy),
    'Distributor buy': orBlank(f.distributorBuy),
    'Vendor invoice': f.vendorInvoice,
    'Rebate rate': f.rates.rebate,
    'MDF rate': f.rates.mdf,
    'Co-op rate': f.rates.coop,
    Rebate: f.rebate,
    MDF: f.mdf,
    'Co-op': f.coop,
    'Vendor net': f.vendorNet,
    'Reseller margin': orBlank(f.resellerMargin),
    'Distributor margin': orBlank(f.distributorMargin),
    Cost: f.cost,
    'Vendor margin': f.vendorMargin,
    'Vendor margin %': f.vendorMarginRate ?? '',
    'Partner floor': f.partnerFloor ?? '',
  };
}

/**
 * Formula text (with '=') of each waterfall column, given the line's input expressions and `at(column)`,
 * the address of a waterfall column in the same row. `guard`, when given, blanks the row while it is empty.
 */
export function waterfallFormulas(model: Model, r: WaterfallRefs, line: LineCells, at: (c: WaterfallColumn) => string, guard?: string): Record<WaterfallColumn, string> {
  const round = (e: string, digits?: number): string => roundMoneyFormula(model, e, digits);
  const kind = at('Kind');
  const tier = at('Tier used');
  const P = at('List unit price');
  const Q = line.quantity;
  // A shaped line's list is its charge (Charge column, exact); a per-unit line's P × Q. Exact; the column shows it rounded.
  const shape = at('Shape');
  const perUnit = line.perUnit === true;
  const shaped = perUnit ? 'FALSE' : `(${shape}<>"per-unit")`;
  // The extended list, exact: its own column, so that every step of the chain names one cell.
  const ext = at('List (exact)');
  const row = entryRow(r.pb, line.item, tier, line.term);
  const raw = at('Charge before minimum');
  const W = at('Rate-weighted units');
  const { channelKind: chKind, resellerRate, distributorRate, ladder } = line.helpers ?? lineHelpers(r, line, at);
  const term = termDiscountLookup(r.pb, line.term);
  const months = termMonthsLookup(r.pb, line.term);
  const { afterVolume, afterTerm, beforeEndingFor, customerOf, publishedFor } = customerChain(model, P, Q, W, term, perUnit ? undefined : { ext, when: shaped });
  const bid = line.specialBid ?? '0';
  // The customer price before any ending stands in its own column, so that the buy prices name it once.
  const beforeEnding = at('Before ending (exact)');
  const customer = customerOf(beforeEnding);
  const refused = (exact: string, shown: string): string => refusedBelowZero(model, exact, shown);
  // A buy price below 0 is refused under any funding (the engine's negativeBuyPrice).
  const refusedBuy = (exact: string, shown: string): string => `IF(${exact}<0,NA(),${shown})`;
  // The funding the buy prices follow: the line's, else its channel's, else the model's.
  const chFunding = `INDEX(${r.channelFunding},MATCH(${line.channel},${r.channelIds},0))&""`;
  const fallback = `IF(${chFunding}<>"",${chFunding},"${defaultFunding(model)}")`;
  const fundingUsed = line.funding === undefined ? fallback : `IF(${line.funding}&""<>"",${line.funding}&"",${fallback})`;
  const F = at('Funding used');
  const rates = programmeRateFormulas(r, line.level);
  // Channel conflict: the least a partner's customer can be charged for a direct line, i.e. the lowest
  // reseller buy over every partner route, deal registered, without a negotiated discount (the line's
  // special bid kept), under each funding a partner channel has (the line's own, when it names one).
  const bestRate = `MAX(${r.levelRegistered})`;
  const partnerRoutes = `COUNTIF(${r.channelKinds},"<>direct")*COUNT(${r.levelRegistered})`;
  // Without a negotiated discount, the price before ending is the published price (its own column).
  const published = at('Published (exact)');
  const floorOf: Record<'vendor' | 'partner' | 'compound', string> = {
    vendor: `${customerOf(published)}-${ext}*${bestRate}`,
    partner: `${published}-${ext}*${bestRate}`,
    compound: `${customerOf(published)}*(1-${bestRate})`,
  };
  const withFunding = (f: string): string => {
    const fundings = `(${r.channelFunding}&"")`;
    const channelsWith = `SUMPRODUCT((${r.channelKinds}<>"direct")*((${fundings}="${f}")${f === defaultFunding(model) ? `+(${fundings}="")` : ''}))>0`;
    return line.funding === undefined ? channelsWith : `IF(${line.funding}&""<>"",${line.funding}&""="${f}",${channelsWith})`;
  };
  const floorExact = `MIN(${(['vendor', 'partner', 'compound'] as const).map((f) => `IF(${withFunding(f)},${refusedBuy(floorOf[f], round(floorOf[f]))},9E+307)`).join(',')})`;
  const { reseller: resellerExact, distributor: distributorExact } = buyChain(F, customer, published, ext, resellerRate, distributorRate);
  const bundlePrice = bundlePriceLookup(r, line.item, line.term);
  // A configured bundle (engine's bundlePrice): a discount bundle from the configured quantities, a fixed
  // bundle's price plus the list price of the units added or removed; a configuration the engine refuses
  // (out of bounds, or on a product line) makes the line's figures #N/A.
  const cfg = line.configuration;
  const refusedConfiguration = cfg === undefined ? '' : `OR(${kind}<>"bundle",${cfg.inBounds}<${cfg.rows})`;
  const byBundle = (range: string): string => `INDEX(${range},MATCH(${line.item},${r.bundleIds},0))`;
  const sold = `COUNTIFS(${r.allocBundle},${line.item},${r.allocTerm},${line.term})`;
  const configuredPrice =
    cfg === undefined
      ? ''
      : `IF(${byBundle(r.bundlePricing)}="fixed",${round(`SUMIFS(${r.fixedPrice},${r.fixedBundle},${line.item},${r.fixedTerm},${line.term})+${cfg.listChange}`)},` +
        `${round(`(SUMIFS(${r.allocStandalone},${r.allocBundle},${line.item},${r.allocTerm},${line.term})+${cfg.listChange})*(1-${byBundle(r.bundleDiscount)})`)})`;
  const listUnitPrice = (plain: string): string =>
    cfg === undefined ? plain : `IF(${cfg.rows}=0,${plain},IF(OR(${refusedConfiguration},${sold}=0),NA(),${configuredPrice}))`;
  const configuredCost = (plain: string): string => (cfg === undefined ? plain : `IF(${cfg.rows}=0,${plain},IF(${refusedConfiguration},NA(),${plain}+${cfg.costChange}))`);
  const invoice = at('Vendor invoice');
  const unitCost = configuredCost(`IF(${kind}="bundle",${bundleCostLookup(r, line.item)},${unitCostLookup(r.pb, line.item)})`);
  const listLookup = listUnitPrice(`IF(${kind}="bundle",${bundlePrice},${listPriceLookup(r.pb, line.item, tier, line.term)})`);
  type ShapeColumn = 'Shape' | 'Tier used' | 'Units charged' | 'Charge before minimum' | 'List (exact)' | 'List unit price' | 'Extended list' | 'True-up';
  const shapeColumns: Record<ShapeColumn, string> = perUnit
    ? {
        Shape: '"per-unit"',
        'Tier used': `IF(${kind}="bundle",INDEX(${r.bundleTiers},MATCH(${line.item},${r.bundleIds},0)),${line.tier})`,
        'Units charged': '""',
        'Charge before minimum': '""',
        'List (exact)': `${P}*${Q}`,
        'List unit price': listLookup,
        'Extended list': round(ext),
        'True-up': '0',
      }
    : {
        Shape: `IF(${kind}="bundle","per-unit",${shapeLookup(r.pb, line.item)})`,
        'Tier used': `IF(${kind}="bundle",INDEX(${r.bundleTiers},MATCH(${line.item},${r.bundleIds},0)),${line.tier})`,
        'Units charged': `IF(${shaped},${unitsCharged(r.pb, row, Q)},"")`,
        'Charge before minimum': `IF(${shaped},${chargeBeforeMinimum(r.pb, r.priceBands, row, shape, at('Units charged'))},"")`,
        'List (exact)': `IF(${shaped},${chargeWithMinimum(r.pb, row, raw)},${P}*${Q})`,
        'List unit price': `IF(${shaped},${round(`${chargeWithMinimum(r.pb, row, raw)}/${Q}`)},${listLookup})`,
        'Extended list': round(ext),
        // As the engine: the List less the charge before the minimum, each rounded.
        'True-up': `IF(${shaped},${at('Extended list')}-${round(raw)},0)`,
      };
  const f: Record<WaterfallColumn, string> = {
    Kind: `IF(ISNUMBER(MATCH(${line.item},${r.bundleIds},0)),"bundle","product")`,
    ...shapeColumns,
    'Rate-weighted units': perUnit ? weightedUnits(r.bands, Q, ladder) : `IF(${shaped},0,${weightedUnits(r.bands, Q, ladder)})`,
    'After volume': round(afterVolume),
    'After term': refused(afterTerm, round(afterTerm)),
    // Past 100% of list (refused by the engine) it is #N/A, as every price after it.
    'Before ending (exact)': refused(beforeEndingFor(line.discount, bid), beforeEndingFor(line.discount, bid)),
    'Published (exact)': refused(publishedFor(bid), publishedFor(bid)),
    'Customer price': refused(beforeEnding, round(customer)),
    // What the special bid took off: the price before ending without it, rounded, less with it.
    'Special bid discount': bid === '0' ? '0' : `IF(N(${bid})=0,0,${round(beforeEndingFor(line.discount))}-${round(beforeEnding)})`,
    'Customer discount': `IF(${at('Extended list')}=0,0,1-${at('Customer price')}/${at('Extended list')})`,
    'Funding used': fundingUsed,
    'Reseller buy': `IF(${chKind}="direct","",${refusedBuy(resellerExact, round(resellerExact))})`,
    'Distributor buy': `IF(${chKind}="two-tier",${refusedBuy(distributorExact, round(distributorExact))},"")`,
    'Vendor invoice': `IF(${chKind}="two-tier",${at('Distributor buy')},IF(${chKind}="one-tier",${at('Reseller buy')},${at('Customer price')}))`,
    'Rebate rate': `IF(${chKind}="direct",0,${rates.rebate})`,
    'MDF rate': `IF(${chKind}="direct",0,${rates.mdf})`,
    'Co-op rate': `IF(${chKind}="direct",0,${rates.coop})`,
    Rebate: round(`${invoice}*${at('Rebate rate')}`),
    MDF: round(`${invoice}*${at('MDF rate')}`),
    'Co-op': round(`${invoice}*${at('Co-op rate')}`),
    'Vendor net': `${invoice}-${at('Rebate')}-${at('MDF')}-${at('Co-op')}`,
    'Reseller margin': `IF(${chKind}="direct","",${at('Customer price')}-${at('Reseller buy')}+${at('Rebate')}+${at('MDF')}+${at('Co-op')})`,
    'Distributor margin': `IF(${chKind}="two-tier",${at('Reseller buy')}-${at('Distributor buy')},"")`,
    Cost: round(`${unitCost}*${months}*${Q}`),
    'Vendor margin': `${at('Vendor net')}-${at('Cost')}`,
    'Vendor margin %': `IF(${at('Vendor net')}=0,"",${at('Vendor margin')}/${at('Vendor net')})`,
    'Partner floor': `IF(AND(${chKind}="direct",${partnerRoutes}>0),${floorExact},"")`,
  };
  const out = {} as Record<WaterfallColumn, string>;
  for (const c of WATERFALL_COLUMNS) out[c] = guard === undefined ? `=${f[c]}` : `=IF(${guard}="","",${f[c]})`;
  return out;
}
