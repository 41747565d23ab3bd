/**
 * Channels sheet: the partner levels, their rebate tiers, and the channels with who funds each one's
 * discounts: the inputs of every route to market. The Routes sheet prices an item through all of them
 * and shows each party's pocket-price waterfall.
 */
import type { SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { columnRange, heading, HEADER_ROW, sheet } from './cells';
import { type BuildContext, on, place, placeClear } from './context';
import { channelsTable, FUNDINGS, levelColumn, levelsTable, programmeTable } from './partners';
import { PARTNER_PURCHASES_AT, rebateTiersTable } from './programme';
import { a1 } from '../a1';
import type { WaterfallRefs } from './waterfall';

export interface ChannelsRefs {
  readonly sheet: SheetSpec;
  readonly levels: TableSpec;
  readonly channels: TableSpec;
  readonly rebateTiers: TableSpec;
  readonly programme: TableSpec;
  readonly ref: Pick<
    WaterfallRefs,
    | 'channelIds' | 'channelKinds' | 'channelDistributor' | 'channelFunding' | 'levelIds' | 'levelDiscount' | 'levelDealRegistration' | 'levelRebate' | 'levelMdf' | 'levelCoop' | 'levelMdfCap' | 'programmeLevels'
    | 'levelRegistered' | 'tierLevels' | 'tierApplies' | 'tierRates' | 'partnerPurchases'
  > & {
    /** A quote in a market: the RebateTiers column marking the tier reached there. */
    readonly quoteTierApplies?: string;
  };
}

export function buildChannels(ctx: BuildContext, quoteMoney: ((reference: string) => string) | null = null): ChannelsRefs {
  const { model } = ctx;
  const levels = levelsTable(ctx, place(ctx, 'PartnerLevels', { row: HEADER_ROW, col: 0 }));
  // Side by side, each clear of the one before it as that grows by columns.
  const channelsDefault = { row: HEADER_ROW, col: levels.at.col + levels.columns.length + 1 };
  const channels = channelsTable(ctx, placeClear(ctx, 'Channels', channelsDefault, 5, [levels]));
  const purchases = `N(${on(ctx, 'quote', a1(PARTNER_PURCHASES_AT, true))})`;
  const tiersDefault = { row: HEADER_ROW, col: channels.at.col + channels.columns.length + 1 };
  const rebateTiers = rebateTiersTable(model, placeClear(ctx, 'RebateTiers', tiersDefault, 5, [levels, channels]), purchases, quoteMoney);
  const programmeDefault = { row: HEADER_ROW, col: rebateTiers.at.col + rebateTiers.columns.length + 1 };
  const programme = programmeTable(ctx, placeClear(ctx, 'LevelProgramme', programmeDefault, 3, [levels, channels, rebateTiers]));
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
    programmeLevels: on(ctx, 'channels', columnRange(programme, 0)),
    levelCoop: on(ctx, 'channels', columnRange(programme, 1)),
    levelMdfCap: on(ctx, 'channels', columnRange(programme, 2)),
    levelRegistered: level('Registered discount'),
    tierLevels: on(ctx, 'channels', columnRange(rebateTiers, 0)),
    tierApplies: on(ctx, 'channels', columnRange(rebateTiers, 3)),
    tierRates: on(ctx, 'channels', columnRange(rebateTiers, 2)),
    partnerPurchases: purchases,
    ...(quoteMoney === null ? {} : { quoteTierApplies: on(ctx, 'channels', columnRange(rebateTiers, 4)) }),
  };
  const validations: ValidationSpec[] = [
    { range: { at: { row: channels.at.row + 1, col: channels.at.col + 2 }, rows: Math.max(1, channels.rows.length), cols: 1 }, source: { kind: 'values', values: ['direct', 'one-tier', 'two-tier'] }, allowBlank: false, error: 'Pick direct, one-tier or two-tier' },
    { range: { at: { row: channels.at.row + 1, col: channels.at.col + 4 }, rows: Math.max(1, channels.rows.length), cols: 1 }, source: { kind: 'values', values: [...FUNDINGS] }, allowBlank: true, error: "Pick vendor, partner or compound (blank: the model's discount basis)" },
    { range: { at: { row: rebateTiers.at.row + 1, col: rebateTiers.at.col }, rows: Math.max(1, rebateTiers.rows.length), cols: 1 }, source: { kind: 'range', formula: `=${ref.levelIds}` }, allowBlank: true, error: 'Pick a partner level from the list' },
    { range: { at: { row: programme.at.row + 1, col: programme.at.col }, rows: Math.max(1, programme.rows.length), cols: 1 }, source: { kind: 'range', formula: `=${ref.levelIds}` }, allowBlank: true, error: 'Pick a partner level from the list' },
  ];
  return {
    levels,
    channels,
    rebateTiers,
    programme,
    ref,
    sheet: sheet({
      key: 'channels',
      name: ctx.names.channels,
      tables: [levels, channels, rebateTiers, programme],
      cells: heading(
        `${model.name}: channels`,
        'Partner levels, their rebate tiers and the channels, with who funds each channel’s discounts: every route to market. The Routes sheet prices an item through each of them, with every party’s pocket-price waterfall.',
      ),
      validations,
      tabColor: 'C55A11',
    }),
  };
}
