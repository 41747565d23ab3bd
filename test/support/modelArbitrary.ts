/**
 * Valid pricing models of every shape the model file allows, for differential tests across surfaces:
 * personas and tiers (some repeating another tier's persona and job), price books over 1–3 terms with term discounts, graduated and volume ladders on
 * products and on tiers, bundles priced by discount or at fixed prices, every channel kind, partner
 * levels with deal registration, rebates and MDF, both discount bases, both rounding modes, price
 * endings and steps, currencies with 0, 2 and 3 decimals, names in any script, and quotes of product
 * and bundle lines through every route with negotiated discounts near the guardrails' limits; 0–3
 * markets (EUR, JPY, GBP, BHD at random rates, factors, minor units, endings and steps, some entries
 * overridden), a price corridor or none, and sometimes a quote in one of the markets.
 *
 * Products come in every price shape (shapeArbitrary.ts): per unit, tiered by graduated, volume and
 * stairstep price ladders with flat fees, package, usage with included units, platform fee, with
 * minimum charges, and quotes with a minimum commitment. Half the models have a mix (mixArbitrary.ts).
 *
 * Bundle components are required or optional, some with min..max bounds; bundle lines may configure
 * them (units per bundle within the bounds, an optional one sometimes left out at 0, more units than the
 * default). Not generated: a fixed bundle configured below its default (its price could fall below
 * zero), and a discount bundle left with no units at all. Ids that differ only in case or hold `*`, `?`
 * or `~`, discounts that add up past 100% of list, and configurations out of bounds are refused by the
 * engine, so they are never part of a valid model.
 */
import fc from 'fast-check';
import { loadModel } from '../../src/engine/model/loadModel';
import type { ModelInput } from '../../src/engine/model/schema';
import { mixPicks, withMix } from './mixArbitrary';
import { shapePicks, withShapes } from './shapeArbitrary';

const rate = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: Math.round(max * 1000) }).map((n) => n / 1000);
const NAMES = ['Backup', 'Café Pro', 'Süß & Co', 'Datensicherung', 'バックアップ', 'Резерв', 'Plan "A"', "O'Brien", 'A+B', '50% off'];
const name = fc.constantFrom(...NAMES);

const CURRENCIES = [
  { code: 'USD', minorUnits: 2 },
  { code: 'JPY', minorUnits: 0 },
  { code: 'BHD', minorUnits: 3 },
] as const;

/** Decimals of the markets' currencies (ISO 4217). */
const CURRENCY_DECIMALS: Readonly<Record<string, number>> = { EUR: 2, JPY: 0, GBP: 2, BHD: 3 };

const TIERS = ['product', 'solution', 'enterprise'] as const;
/** The default personas' ids (the generated models keep the default personas). */
const PERSONAS = ['end-user', 'technical-manager', 'business-manager'] as const;
const JOBS = ['Back up my data', 'back up  MY data', 'Automate the team’s workflows', 'Comply with "policy" A+B', ''] as const;
const TERMS = [
  { id: 'monthly', months: 1 },
  { id: 'annual', months: 12 },
  { id: '2-year', months: 24 },
  { id: '3-year', months: 36 },
] as const;

/** A ladder's bands: 1–4, bounds rising, the last unbounded. */
const bandsArb = fc.array(fc.record({ step: fc.integer({ min: 1, max: 200 }), discount: rate(0.35) }), { minLength: 1, maxLength: 4 }).map((bs) => {
  let upTo = 0;
  return bs.map((b, i) => {
    upTo += b.step;
    return { upTo: i === bs.length - 1 ? null : upTo, discount: b.discount };
  });
});

interface GeneratedBundle {
  readonly pricing: { readonly kind: 'fixed' | 'discount' };
  readonly components: readonly { readonly sku: string; readonly quantity: number; readonly required: boolean; readonly min?: number; readonly max?: number }[];
}

/**
 * A bundle line's configuration within the bounds: units from min (1 for a required component, 0 for an
 * optional one) to max (default + 10 without one); a fixed bundle only adds units; a discount bundle
 * keeps at least one unit, so that it has a price.
 */
