/**
 * Read-back: the edited input tables (plain value grids, as either renderer reads them) and the model
 * stored in the workbook → the updated model as written (ModelInput). Pure.
 *
 * Each input table replaces its part of the model as a whole (rows added or deleted by the user count);
 * a table that is missing leaves its part as stored; fields no table shows are kept from the stored model.
 * Every bad cell is reported at once, each message naming sheet, cell and value
 * ("Price book!D7: 'abc' is not a price").
 */
import type { ModelInput } from '../../engine/model/schema';
import { uniqueHeaders } from '../build/context';
import { DISTRIBUTIONS, PERSONA_KINDS, SALES_MOTIONS, VALUE_METRICS } from '../build/packaging';
import { GUARDRAIL_SETTINGS } from '../build/guardrailCells';
import { type GridValue, rowsOf, type TableGrid } from './cells';
import { readLevels } from './readLevels';
import { readMarkets } from './readMarkets';
import { FUNDINGS } from '../build/partners';
import { readMix } from './readMix';
import { readApprovals } from './readApprovals';
import { readQuote } from './readQuote';
import { readQuoteDetails } from './readQuoteDetails';
import { readScenarios } from './readScenarios';
import { readShapes } from './readShapes';
import { readMessages as m } from './messages';

type Input = ModelInput;
type Section<K extends keyof Input> = NonNullable<Input[K]>;

export class ReadBackError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join('\n'));
    this.name = 'ReadBackError';
  }
}

export interface ReadBackInput {
  /** The model stored in the workbook (the model sheet's JSON). */
  readonly stored: ModelInput;
  /** Input tables by Excel table name. */
  readonly tables: ReadonlyMap<string, TableGrid>;
  /** The Quote sheet's customer cell, when read. */
  readonly customer?: GridValue;
  /** The Quote sheet's Partner purchases cell and its name ("Quote!D3"), when read. */
  readonly partnerPurchases?: { readonly value: GridValue; readonly where: string };
  /** The Scenarios sheet's selector (a scenario's name, or Base) and its name ("Scenarios!B3"), when read. */
  readonly scenario?: { readonly value: GridValue; readonly where: string };
}

const defined = <T>(v: T | undefined): v is T => v !== undefined;

/** A product's shape as read: the stored one without a Shape column; per-unit only where it was written. */
function shapeOf(read: string | undefined, stored: string | undefined): { shape?: string } {
  if (read === undefined) return stored === undefined ? {} : { shape: stored };
  return read === 'per-unit' && stored === undefined ? {} : { shape: read };
}

