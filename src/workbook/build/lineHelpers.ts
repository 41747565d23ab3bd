/**
 * Expressions a line's waterfall repeats: the channel's kind (in nine columns), the reseller's and the
 * distributor's discount rates (each several times in the buy prices) and the ladder id (three times in
 * the rate-weighted units). The Quote sheet writes them inline; a long table (the Mix sheet) gives each a
 * helper column of its own and passes the cells (LineCells.helpers), which keeps its rows lean.
 */
import { ladderIdLookup, tierLadderLookup } from './lookups';
import type { LineCells, WaterfallColumn, WaterfallRefs } from './waterfall';

export interface LineHelpers {
  /** 'direct', 'one-tier' or 'two-tier'. */
  readonly channelKind: string;
  /** The level's discount, plus its deal-registration discount on a registered line (0 without a level). */
  readonly resellerRate: string;
  /** The channel's distributor discount. */
  readonly distributorRate: string;
  /** The ladder the line is discounted by ("" for none): the product's own, else its tier's. */
  readonly ladder: string;
}

export const LINE_HELPERS = ['Channel kind', 'Reseller rate', 'Distributor rate', 'Ladder'] as const;

/** The helpers as expressions over the line's inputs and its waterfall cells (`at`: Kind, Tier used). */
export function lineHelpers(r: WaterfallRefs, line: Omit<LineCells, 'helpers'>, at: (c: WaterfallColumn) => string): LineHelpers {
  const lvl = (range: string): string => `IFERROR(INDEX(${range},MATCH(${line.level},${r.levelIds},0)),0)`;
  const registered = `OR(${line.dealRegistration}=TRUE,${line.dealRegistration}="TRUE")`;
  const tier = at('Tier used');
  return {
    channelKind: `INDEX(${r.channelKinds},MATCH(${line.channel},${r.channelIds},0))`,
    resellerRate: `(${lvl(r.levelDiscount)}+IF(${registered},${lvl(r.levelDealRegistration)},0))`,
    distributorRate: `INDEX(${r.channelDistributor},MATCH(${line.channel},${r.channelIds},0))`,
    ladder: `IF(${at('Kind')}="bundle",${tierLadderLookup(r.tierIds, r.tierLadders, tier)},${ladderIdLookup(r.pb, r.tierIds, r.tierLadders, line.item, tier)})`,
  };
}