function configuration(bundle: GeneratedBundle, picks: readonly { component: number; pick: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of picks) {
    const c = bundle.components[p.component % bundle.components.length];
    if (c === undefined || out[c.sku] !== undefined) continue;
    let lo = Math.max(c.min ?? 0, c.required ? 1 : 0);
    if (bundle.pricing.kind === 'fixed') lo = Math.max(lo, c.quantity);
    const hi = Math.max(lo, c.max ?? c.quantity + 10);
    // Left out (when it may be), the least allowed, one more than the default, or any count in bounds.
    const mode = p.pick % 4;
    const any = lo + (Math.floor(p.pick / 4) % (hi - lo + 1));
    out[c.sku] = mode === 0 ? lo : mode === 1 ? Math.max(lo, Math.min(hi, c.quantity - 1)) : mode === 2 ? Math.min(hi, c.quantity + 1) : any;
  }
  // A bundle left with no units at all has no price to allocate: keep its components in.
  if (bundle.components.every((c) => (out[c.sku] ?? c.quantity) === 0)) for (const sku of Object.keys(out)) if (out[sku] === 0) delete out[sku];
  return out;
}

const generated: fc.Arbitrary<ModelInput> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    basis: fc.constantFrom('list' as const, 'compound' as const),
    mode: fc.constantFrom('halfAwayFromZero' as const, 'halfEven' as const),
    ending: fc.option(fc.record({ ending: fc.constantFrom(0, 0.99, 0.95), step: fc.constantFrom(1, 5) }), { nil: undefined }),
    modelName: name,
    terms: fc.subarray([...TERMS], { minLength: 1, maxLength: 3 }),
    termDiscounts: fc.array(rate(0.2), { minLength: 4, maxLength: 4 }),
    products: fc.integer({ min: 1, max: 5 }),
    productNames: fc.array(name, { minLength: 5, maxLength: 5 }),
    costs: fc.array(fc.integer({ min: 0, max: 400 }).map((c) => c / 100), { minLength: 5, maxLength: 5 }),
    prices: fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 60, maxLength: 60 }),
    ladders: fc.array(fc.record({ mode: fc.constantFrom('graduated' as const, 'volume' as const), bands: bandsArb }), { minLength: 0, maxLength: 2 }),
    productLadder: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 5, maxLength: 5 }),
    tierLadder: fc.integer({ min: -1, max: 1 }),
    // Defining personas and jobs drawn from small pools, so that tiers repeat one another's job, also
    // in another case or spacing (the New job column and the repeated-job warning).
    tierPersonas: fc.array(fc.subarray([...PERSONAS]), { minLength: 3, maxLength: 3 }),
    tierJobs: fc.array(fc.constantFrom(...JOBS), { minLength: 3, maxLength: 3 }),
    bundles: fc.array(
      fc.record({
        components: fc.array(
          fc.record({
            product: fc.nat(4),
            quantity: fc.integer({ min: 1, max: 5 }),
            optional: fc.boolean(),
            bounds: fc.option(fc.record({ below: fc.nat(2), above: fc.nat(20) }), { nil: undefined }),
          }),
          { minLength: 2, maxLength: 3 },
        ),
        fixed: fc.boolean(),
        discount: rate(0.3),
        tier: fc.constantFrom(...TIERS),
        fixedPrices: fc.array(fc.integer({ min: 1, max: 500_000 }), { minLength: 4, maxLength: 4 }),
      }),
      { minLength: 0, maxLength: 2 },
    ),
    levels: fc.array(
      fc.record({
        discount: rate(0.3),
        dealRegistration: rate(0.1),
        rebate: rate(0.05),
        mdf: rate(0.05),
        coop: fc.oneof(fc.constant(0), rate(0.03)),
        mdfCap: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: undefined }),
        rebateTiers: fc.option(fc.array(fc.record({ step: fc.integer({ min: 1, max: 200_000 }), rate: rate(0.05) }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    distributorDiscount: rate(0.1),
    funding: fc.array(fc.option(fc.constantFrom('vendor' as const, 'partner' as const, 'compound' as const), { nil: undefined }), { minLength: 3, maxLength: 3 }),
    partnerPurchases: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: undefined }),
    floor: rate(0.6),
    maxDiscount: rate(0.7),
    markets: fc.array(
      fc.record({
        currency: fc.constantFrom('EUR', 'JPY', 'GBP', 'BHD'),
        rate: fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 10_000),
        factor: fc.constantFrom(1, 1, 0.9, 1.1, 1.25),
        minorUnits: fc.option(fc.constantFrom(0, 2), { nil: undefined }),
        snap: fc.option(fc.record({ ending: fc.option(fc.constantFrom(0, 0.99, 0.95), { nil: undefined }), step: fc.option(fc.constantFrom(1, 5, 10, 100), { nil: undefined }) }), { nil: undefined }),
        overrides: fc.array(fc.record({ entry: fc.nat(1000), price: fc.integer({ min: 1, max: 2_000_000 }) }), { maxLength: 2 }),
      }),
      { minLength: 0, maxLength: 3 },
    ),
    corridor: fc.option(rate(0.3), { nil: undefined }),
    quoteMarket: fc.nat(5),
    lines: fc.array(
      fc.record({
        bundle: fc.boolean(),
        item: fc.nat(4),
        quantity: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5000 }).map((q) => q / 10)),
        term: fc.nat(3),
        tier: fc.constantFrom(...TIERS),
        channel: fc.nat(2),
        level: fc.nat(2),
        dealRegistration: fc.boolean(),
        discount: rate(0.25),
        specialBid: fc.oneof(fc.constant(0), fc.constant(0), rate(0.1)),
        funding: fc.option(fc.constantFrom('vendor' as const, 'partner' as const, 'compound' as const), { freq: 4, nil: undefined }),
        configure: fc.array(fc.record({ component: fc.nat(2), pick: fc.nat(1000) }), { maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 4 },
    ),
  })
  .map((g): ModelInput => {
    const mu = g.currency.minorUnits;
    const terms = g.terms;
    const skus = Array.from({ length: g.products }, (_, i) => `P-${i + 1}`);
    const ladders = g.ladders.map((l, i) => ({ id: `ladder-${i + 1}`, name: `Ladder ${i + 1}`, mode: l.mode, bands: l.bands }));
    const ladderOf = (k: number): string | undefined => (k >= 0 && k < ladders.length ? ladders[k]?.id : undefined);
    // Rebate tiers from 0 or above it, ascending; a level with tiers has no flat rebate.
    const levels = g.levels.map(({ rebateTiers, mdfCap, ...l }, i) => {
      const tiers = rebateTiers?.reduce<{ from: number; rate: number }[]>(
        (acc, t, k) => [...acc, { from: k === 0 ? (t.step % 2 === 0 ? 0 : t.step) : (acc[k - 1]?.from ?? 0) + t.step, rate: t.rate }],
        [],
      );
      return {
        id: `level-${i + 1}`,
        name: `Level ${i + 1}`,
        ...l,
        ...(tiers === undefined ? {} : { rebate: 0, rebateTiers: tiers }),
        ...(mdfCap === undefined ? {} : { mdfCap }),
      };
    });
    const funding = (k: number) => (g.funding[k] === undefined ? {} : { funding: g.funding[k] });
    const channels = [
      { id: 'direct', name: 'Direct', kind: 'direct' as const, ...funding(0) },
      { id: 'reseller', name: 'Reseller', kind: 'one-tier' as const, ...funding(1) },
      { id: 'distribution', name: 'Distribution', kind: 'two-tier' as const, distributorDiscount: g.distributorDiscount, ...funding(2) },
    ];
    const bundles = g.bundles.map((b, i) => {
      const components = [...new Map(b.components.filter((c) => c.product < skus.length).map((c) => [c.product, c])).values()].map((c) => ({
        sku: skus[c.product] as string,
        quantity: c.quantity,
        required: !c.optional,
        ...(c.bounds === undefined ? {} : { min: c.optional ? 0 : Math.max(1, c.quantity - c.bounds.below), max: c.quantity + c.bounds.above }),
      }));
      const pricing = b.fixed
        ? { kind: 'fixed' as const, prices: Object.fromEntries(terms.map((t, k) => [t.id, (b.fixedPrices[k] ?? 1) / 10 ** Math.min(mu, 2)])) }
        : { kind: 'discount' as const, discount: b.discount };
      return { id: `bundle-${i + 1}`, name: `Bundle ${i + 1}`, tier: b.tier, components: components.length > 0 ? components : [{ sku: skus[0] as string, quantity: 1, required: true }], pricing };
    });
    const lines = g.lines.map((l) => {
      const useBundle = l.bundle && bundles.length > 0;
      const channel = channels[l.channel % channels.length] ?? channels[0];
      const bundle = useBundle ? bundles[l.item % bundles.length] : undefined;
      const components = bundle === undefined ? {} : configuration(bundle, l.configure);
      return {
        item: bundle !== undefined ? { bundle: bundle.id } : { sku: skus[l.item % skus.length] as string },
        quantity: l.quantity,
        term: terms[l.term % terms.length]?.id as string,
        ...(useBundle ? {} : { tier: l.tier }),
        channel: channel?.id as string,
        ...(channel?.kind === 'direct' ? {} : { level: levels[l.level % levels.length]?.id as string, dealRegistration: l.dealRegistration }),
        discount: l.discount,
        ...(l.specialBid > 0 ? { specialBid: l.specialBid } : {}),
        ...(l.funding === undefined ? {} : { funding: l.funding }),
        ...(Object.keys(components).length > 0 ? { components } : {}),
      };
    });
    const prices = skus.flatMap((sku, i) => TIERS.flatMap((tier, t) => terms.map((term, k) => ({ sku, tier, term: term.id, listPrice: (g.prices[(i * 12 + t * 4 + k) % 60] ?? 1) / 10 ** Math.min(mu, 2) }))));
    const markets = g.markets.map((m, i) => {
      const decimals = m.minorUnits ?? CURRENCY_DECIMALS[m.currency] ?? 2;
      const entries = new Map(m.overrides.map((o) => [o.entry % prices.length, o.price / 10 ** decimals]));
      return {
        id: `m-${i + 1}`,
        name: `Market ${i + 1}`,
        currency: m.currency,
        rate: m.rate,
        factor: m.factor,
        ...(m.minorUnits === undefined ? {} : { minorUnits: m.minorUnits }),
        ...(m.snap?.ending === undefined ? {} : { ending: m.snap.ending }),
        ...(m.snap?.step === undefined ? {} : { step: m.snap.step }),
        overrides: [...entries].map(([k, listPrice]) => ({ sku: prices[k]?.sku as string, tier: prices[k]?.tier as string, term: prices[k]?.term as string, listPrice })),
      };
    });
    const quoteMarket = markets[g.quoteMarket]?.id;
    return {
      name: g.modelName,
      currency: g.currency.code,
      rounding: { mode: g.mode, ...(g.ending ? { ending: g.ending.ending, step: g.ending.step } : {}) },
      discountBasis: g.basis,
      terms: terms.map((t, k) => ({ id: t.id, name: t.id, months: t.months, discount: k === 0 ? 0 : (g.termDiscounts[k] ?? 0) })),
      tiers: TIERS.map((id, k) => ({ id, name: id, personas: g.tierPersonas[k] ?? [], job: g.tierJobs[k] ?? '', ...(k === 1 && ladderOf(g.tierLadder) !== undefined ? { ladder: ladderOf(g.tierLadder) } : {}) })),
      products: skus.map((sku, i) => ({ sku, name: g.productNames[i] ?? sku, unitCost: g.costs[i] ?? 0, ...(ladderOf(g.productLadder[i] ?? -1) !== undefined ? { ladder: ladderOf(g.productLadder[i] ?? -1) } : {}) })),
      prices,
      ladders,
      bundles,
      levels,
      channels,
      markets,
      guardrails: { vendorMarginFloor: g.floor, maxCustomerDiscount: g.maxDiscount, channelConflict: true, risingUnitPrice: true, ...(g.corridor === undefined ? {} : { priceCorridor: g.corridor }) },
      quote: {
        customer: g.modelName,
        lines,
        ...(quoteMarket === undefined ? {} : { market: quoteMarket }),
        ...(g.partnerPurchases === undefined ? {} : { partnerPurchases: g.partnerPurchases }),
      },
    };
  });

/** Only models the engine accepts (discounts that together pass 100% of list are refused; they are rare here). */
export const modelArbitrary: fc.Arbitrary<ModelInput> = fc
  .tuple(generated, shapePicks, mixPicks)
  .map(([model, picks, mix]) => withMix(withShapes(model, picks, CURRENCIES.find((c) => c.code === model.currency)?.minorUnits ?? 2), mix))
  .filter((input) => loadModel(input).ok);
