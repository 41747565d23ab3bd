/**
 * Channels sheet: the partner levels and channels, the inputs of every route to market. The Routes sheet
 * prices an item through all of them and shows each party's pocket-price waterfall.
 */
import type { SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { columnRange, heading, HEADER_ROW, sheet } from './cells';
import { type BuildContext, on, place } from './context';
import { channelsTable, levelsTable } from './partners';
import type { WaterfallRefs } from './waterfall';

export interface ChannelsRefs {
  readonly sheet: SheetSpec;
  readonly levels: TableSpec;
  readonly channels: TableSpec;
  readonly ref: Pick<WaterfallRefs, 'channelIds' | 'channelKinds' | 'channelDistributor' | 'levelIds' | 'levelDiscount' | 'levelDealRegistration' | 'levelRebate' | 'levelMdf' | 'levelRegistered'>;
}

export function buildChannels(ctx: BuildContext): ChannelsRefs {
  const { model } = ctx;
  const levels = levelsTable(ctx, place(ctx, 'PartnerLevels', { row: HEADER_ROW, col: 0 }));
  const channels = channelsTable(ctx, place(ctx, 'Channels', { row: HEADER_ROW, col: 7 }));
  const ref: ChannelsRefs['ref'] = {
    channelIds: on(ctx, 'channels', columnRange(channels, 0)),
    channelKinds: on(ctx, 'channels', columnRange(channels, 2)),
    channelDistributor: on(ctx, 'channels', columnRange(channels, 3)),
    levelIds: on(ctx, 'channels', columnRange(levels, 0)),
    levelDiscount: on(ctx, 'channels', columnRange(levels, 2)),
    levelDealRegistration: on(ctx, 'channels', columnRange(levels, 3)),
    levelRebate: on(ctx, 'channels', columnRange(levels, 4)),
    levelMdf: on(ctx, 'channels', columnRange(levels, 5)),
    levelRegistered: on(ctx, 'channels', columnRange(levels, 6)),
  };
  const validations: ValidationSpec[] = [
    { range: { at: { row: channels.at.row + 1, col: channels.at.col + 2 }, rows: Math.max(1, channels.rows.length), cols: 1 }, source: { kind: 'values', values: ['direct', 'one-tier', 'two-tier'] }, allowBlank: false, error: 'Pick direct, one-tier or two-tier' },
  ];
  return {
    levels,
    channels,
    ref,
    sheet: sheet({
      key: 'channels',
      name: ctx.names.channels,
      tables: [levels, channels],
      cells: heading(`${model.name}: channels`, 'Partner levels and channels: every route to market. The Routes sheet prices an item through each of them, with every party’s pocket-price waterfall.'),
      validations,
      tabColor: 'C55A11',
    }),
  };
}
