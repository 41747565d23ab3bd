/**
 * The engine's public surface: pure pricing math over exact decimals and the Tiercraft model.
 * Everything here is free of Office, React and I/O.
 */
export * from './decimal';
export * from './errors';
export { marginRate, markupRate, marginToMarkup, markupToMargin } from './margin';
export { applyPriceEnding } from './rounding/applyPriceEnding';
export { roundMoney, RATE_SCALE } from './rounding/roundMoney';
export { allocate } from './bundle/allocate';
export { bundleNetPrice, standaloneList, type BundleComponentLine } from './bundle/bundleNetPrice';
export { channelWaterfall, type ChannelWaterfallInput, type WaterfallRow, type Party } from './channel/channelWaterfall';
export { partyPrices, type PartyPrices, type PartyPricesInput, type ChannelKind, type DiscountBasis } from './channel/partyPrices';