export function readBack(input: ReadBackInput): ModelInput {
  const { stored, tables } = input;
  const issues: string[] = [];
  const out: Record<string, unknown> = { ...stored };
  const table = (name: string, required: readonly string[]) => {
    const grid = tables.get(name);
    return grid === undefined ? undefined : rowsOf(grid, name, required, issues);
  };

  const personas = table('Personas', ['Persona', 'Name']);
  if (personas) {
    out.personas = personas.map((r) => ({
      id: r.id('Persona', 'persona id'),
      name: r.id('Name', 'persona name'),
      role: r.text('Role') ?? '',
      job: r.text('Job') ?? '',
      kind: r.oneOf('Kind', PERSONA_KINDS),
    })) as Section<'personas'>;
  }
  const tiers = table('Tiers', ['Tier', 'Name']);
  if (tiers) {
    out.tiers = tiers.map((r) => {
      const ladder = r.text('Ladder')?.trim();
      return {
        id: r.id('Tier', 'tier id'),
        name: r.id('Name', 'tier name'),
        personas: (r.text('Personas') ?? '').split(',').map((p) => p.trim()).filter((p) => p !== ''),
        job: r.text('Job') ?? '',
        salesMotion: r.oneOf('Sales motion', SALES_MOTIONS),
        distribution: r.oneOf('Distribution', DISTRIBUTIONS),
        valueMetric: r.oneOf('Value metric', VALUE_METRICS),
        ...(ladder ? { ladder } : {}),
      };
    }) as Section<'tiers'>;
  }
  const terms = table('Terms', ['Term', 'Name', 'Months', 'Term discount']);
  if (terms) {
    out.terms = terms.map((r) => ({ id: r.id('Term', 'term id'), name: r.id('Name', 'term name'), months: r.whole('Months'), discount: r.share('Term discount', 0) })) as Section<'terms'>;
  }
  const products = table('Products', ['SKU', 'Name']);
  if (products) {
    const before = new Map((stored.products ?? []).map((p) => [p.sku, p]));
    out.products = products.map((r) => {
      const sku = r.id('SKU', 'SKU');
      const ladder = r.text('Ladder')?.trim();
      return {
        ...(sku !== undefined ? before.get(sku) : {}),
        sku,
        name: r.id('Name', 'product name'),
        family: r.text('Family') ?? '',
        unit: (r.has('Value metric (unit)') ? r.text('Value metric (unit)') : r.text('Unit')) ?? 'user',
        unitCost: r.price('Unit cost', false) ?? 0,
        ladder: ladder ? ladder : undefined,
        // A workbook built before price shapes has no Shape column: the stored shape stays; per-unit, the
        // default, is written only where the model file wrote it.
        ...shapeOf(r.has('Shape') ? r.text('Shape')?.trim() || 'per-unit' : undefined, sku === undefined ? undefined : before.get(sku)?.shape),
      };
    }) as Section<'products'>;
  }
  const prices = table('Prices', ['SKU', 'Tier']);
  if (prices) {
    const storedTerms = (stored.terms ?? []).map((t) => ({ id: t.id, name: t.name }));
    const termList = storedTerms.length > 0 ? storedTerms : ((out.terms as { id: string; name: string }[] | undefined) ?? []);
    const headers = uniqueHeaders(termList, ['SKU', 'Tier', 'Product', 'Key']);
    // Keep the stored order of prices (the sheet groups them by product and tier); new ones go last.
    const order = new Map((stored.prices ?? []).map((p, i) => [`${p.sku}|${p.tier}|${p.term}`, i]));
    const rank = (p: { sku?: string; tier?: string; term: string }): number => order.get(`${p.sku}|${p.tier}|${p.term}`) ?? Number.MAX_SAFE_INTEGER;
    out.prices = prices.flatMap((r) => {
      const sku = r.id('SKU', 'SKU');
      const tier = r.id('Tier', 'tier');
      return termList
        .map((t, i) => {
          const h = headers[i] ?? t.name;
          if (!r.has(h)) return undefined;
          const listPrice = r.price(h, false);
          return listPrice === undefined ? undefined : { sku, tier, term: t.id, listPrice };
        })
        .filter(defined);
    }).sort((a, b) => rank(a) - rank(b)) as Section<'prices'>;
  }
  const ladders = table('Ladders', ['Ladder', 'Name', 'Mode']);
  const bands = table('Bands', ['Ladder', 'Up to', 'Discount']);
  if (ladders || bands) {
    const base = ladders
      ? ladders.map((r) => ({ id: r.id('Ladder', 'ladder id'), name: r.id('Name', 'ladder name'), mode: r.oneOf('Mode', ['graduated', 'volume'] as const) }))
      : (stored.ladders ?? []).map((l) => ({ id: l.id, name: l.name, mode: l.mode }));
    const ids = new Set(base.map((l) => l.id));
    const bandsOf = new Map<string, { upTo: number | null; discount: number | undefined }[]>();
    for (const r of bands ?? []) {
      const id = r.id('Ladder', 'ladder id');
      if (id === undefined) continue;
      if (!ids.has(id)) issues.push(m.unknownLadder(r.where('Ladder'), id));
      const list = bandsOf.get(id) ?? [];
      list.push({ upTo: r.positive('Up to') ?? null, discount: r.share('Discount') });
      bandsOf.set(id, list);
    }
    out.ladders = base.map((l) => ({ ...l, bands: bands ? (bandsOf.get(l.id ?? '') ?? []) : ((stored.ladders ?? []).find((s) => s.id === l.id)?.bands ?? []) })) as Section<'ladders'>;
  }
  readBundles(stored, table, out, issues);
  readLevels(stored, table, out, issues);
  const channels = table('Channels', ['Channel', 'Name', 'Kind']);
  if (channels) {
    out.channels = channels.map((r) => {
      const funding = r.optionalOneOf('Funding', FUNDINGS);
      return {
        id: r.id('Channel', 'channel id'),
        name: r.id('Name', 'channel name'),
        kind: r.oneOf('Kind', ['direct', 'one-tier', 'two-tier'] as const),
        distributorDiscount: r.share('Distributor discount', 0),
        ...(funding === undefined ? {} : { funding }),
      };
    }) as Section<'channels'>;
  }
  const guardrails = table('Guardrails', ['Setting', 'Value']);
  if (guardrails) {
    const g: Record<string, unknown> = { ...(stored.guardrails ?? {}) };
    for (const r of guardrails) {
      const setting = r.text('Setting');
      if (setting === GUARDRAIL_SETTINGS[0]) g.vendorMarginFloor = r.share('Value');
      else if (setting === GUARDRAIL_SETTINGS[1]) g.maxCustomerDiscount = r.share('Value');
      else if (setting === GUARDRAIL_SETTINGS[2]) g.channelConflict = r.yesNo('Value', true);
      else if (setting === GUARDRAIL_SETTINGS[3]) g.risingUnitPrice = r.yesNo('Value', true);
      else if (setting === GUARDRAIL_SETTINGS[4]) g.priceCorridor = r.share('Value');
      else issues.push(m.unknownSetting(r.where('Setting'), setting ?? ''));
    }
    out.guardrails = g as Section<'guardrails'>;
  }
  readMarkets(stored, table, out, issues);
  readQuote(input, table, out, issues);
  readApprovals(table, out, issues);
  readQuoteDetails(table, out, issues);
  readMix(stored, table, out, issues);
  readShapes(stored, table, out, issues);
  readScenarios(stored, table, input.scenario, out, issues);
  if (issues.length > 0) throw new ReadBackError(issues);
  return out as ModelInput;
}

