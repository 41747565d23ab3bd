/**
 * Every changed value of two models other than their price points (pricePoints.ts): levels, channels,
 * terms, ladders, guardrails, tiers, products, bundles, markets, the quote, the mix, the scenarios…
 * Lists of things with ids are matched by id (a product moved in the list is not a change), other
 * lists by position. Rates print as percentages; an absent value prints as "(none)".
 */
import { dec, multiply, toNumber } from '../decimal';
import type { Model } from '../model/schema';
import { keptPerPair } from './keptPerPair';
import type { SettingChange } from './types';

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a thing of each keyed list is called, and its key. */
const KEYED: Record<string, { kind: string; key: (item: Record<string, Json>) => string }> = {
  personas: { kind: 'Persona', key: (x) => String(x.id) },
  tiers: { kind: 'Tier', key: (x) => String(x.id) },
  terms: { kind: 'Term', key: (x) => String(x.id) },
  products: { kind: 'Product', key: (x) => String(x.sku) },
  prices: { kind: 'Price-book entry', key: (x) => `${String(x.sku)}/${String(x.tier)}/${String(x.term)}` },
  ladders: { kind: 'Discount ladder', key: (x) => String(x.id) },
  priceLadders: { kind: 'Price ladder', key: (x) => String(x.id) },
  markets: { kind: 'Market', key: (x) => String(x.id) },
  bundles: { kind: 'Bundle', key: (x) => String(x.id) },
  levels: { kind: 'Partner level', key: (x) => String(x.id) },
  channels: { kind: 'Channel', key: (x) => String(x.id) },
  scenarios: { kind: 'Scenario', key: (x) => String(x.id) },
  components: { kind: 'Component', key: (x) => String(x.sku) },
  overrides: { kind: 'Override', key: (x) => `${String(x.sku)}/${String(x.tier)}/${String(x.term)}` },
};

/** Fields that hold a share (0.3 = 30%). */
const RATE_FIELDS = new Set(['discount', 'dealRegistration', 'rebate', 'mdf', 'coop', 'distributorDiscount', 'vendorMarginFloor', 'maxCustomerDiscount', 'priceCorridor', 'specialBid', 'set', 'add', 'change']);
/** A market's `rate` is an exchange rate; a band's `upTo` is units, an approval step's a share. */
const isRateField = (field: string, section: string): boolean =>
  RATE_FIELDS.has(field) || (field === 'rate' && section !== 'markets') || (field === 'upTo' && section === 'approvals');

/** Price points are compared by pricePoints.ts; these fields are left out here. */
const PRICE_POINT_FIELDS: Record<string, ReadonlySet<string>> = { prices: new Set(['listPrice', 'platformFee', 'minimumCharge']) };

const NONE = '(none)';

const percent = (n: number): string => `${toNumber(multiply(dec(n), dec(100)))}%`;

/** A value as text: rates as percentages, lists joined, things by name. */
function shown(value: Json, field: string, section: string): string {
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'number') return isRateField(field, section) ? percent(value) : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? NONE : value.map((v) => shown(v, field, section)).join(', ');
  if (isRecord(value)) {
    if (typeof value.name === 'string') return value.name;
    return Object.entries(value)
      .map(([k, v]) => `${k} ${shown(v, k, section)}`)
      .join(', ');
  }
  return String(value);
}

const words = (field: string): string => field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const singular = (list: string): string => words(list).replace(/ies$/, 'y').replace(/s$/, '');
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Place {
  readonly path: string;
  /** The thing the value belongs to ("Gold") and the words of the field within it ("discount"). */
  readonly owner: string;
  readonly within: string[];
  readonly section: string;
  readonly field: string;
}

const labelOf = (p: Place): string => (p.within.length === 0 ? p.owner : `${p.owner}: ${p.within.join(' ')}`);

function push(out: SettingChange[], place: Place, base: Json, other: Json): void {
  out.push({ path: place.path, label: labelOf(place), base: shown(base, place.field, place.section), other: shown(other, place.field, place.section) });
}

