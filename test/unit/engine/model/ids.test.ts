/**
 * Ids the workbook's lookups can always find: Excel's MATCH, SUMIFS and COUNTIF compare text without
 * regard to case, read *, ? and ~ as wildcards and a leading =, < or > as a comparison, and the price
 * book keys a row by "SKU|tier". The model refuses ids that those lookups would confuse, and control
 * characters anywhere a name or text is written to the workbook, with the path and the value at fault.
 */
import fc from 'fast-check';
import { loadModel } from '../../../../src/engine';
import { exampleJson, type Json } from './example';

function problems(edit: (j: Json) => void): string[] {
  const json = exampleJson();
  edit(json);
  const result = loadModel(json);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

const CASE = "only in case: Excel's lookups cannot tell them apart";
const WILDCARD = "must not contain *, ?, ~, | or a comma: Excel's lookups read them as wildcards or separators";
const OPERATOR = "must not start with =, < or >: Excel's lookups read them as comparisons";
const CONTROL = 'must not contain control characters (U+0000 to U+001F, U+007F)';

describe('ids that differ only in case are one id: a quote line would show the other item\'s price', () => {
  it.each<[string, (j: Json) => void, string]>([
    ['SKUs', (j) => (j.products[3].sku = 'bk-cli'), `products[3].sku: SKU "bk-cli" differs from "BK-CLI" (products[0].sku) ${CASE}`],
    ['personas', (j) => (j.personas[2].id = 'End-User'), `personas[2].id: persona "End-User" differs from "end-user" (personas[0].id) ${CASE}`],
    ['tiers', (j) => (j.tiers[2].id = 'PRODUCT'), `tiers[2].id: tier "PRODUCT" differs from "product" (tiers[0].id) ${CASE}`],
    ['terms', (j) => (j.terms[2].id = 'Annual'), `terms[2].id: term "Annual" differs from "annual" (terms[1].id) ${CASE}`],
    ['ladders', (j) => (j.ladders[2].id = 'Seats-Graduated'), `ladders[2].id: ladder "Seats-Graduated" differs from "seats-graduated" (ladders[0].id) ${CASE}`],
    ['bundles', (j) => (j.bundles[1].id = 'CLI-SECURE'), `bundles[1].id: bundle "CLI-SECURE" differs from "cli-secure" (bundles[0].id) ${CASE}`],
    ['levels', (j) => (j.levels[3].id = 'Gold'), `levels[3].id: partner level "Gold" differs from "gold" (levels[2].id) ${CASE}`],
    ['channels', (j) => (j.channels[2].id = 'Reseller'), `channels[2].id: channel "Reseller" differs from "reseller" (channels[1].id) ${CASE}`],
  ])('%s', (_kind, edit, message) => {
    expect(problems(edit)).toContain(message);
  });

  it('a reference in another case names the id it was probably meant to be', () => {
    expect(problems((j) => (j.quote.lines[1].item.sku = 'bf-auto'))).toContain('quote.lines[1].item.sku: no product "bf-auto" (ids are case-sensitive: did you mean "BF-AUTO"?)');
  });

  it('ids that differ in more than case stay distinct', () => {
    expect(problems((j) => (j.products[3].sku = 'BK-CLI2'))).not.toContainEqual(expect.stringContaining(CASE));
  });

  it('property: any two SKUs with the same letters in another case are refused, naming both', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,10}$/), (sku) => {
        const other = sku === sku.toUpperCase() ? sku.toLowerCase() : sku.toUpperCase();
        fc.pre(other !== sku);
        const found = problems((j) => j.products.push({ sku, name: 'One' }, { sku: other, name: 'Two' }));
        expect(found).toContain(`products[8].sku: SKU ${JSON.stringify(other)} differs from ${JSON.stringify(sku)} (products[7].sku) ${CASE}`);
      }),
      { seed: 9, numRuns: 50 },
    );
  });
});

