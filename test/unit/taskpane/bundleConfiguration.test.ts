/** A bundle line's configuration keeps only what differs from the bundle's default, as the schema stores it. */
import { configure, configuredQuantity, switchedOnQuantity } from '../../../src/taskpane/state/bundleConfiguration';

const CLI = { sku: 'BK-CLI', quantity: 5, required: true, min: 5, max: 50 };
const ENC = { sku: 'BK-ENC', quantity: 5, required: false, min: 0, max: 50 };
const ADDON = { sku: 'BK-GUI', quantity: 0, required: false, min: 2 };

describe('bundle configuration', () => {
  it.each([
    ['a quantity off the default is stored', undefined, CLI, 12, { 'BK-CLI': 12 }],
    ['the default typed back removes the key, and the last key the configuration', { 'BK-CLI': 12 }, CLI, 5, undefined],
    ['blank (reset) removes the key', { 'BK-CLI': 12, 'BK-ENC': 0 }, CLI, undefined, { 'BK-ENC': 0 }],
    ['switched off is 0, kept beside the others', { 'BK-CLI': 12 }, ENC, 0, { 'BK-CLI': 12, 'BK-ENC': 0 }],
    ['a quantity past max is kept, for validation to flag', undefined, CLI, 51, { 'BK-CLI': 51 }],
  ])('%s', (_case, configuration, component, quantity, expected) => {
    expect(configure(configuration, component, quantity)).toEqual(expected);
  });

  it('reads the configured quantity, else the default', () => {
    expect(configuredQuantity({ 'BK-ENC': 0 }, ENC)).toBe(0);
    expect(configuredQuantity({ 'BK-ENC': 0 }, CLI)).toBe(5);
    expect(configuredQuantity(undefined, CLI)).toBe(5);
  });

  it('an optional component switched on gets its default, else its minimum, else 1', () => {
    expect(switchedOnQuantity(ENC)).toBe(5);
    expect(switchedOnQuantity(ADDON)).toBe(2);
    expect(switchedOnQuantity({ ...ADDON, min: undefined })).toBe(1);
  });
});
