/** A field path as a pricing manager reads it: ["ladders", 0, "bands", 1, "discount"] → "Ladder 1 › Band 2 › Discount". */
import type { Path } from './paths';

const LIST_NOUNS: Readonly<Record<string, string>> = {
  personas: 'Persona', tiers: 'Tier', terms: 'Term', products: 'Product', prices: 'Price', ladders: 'Ladder', bands: 'Band',
  bundles: 'Bundle', components: 'Component', levels: 'Partner level', channels: 'Channel', lines: 'Line',
  priceLadders: 'Price ladder', markets: 'Market', overrides: 'Override', rebateTiers: 'Rebate tier',
  scenarios: 'Scenario', changes: 'Change', rows: 'Row', steps: 'Step', approvals: 'Approval',
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  upTo: 'Up to', listPrice: 'List price', unitCost: 'Unit cost', dealRegistration: 'Deal registration', mdf: 'MDF',
  distributorDiscount: 'Distributor discount', discountBasis: 'Discount basis', minorUnits: 'Decimals', salesMotion: 'Sales motion',
  valueMetric: 'Value metric', unitPrice: 'Unit price', flatFee: 'Flat fee', packageSize: 'Package size', includedUnits: 'Included units',
  platformFee: 'Platform fee', minimumCharge: 'Minimum charge', minimumCommitment: 'Minimum commitment', priceCorridor: 'Price corridor', vendorMarginFloor: 'Vendor margin floor', maxCustomerDiscount: 'Maximum customer discount', sku: 'SKU', mdfRate: 'MDF',
  validUntil: 'Valid until', customerDetails: "Customer's details", marginFloor: 'Margin floor', currencyNote: 'Currency note',
  from: 'From purchases', coop: 'Co-op', mdfCap: 'MDF cap', specialBid: 'Special bid', partnerPurchases: 'Partner purchases', funding: 'Discount funding',
};

const capitalised = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

export function issueLabel(path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    if (typeof segment === 'string' && LIST_NOUNS[segment] && typeof next === 'number') {
      parts.push(`${LIST_NOUNS[segment]} ${next + 1}`);
      i++;
    } else if (typeof segment === 'string') {
      parts.push(FIELD_NAMES[segment] ?? capitalised(segment.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()));
    } else {
      parts.push(String(segment + 1));
    }
  }
  return parts.length > 0 ? parts.join(' › ') : 'Model';
}

/** The panel where a path is edited. */
export type PanelId = 'packaging' | 'priceBook' | 'ladders' | 'bundles' | 'channels' | 'markets' | 'quote' | 'routes' | 'scenarios' | 'functions';

export function panelOf(path: Path): PanelId {
  switch (path[0]) {
    case 'personas':
    case 'tiers':
      return 'packaging';
    case 'ladders':
    case 'priceLadders':
      return 'ladders';
    case 'markets':
      return 'markets';
    case 'bundles':
      return 'bundles';
    case 'levels':
    case 'channels':
    case 'guardrails':
      return 'channels';
    case 'quote':
    case 'approvals':
      return 'quote';
    case 'scenarios':
    case 'mix':
      return 'scenarios';
    default:
      return 'priceBook';
  }
}
