/**
 * The model a new user starts from, and the editor's view of a model: the optional lists a model may
 * leave out (personas, tiers, terms, partner levels, channels) are shown as the defaults they stand for,
 * so that they can be edited like any other list.
 */
import { defaultChannels, defaultLevels, defaultPersonas, defaultTerms, defaultTiers } from '../../engine/model/defaults';
import type { ModelInput } from '../../engine/model/schema';

export function withExplicitDefaults(model: ModelInput): ModelInput {
  return {
    ...model,
    personas: model.personas ?? defaultPersonas.map((p) => ({ ...p })),
    tiers: model.tiers ?? defaultTiers.map((t) => ({ ...t, personas: [...t.personas] })),
    terms: model.terms ?? defaultTerms.map((t) => ({ ...t })),
    levels: model.levels ?? defaultLevels.map((l) => ({ ...l })),
    channels: model.channels ?? defaultChannels.map((c) => ({ ...c })),
  };
}

const price = (sku: string, tier: string, term: string, listPrice: number) => ({ sku, tier, term, listPrice });

/** A backup vendor's first price book: three products, a seat ladder, a bundle and a two-line quote. */
export const STARTER_MODEL: ModelInput = withExplicitDefaults({
  name: 'Backup vendor price book',
  currency: 'USD',
  discountBasis: 'list',
  products: [
    { sku: 'BK-CLI', name: 'Backup CLI', family: 'Backup', unit: 'user', unitCost: 0.5, ladder: 'seats' },
    { sku: 'BK-TEAM', name: 'Team backup server', family: 'Backup', unit: 'server', unitCost: 15 },
    { sku: 'BK-ENT', name: 'Compliance platform', family: 'Backup', unit: 'site', unitCost: 300 },
  ],
  prices: [
    price('BK-CLI', 'product', 'monthly', 10),
    price('BK-CLI', 'product', 'annual', 100),
    price('BK-CLI', 'product', '3-year', 270),
    price('BK-TEAM', 'solution', 'monthly', 120),
    price('BK-TEAM', 'solution', 'annual', 1200),
    price('BK-TEAM', 'solution', '3-year', 3240),
    price('BK-ENT', 'enterprise', 'annual', 24000),
    price('BK-ENT', 'enterprise', '3-year', 64800),
    price('BK-CLI', 'enterprise', 'annual', 100),
    price('BK-TEAM', 'enterprise', 'annual', 1200),
    price('BK-CLI', 'enterprise', '3-year', 270),
    price('BK-TEAM', 'enterprise', '3-year', 3240),
  ],
  ladders: [
    { id: 'seats', name: 'Seat volume', mode: 'graduated', bands: [{ upTo: 10, discount: 0 }, { upTo: 50, discount: 0.1 }, { upTo: 250, discount: 0.2 }, { upTo: null, discount: 0.3 }] },
  ],
  bundles: [
    {
      id: 'estate',
      name: 'Estate bundle',
      tier: 'enterprise',
      components: [
        { sku: 'BK-ENT', quantity: 1, required: true },
        { sku: 'BK-TEAM', quantity: 5, required: true },
        { sku: 'BK-CLI', quantity: 50, required: false },
      ],
      pricing: { kind: 'discount', discount: 0.15 },
    },
  ],
  quote: {
    customer: 'Contoso',
    lines: [
      { item: { sku: 'BK-CLI' }, quantity: 120, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold' },
      { item: { sku: 'BK-TEAM' }, quantity: 4, term: 'annual', tier: 'solution', channel: 'distribution', level: 'gold' },
    ],
  },
});
