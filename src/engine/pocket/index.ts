export { pocketWaterfalls, type PartyWaterfall, type PocketElement, type PocketBasis, type PocketTiming } from './pocketWaterfall';
export { quotePocket } from './quotePocket';
