/** Partner levels and channels input tables (Channels sheet). */
import type { CellAddress, TableSpec } from '../spec';
import { add, dec, toNumber } from '../../engine';
import { col, formula, num, tableCell, text } from './cells';
import type { BuildContext } from './context';

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
      formula(`=${tableCell({ at }, i, 2)}+${tableCell({ at }, i, 3)}`, toNumber(add(dec(l.discount), dec(l.dealRegistration)))),
    ]),
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
    ],
    rows: ctx.model.channels.map((c) => [text(c.id), text(c.name), text(c.kind), num(c.distributorDiscount)]),
  };
}
