/** Checks of the partner programme: levels whose discounts exceed list, channels without levels. */
import { type IssueLog } from './issues';
import { modelMessages as m } from './messages';
import type { Model } from './schema';

export function validateChannels(log: IssueLog, model: Model): void {
  model.levels.forEach((level, i) => {
    const front = level.discount + level.dealRegistration;
    if (front > 1 + 1e-12) log.error(`levels[${i}].discount`, m.partnerDiscountsOverList(level.id, front), level.discount);
    const rebate = level.rebateTiers === undefined ? level.rebate : Math.max(...level.rebateTiers.map((t) => t.rate));
    const back = rebate + level.mdf + level.coop;
    if (back > 1 + 1e-12) log.error(`levels[${i}].rebate`, m.backEndOverInvoice(level.id, back), level.rebate);
    if (level.rebateTiers !== undefined && level.rebate !== 0) log.error(`levels[${i}].rebate`, m.rebateAndTiers(level.id, level.rebate), level.rebate);
    level.rebateTiers?.forEach((tier, k) => {
      const previous = level.rebateTiers?.[k - 1];
      if (previous !== undefined && tier.from <= previous.from) log.error(`levels[${i}].rebateTiers[${k}].from`, m.rebateTiersOrder(level.id, tier.from, previous.from), tier.from);
    });
  });
  model.channels.forEach((channel, i) => {
    const path = `channels[${i}]`;
    if (channel.kind === 'direct') return;
    if (model.levels.length === 0) log.error(`${path}.kind`, m.noLevels(channel.id), channel.kind);
    if (channel.kind !== 'two-tier') return;
    if (channel.distributorDiscount === 0) log.warn(`${path}.distributorDiscount`, m.twoTierWithoutDistributorDiscount(channel.id), 0);
    model.levels.forEach((level) => {
      const total = level.discount + level.dealRegistration + channel.distributorDiscount;
      if (total > 1 + 1e-12) log.error(`${path}.distributorDiscount`, m.channelDiscountsOverList(channel.id, level.id, total), channel.distributorDiscount);
    });
  });
}