function readBundles(
  stored: ModelInput,
  table: (name: string, required: readonly string[]) => ReturnType<typeof rowsOf> | undefined,
  out: Record<string, unknown>,
  issues: string[],
): void {
  const bundles = table('Bundles', ['Bundle', 'Name', 'Tier', 'Pricing']);
  const components = table('BundleComponents', ['Bundle', 'SKU', 'Quantity']);
  const fixed = table('BundleFixedPrices', ['Bundle', 'Term', 'Price']);
  if (!bundles && !components && !fixed) return;
  const storedBundles = stored.bundles ?? [];
  const base = bundles
    ? bundles.map((r) => ({ id: r.id('Bundle', 'bundle id'), name: r.id('Name', 'bundle name'), tier: r.id('Tier', 'tier'), kind: r.oneOf('Pricing', ['discount', 'fixed'] as const), discount: r.share('Bundle discount', 0) }))
    : storedBundles.map((b) => ({ id: b.id, name: b.name, tier: b.tier, kind: b.pricing.kind, discount: b.pricing.kind === 'discount' ? b.pricing.discount : 0 }));
  const ids = new Set(base.map((b) => b.id));
  const comps = new Map<string, Record<string, unknown>[]>();
  for (const r of components ?? []) {
    const id = r.id('Bundle', 'bundle id');
    if (id === undefined) continue;
    if (!ids.has(id)) issues.push(m.unknownBundle(r.where('Bundle'), id));
    const min = r.whole('Min');
    const max = r.whole('Max');
    const c = { sku: r.id('SKU', 'SKU'), quantity: r.whole('Quantity'), required: r.yesNo('Required', true), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    comps.set(id, [...(comps.get(id) ?? []), c]);
  }
  const prices = new Map<string, Record<string, number>>();
  for (const r of fixed ?? []) {
    const id = r.id('Bundle', 'bundle id');
    const term = r.id('Term', 'term');
    const price = r.price('Price');
    if (id === undefined || term === undefined || price === undefined) continue;
    if (!ids.has(id)) issues.push(m.unknownBundle(r.where('Bundle'), id));
    prices.set(id, { ...(prices.get(id) ?? {}), [term]: price });
  }
  out.bundles = base.map((b) => {
    const before = storedBundles.find((s) => s.id === b.id);
    const storedFixed = before?.pricing.kind === 'fixed' ? before.pricing.prices : {};
    return {
      id: b.id,
      name: b.name,
      tier: b.tier,
      components: components ? (comps.get(b.id ?? '') ?? []) : (before?.components ?? []),
      pricing: b.kind === 'fixed' ? { kind: 'fixed', prices: fixed ? (prices.get(b.id ?? '') ?? {}) : storedFixed } : { kind: 'discount', discount: b.discount },
    };
  }) as Section<'bundles'>;
}