describe('ids free of what Excel reads as wildcards, separators or comparisons', () => {
  it.each<[string, (j: Json) => void, string]>([
    ['a SKU with a wildcard', (j) => (j.products[0].sku = 'BK-*'), `products[0].sku: ${WILDCARD} (got "BK-*")`],
    ['a tier with a question mark', (j) => (j.tiers[0].id = 'pro?'), `tiers[0].id: ${WILDCARD} (got "pro?")`],
    ['a term with a tilde', (j) => (j.terms[0].id = '~monthly'), `terms[0].id: ${WILDCARD} (got "~monthly")`],
    ['a ladder with the price-book key separator', (j) => (j.ladders[0].id = 'seats|graduated'), `ladders[0].id: ${WILDCARD} (got "seats|graduated")`],
    ['a persona with a comma (tiers list personas separated by commas)', (j) => (j.personas[0].id = 'end,user'), `personas[0].id: ${WILDCARD} (got "end,user")`],
    ['a bundle starting with <', (j) => (j.bundles[0].id = '<cli>'), `bundles[0].id: ${OPERATOR} (got "<cli>")`],
    ['a level starting with =', (j) => (j.levels[0].id = '=gold'), `levels[0].id: ${OPERATOR} (got "=gold")`],
    ['a channel starting with >', (j) => (j.channels[0].id = '>direct'), `channels[0].id: ${OPERATOR} (got ">direct")`],
    ['a reference in the price book', (j) => (j.prices[0].tier = 'prod*'), `prices[0].tier: ${WILDCARD} (got "prod*")`],
    ['a quote line item', (j) => (j.quote.lines[1].item.sku = 'BK-CL?'), `quote.lines[1].item.sku: ${WILDCARD} (got "BK-CL?")`],
    ['a quote line channel', (j) => (j.quote.lines[1].channel = 'dist*'), `quote.lines[1].channel: ${WILDCARD} (got "dist*")`],
    ['a component of a quote line', (j) => (j.quote.lines[0].components = { 'BK*': 1 }), `quote.lines[0].components["BK*"]: ${WILDCARD} (got "BK*")`],
    ['a term of a fixed bundle price', (j) => (j.bundles[2].pricing.prices['a?'] = 1), `bundles[2].pricing.prices["a?"]: ${WILDCARD} (got "a?")`],
  ])('%s', (_case, edit, message) => {
    expect(problems(edit)).toContain(message);
  });

  it('names may hold any printable text, since no formula looks them up', () => {
    expect(problems((j) => (j.products[0].name = 'CLI * ? ~ | , <= "quoted"'))).toEqual([]);
  });

  it('property: an id holding any of * ? ~ | , anywhere is refused with its path and value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.constantFrom('*', '?', '~', '|', ','), fc.string({ maxLength: 10 }), (before, special, after) => {
        const sku = `X${before}${special}${after}`;
        fc.pre(sku.trim() === sku && !/[\u0000-\u001f\u007f]/.test(sku));
        expect(problems((j) => (j.products[6].sku = sku))).toContain(`products[6].sku: ${WILDCARD} (got ${JSON.stringify(sku)})`);
      }),
      { seed: 9, numRuns: 100 },
    );
  });
});

describe('control characters, which make the workbook\'s XML malformed, are refused in every name and text', () => {
  it.each<[string, (j: Json) => void, string]>([
    ['a product name with a bell', (j) => (j.products[0].name = 'Backup\u0007'), `products[0].name: ${CONTROL} (got "Backup\\u0007")`],
    ['a SKU with a NUL', (j) => (j.products[0].sku = 'BK\u0000CLI'), `products[0].sku: ${CONTROL} (got "BK\\u0000CLI")`],
    ['a persona job with a line feed', (j) => (j.personas[0].job = 'Back up\nand restore'), `personas[0].job: ${CONTROL} (got "Back up\\nand restore")`],
    ['the customer with DEL', (j) => (j.quote.customer = 'Northwind\u007f'), `quote.customer: ${CONTROL} (got "Northwind\\u007f")`],
    ['the model name with an escape', (j) => (j.name = 'Prices\u001b'), `name: ${CONTROL} (got "Prices\\u001b")`],
  ])('%s', (_case, edit, message) => {
    expect(problems(edit)).toContain(message);
  });

  it('unicode letters and symbols are welcome', () => {
    expect(problems((j) => (j.products[0].name = 'Sauvegarde élémentaire – 日本 ✓'))).toEqual([]);
  });
});
