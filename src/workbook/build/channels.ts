/**
 * Channels sheet: the partner levels and channels (inputs) and the waterfall of one unit of every product
 * and bundle through every channel at every partner level: each party's buy price, sell price and margin,
 * with the vendor margin highlighted where it falls below the floor, and a chart of the first item.
 */
import type { Model } from '../../engine/model/schema';
import type { SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { bundleTerms } from './bundles';
import { col, columnRange, formula, heading, HEADER_ROW, num, sheet, tableCell, text } from './cells';
import { type BuildContext, on, place, placeClear } from './context';
import { guardrailCell } from './guardrailCells';
import { type LineFigures, type LineInput, tryLineFigures } from './lineFigures';
import { channelsTable, FUNDINGS, levelColumn, levelsTable } from './partners';
import { PARTNER_PURCHASES_AT, rebateTiersTable } from './programme';
import { a1 } from '../a1';
import { WATERFALL_COLUMNS, type WaterfallColumn, waterfallColumns, waterfallFormulas, type WaterfallRefs, waterfallResults } from './waterfall';

export interface ChannelsRefs {
  readonly sheet: SheetSpec;
  readonly levels: TableSpec;
  readonly channels: TableSpec;
  readonly rebateTiers: TableSpec;
  readonly waterfall: TableSpec;
  readonly ref: Pick<
    WaterfallRefs,
    | 'channelIds' | 'channelKinds' | 'channelDistributor' | 'channelFunding' | 'levelIds' | 'levelDiscount' | 'levelDealRegistration' | 'levelRebate' | 'levelMdf' | 'levelCoop' | 'levelMdfCap'
    | 'levelRegistered' | 'tierLevels' | 'tierApplies' | 'tierRates' | 'partnerPurchases'
  > & {
    /** A quote in a market: the RebateTiers column marking the tier reached there. */
    readonly quoteTierApplies?: string;
  };
}

/** The (tier, term) each item is shown at: its first priced tier, annual (12 months) when priced, else the first priced term. */
export function showcase(model: Model, limit = Number.POSITIVE_INFINITY): { item: LineInput['item']; label: string; tier: string; term: string }[] {
  const pick = (terms: ReadonlySet<string>): string | undefined => model.terms.find((t) => t.months === 12 && terms.has(t.id))?.id ?? model.terms.find((t) => terms.has(t.id))?.id;
  // sku → tier → priced terms, in one pass over the price book.
  const priced = new Map<string, Map<string, Set<string>>>();
  for (const p of model.prices) {
    const tiers = priced.get(p.sku) ?? new Map<string, Set<string>>();
    const terms = tiers.get(p.tier) ?? new Set<string>();
    terms.add(p.term);
    tiers.set(p.tier, terms);
    priced.set(p.sku, tiers);
  }
  const out: { item: LineInput['item']; label: string; tier: string; term: string }[] = [];
  for (const p of model.products) {
    if (out.length >= limit) return out;
    const tiers = priced.get(p.sku);
    const tier = model.tiers.find((t) => tiers?.has(t.id))?.id;
    const term = tier === undefined ? undefined : pick(tiers?.get(tier) ?? new Set());
    if (tier !== undefined && term !== undefined) out.push({ item: { sku: p.sku }, label: p.sku, tier, term });
  }
  for (const b of model.bundles) {
    if (out.length >= limit) return out;
    const term = pick(new Set(bundleTerms(b, model).map((t) => t.id)));
    if (term !== undefined) out.push({ item: { bundle: b.id }, label: b.id, tier: b.tier, term });
  }
  return out;
}

/** Items shown on the Channels sheet at most (each at every channel and level); the Quote sheet prices any item. */
export const CHANNEL_ITEMS_LIMIT = 500;

export function buildChannels(
  ctx: BuildContext,
  lookups: Omit<WaterfallRefs, keyof ChannelsRefs['ref']>,
  limit = CHANNEL_ITEMS_LIMIT,
  quoteMoney: ((reference: string) => string) | null = null,
): ChannelsRefs {
  const { model } = ctx;
  const levels = levelsTable(ctx, place(ctx, 'PartnerLevels', { row: HEADER_ROW, col: 0 }));
  // Side by side, each clear of the one before it as that grows by columns.
  const channelsDefault = { row: HEADER_ROW, col: levels.at.col + levels.columns.length + 1 };
  const channels = channelsTable(ctx, placeClear(ctx, 'Channels', channelsDefault, 5, [levels]));
  const purchases = `N(${on(ctx, 'quote', a1(PARTNER_PURCHASES_AT, true))})`;
  const tiersDefault = { row: HEADER_ROW, col: channels.at.col + channels.columns.length + 1 };
  const rebateTiers = rebateTiersTable(model, placeClear(ctx, 'RebateTiers', tiersDefault, 5, [levels, channels]), purchases, quoteMoney);
  const level = (h: Parameters<typeof levelColumn>[0]): string => on(ctx, 'channels', columnRange(levels, levelColumn(h)));
  const ref: ChannelsRefs['ref'] = {
    channelIds: on(ctx, 'channels', columnRange(channels, 0)),
    channelKinds: on(ctx, 'channels', columnRange(channels, 2)),
    channelDistributor: on(ctx, 'channels', columnRange(channels, 3)),
    channelFunding: on(ctx, 'channels', columnRange(channels, 4)),
    levelIds: level('Level'),
    levelDiscount: level('Discount'),
    levelDealRegistration: level('Deal registration'),
    levelRebate: level('Rebate'),
    levelMdf: level('MDF'),
    levelCoop: level('Co-op'),
    levelMdfCap: level('MDF cap'),
    levelRegistered: level('Registered discount'),
    tierLevels: on(ctx, 'channels', columnRange(rebateTiers, 0)),
    tierApplies: on(ctx, 'channels', columnRange(rebateTiers, 3)),
    tierRates: on(ctx, 'channels', columnRange(rebateTiers, 2)),
    partnerPurchases: purchases,
    ...(quoteMoney === null ? {} : { quoteTierApplies: on(ctx, 'channels', columnRange(rebateTiers, 4)) }),
  };
  const refs: WaterfallRefs = { ...lookups, ...ref };
  // Side by side with the input tables, so that adding levels or channels never runs into the waterfall.
  const wfAt = placeClear(ctx, 'ChannelWaterfall', { row: HEADER_ROW, col: rebateTiers.at.col + rebateTiers.columns.length + 1 }, 7 + WATERFALL_COLUMNS.length, [levels, channels, rebateTiers]);
  const inputs = ['Item', 'Tier', 'Term', 'Channel', 'Level', 'Route', 'Quantity'] as const;
  const shown = showcase(model, limit);
  const total = model.products.length + model.bundles.length;
  // Every item through every route; a route the engine cannot price (discounts beyond list) is left out.
  const lines = shown
    .flatMap((s) => model.channels.flatMap((c) => (c.kind === 'direct' ? [undefined] : model.levels.map((l) => l.id)).map((level) => ({ s, channel: c, level }))))
    .map((l) => ({ ...l, figures: tryLineFigures(model, { item: l.s.item, quantity: 1, term: l.s.term, tier: l.s.tier, channel: l.channel.id, level: l.level, dealRegistration: false, discount: 0 }) }))
    .filter((l): l is typeof l & { figures: LineFigures } => l.figures !== null);
  const shapeOf = new Map(model.products.map((p) => [p.sku, p.shape]));
  const rows = lines.map(({ s, channel, level, figures }, r) => {
    const cell = (k: number): string => tableCell({ at: wfAt }, r, k);
    const at = (c: WaterfallColumn): string => cell(inputs.length + WATERFALL_COLUMNS.indexOf(c));
    const results = waterfallResults(figures);
    // The item is a label here: a per-unit product's or a bundle's row needs no shape formulas.
    const perUnit = !('sku' in s.item) || shapeOf.get(s.item.sku) === 'per-unit';
    const formulas = waterfallFormulas(model, refs, { item: cell(0), tier: cell(1), term: cell(2), channel: cell(3), level: cell(4), quantity: cell(6), dealRegistration: 'FALSE', discount: '0', perUnit }, at);
    const levelName = model.levels.find((l) => l.id === level)?.name;
    return [
      text(s.label),
      text(s.tier),
      text(s.term),
      text(channel.id),
      level === undefined ? text('') : text(level),
      text(levelName === undefined ? channel.name : `${channel.name} · ${levelName}`),
      num(1),
      ...WATERFALL_COLUMNS.map((c) => formula(formulas[c], results[c])),
    ];
  });
  const waterfall: TableSpec = {
    name: 'ChannelWaterfall',
    at: wfAt,
    style: 'TableStyleMedium2',
    caption: `Waterfall of one unit through every channel and partner level (${model.currency})`,
    columns: [
      col('Item', 'text', 'label'),
      col('Tier', 'text', 'label'),
      col('Term', 'text', 'label'),
      col('Channel', 'text', 'label'),
      col('Level', 'text', 'label'),
      col('Route', 'text', 'label'),
      col('Quantity', 'number', 'label'),
      ...waterfallColumns(),
    ],
    rows,
  };
  const chartRow = Math.max(...[levels, channels, rebateTiers].map((t) => t.at.row + Math.max(1, t.rows.length))) + 3;
  const marginCol = wfAt.col + inputs.length + WATERFALL_COLUMNS.indexOf('Vendor margin %');
  const firstItemRows = lines.filter((l) => l.s === lines[0]?.s).length;
  const series = (name: WaterfallColumn) => ({ name, values: { at: { row: wfAt.row + 1, col: wfAt.col + inputs.length + WATERFALL_COLUMNS.indexOf(name) }, rows: firstItemRows, cols: 1 } });
  const validations: ValidationSpec[] = [
    { range: { at: { row: channels.at.row + 1, col: channels.at.col + 2 }, rows: Math.max(1, channels.rows.length), cols: 1 }, source: { kind: 'values', values: ['direct', 'one-tier', 'two-tier'] }, allowBlank: false, error: 'Pick direct, one-tier or two-tier' },
    { range: { at: { row: channels.at.row + 1, col: channels.at.col + 4 }, rows: Math.max(1, channels.rows.length), cols: 1 }, source: { kind: 'values', values: [...FUNDINGS] }, allowBlank: true, error: "Pick vendor, partner or compound (blank: the model's discount basis)" },
    { range: { at: { row: rebateTiers.at.row + 1, col: rebateTiers.at.col }, rows: Math.max(1, rebateTiers.rows.length), cols: 1 }, source: { kind: 'range', formula: `=${ref.levelIds}` }, allowBlank: true, error: 'Pick a partner level from the list' },
  ];
  return {
    levels,
    channels,
    rebateTiers,
    waterfall,
    ref,
    sheet: sheet({
      key: 'channels',
      name: ctx.names.channels,
      tables: [levels, channels, rebateTiers, waterfall],
      cells: heading(
        `${model.name}: channel waterfall`,
        `Each party’s buy price, sell price and margin. Vendor margins below the floor (Checks sheet) are highlighted.${shown.length < total ? ` Showing the first ${shown.length} of ${total} products and bundles; price any item on the Quote sheet.` : ''}`,
      ),
      validations,
      conditionalFormats: rows.length === 0 ? [] : [
        {
          range: { at: { row: wfAt.row + 1, col: marginCol }, rows: rows.length, cols: 1 },
          formula: `=AND(ISNUMBER(${tableCell({ at: wfAt }, 0, marginCol - wfAt.col)}),${tableCell({ at: wfAt }, 0, marginCol - wfAt.col)}<${guardrailCell(ctx, 'Vendor margin floor')})`,
          style: 'breach',
        },
      ],
      charts: firstItemRows === 0 ? [] : [
        {
          kind: 'column',
          title: `${lines[0]?.s.label ?? ''}: who gets what per unit`,
          categories: { at: { row: wfAt.row + 1, col: wfAt.col + 5 }, rows: firstItemRows, cols: 1 },
          series: [series('Customer price'), series('Reseller margin'), series('Distributor margin'), series('Vendor net')],
          // Below the input tables (placed anew by every build, as they grow).
          from: { row: chartRow, col: levels.at.col },
          to: { row: chartRow + 17, col: levels.at.col + 8 },
          yTitle: model.currency,
        },
      ],
      tabColor: 'C55A11',
    }),
  };
}