function diffKeyed(out: SettingChange[], place: Place, list: string, base: Json[], other: Json[]): void {
  const spec = KEYED[list];
  if (spec === undefined) return;
  const keyOf = (x: Json): string => (isRecord(x) ? spec.key(x) : String(x));
  const before = new Map(base.map((x) => [keyOf(x), x]));
  const nameOf = (x: Json): string => (isRecord(x) && typeof x.name === 'string' ? x.name : keyOf(x));
  const topLevel = place.within.length === 0 && place.path === '';
  for (const item of other) {
    const key = keyOf(item);
    const path = `${place.path === '' ? list : `${place.path}.${list}`}[${key}]`;
    const was = before.get(key);
    before.delete(key);
    const kind = topLevel ? spec.kind : place.owner;
    if (was === undefined) {
      if (list !== 'prices') out.push({ path, label: topLevel ? kind : `${kind}: ${singular(list)} ${key}`, base: NONE, other: nameOf(item) });
      continue;
    }
    const owner = topLevel ? (list === 'prices' ? key.replace(/\//g, ' · ') : nameOf(item)) : place.owner;
    const within = topLevel ? [] : [...place.within, `${singular(list)} ${key}`];
    diffValue(out, { path, owner, within, section: place.section === '' ? list : place.section, field: '' }, was, item);
  }
  for (const [key, gone] of before) {
    if (list === 'prices') continue;
    const path = `${place.path === '' ? list : `${place.path}.${list}`}[${key}]`;
    out.push({ path, label: topLevel ? spec.kind : `${place.owner}: ${singular(list)} ${key}`, base: nameOf(gone), other: NONE });
  }
}

function diffValue(out: SettingChange[], place: Place, base: Json, other: Json): void {
  if (base === other) return;
  if (isRecord(base) && isRecord(other)) {
    const skip = PRICE_POINT_FIELDS[place.section];
    const keys = [...Object.keys(other), ...Object.keys(base).filter((k) => !(k in other))];
    for (const key of keys) {
      if (key === '$schema' || (skip?.has(key) === true && place.within.length === 0)) continue;
      if (place.section === 'bundles' && key === 'prices' && place.within.join(' ') === 'pricing') continue;
      const b = base[key];
      const o = other[key];
      if (Array.isArray(b) && Array.isArray(o) && KEYED[key] !== undefined && (b.length === 0 || isRecord(b[0])) && (o.length === 0 || isRecord(o[0]))) {
        diffKeyed(out, place, key, b, o);
        continue;
      }
      const section = place.section === '' ? key : place.section;
      const top = place.path === '';
      diffValue(out, { path: top ? key : `${place.path}.${key}`, owner: top ? capital(words(key)) : place.owner, within: top ? [] : [...place.within, words(key)], section, field: key }, b, o);
    }
    return;
  }
  if (Array.isArray(base) && Array.isArray(other) && [...base, ...other].some((x) => isRecord(x) || Array.isArray(x))) {
    const length = Math.max(base.length, other.length);
    // "bands #3" reads "band 3": the list's words become the item's.
    const item = (i: number): string[] => (place.within.length > 0 ? [...place.within.slice(0, -1), `${singular(place.field)} ${i + 1}`] : [`#${i + 1}`]);
    for (let i = 0; i < length; i++) {
      diffValue(out, { ...place, path: `${place.path}[${i}]`, within: item(i) }, base[i], other[i]);
    }
    return;
  }
  if (JSON.stringify(base) === JSON.stringify(other)) return;
  push(out, place, base, other);
}

/** Every changed setting of `other` against `base` (price points excepted), in the model's order; kept per pair of models (keptPerPair.ts). */
export const settingChanges = keptPerPair((base: Model, other: Model): SettingChange[] => {
  const out: SettingChange[] = [];
  diffValue(out, { path: '', owner: 'Model', within: [], section: '', field: '' }, base, other);
  return out;
});
