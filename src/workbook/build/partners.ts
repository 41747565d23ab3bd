/** Partner levels, rebate tiers (programme.ts) and channels input tables (Channels sheet). */
import type { CellAddress, TableSpec } from '../spec';
import { add, dec, toNumber } from '../../engine';
import { col, formula, num, numOrBlank, tableCell, text, textOrBlank } from './cells';
import type { BuildContext } from './context';

/** Who funds the customer's discount (a channel's or a line's Funding). */
export const FUNDINGS = ['vendor', 'partner', 'compound'] as const;
/**
 * Columns of the PartnerLevels table, by header. It keeps the columns it had before co-op and MDF caps:
 * in a workbook built before them the Channels table stands right beside it, and a table never moves (a
 * user's formulas may point into it), so those terms have a table of their own (programmeTable).
 */
export const LEVEL_COLUMNS = ['Level', 'Name', 'Discount', 'Deal registration', 'Rebate', 'MDF', 'Registered discount'] as const;
export const levelColumn = (h: (typeof LEVEL_COLUMNS)[number]): number => LEVEL_COLUMNS.indexOf(h);

export function levelsTable(ctx: BuildContext, at: CellAddress): TableSpec {
  return {
    name: 'PartnerLevels',
    at,
    style: 'TableStyleMedium4',
    caption: 'Partner levels (shares of list; rebate and MDF of the vendor invoice)',
    columns: [
      col('Level', 'text', 'input', 'levels[].id'),
      col('Name', 'text', 'input', 'levels[].name'),
      col('Discount', 'percent', 'input', 'levels[].discount'),
      col('Deal registration', 'percent', 'input', 'levels[].dealRegistration'),
      col('Rebate', 'percent', 'input', 'levels[].rebate'),
      col('MDF', 'percent', 'input', 'levels[].mdf'),
      col('Registered discount', 'percent', 'formula'),
    ],
    rows: ctx.model.levels.map((l, i) => [
      text(l.id),
      text(l.name),
      num(l.discount),
      num(l.dealRegistration),
      num(l.rebate),
      num(l.mdf),
      formula(`=${tableCell({ at }, i, levelColumn('Discount'))}+${tableCell({ at }, i, levelColumn('Deal registration'))}`, toNumber(add(dec(l.discount), dec(l.dealRegistration)))),
    ]),
  };
}

/** The LevelProgramme input table: per level (by id), its co-op rate and its MDF cap a year (blank: none). */
export function programmeTable(ctx: BuildContext, at: CellAddress): TableSpec {
  return {
    name: 'LevelProgramme',
    at,
    style: 'TableStyleMedium4',
    caption: 'Programme terms per level (co-op, a share of the vendor invoice; MDF cap a year, blank = none)',
    columns: [col('Level', 'text', 'input', 'levels[].id'), col('Co-op', 'percent', 'input', 'levels[].coop'), col('MDF cap', 'money', 'input', 'levels[].mdfCap')],
    rows: ctx.model.levels.map((l) => [text(l.id), num(l.coop), numOrBlank(l.mdfCap)]),
  };
}

export function channelsTable(ctx: BuildContext, at: CellAddress): TableSpec {
  return {
    name: 'Channels',
    at,
    style: 'TableStyleMedium4',
    caption: 'Channels',
    columns: [
      col('Channel', 'text', 'input', 'channels[].id'),
      col('Name', 'text', 'input', 'channels[].name'),
      col('Kind', 'text', 'input', 'channels[].kind'),
      col('Distributor discount', 'percent', 'input', 'channels[].distributorDiscount'),
      // Blank: the model's discount basis decides (list → vendor, compound → compound).
      col('Funding', 'text', 'input', 'channels[].funding'),
    ],
    rows: ctx.model.channels.map((c) => [text(c.id), text(c.name), text(c.kind), num(c.distributorDiscount), textOrBlank(c.funding)]),
  };
}
