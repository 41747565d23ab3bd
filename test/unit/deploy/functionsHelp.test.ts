/**
 * Excel's formula help links each PRICING function to its helpUrl. The build takes those URLs from
 * the `@helpurl` JSDoc tags (generated into functions.json by the same generator the metadata
 * plugin runs), moves them onto ADDIN_BASE_URL, and writes the page each one names.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addinBase } from '../../../src/deploy/addinBase';
import { functionsMetadataFor, helpPagePath } from '../../../src/deploy/functionsMetadata';
import { examplesIn, helpSite } from '../../../src/deploy/helpPages';
import { CATALOGUE } from '../../../src/functions/catalogue';

const FUNCTIONS = join(__dirname, '../../../src/functions/functions.ts');
const source = readFileSync(FUNCTIONS, 'utf8');
interface Listed {
  id: string;
  helpUrl?: string;
  parameters: { name: string }[];
}
let generated: string;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS);
  expect(result.errors).toEqual([]);
  generated = result.metadataJson;
}, 60_000);

const escaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const listed = (json: string): Listed[] => (JSON.parse(json) as { functions: Listed[] }).functions;

describe('functions.json of a production build for https://pricing.example.com', () => {
  it('gives every function a help URL on that origin, at its own help page', () => {
    const functions = listed(functionsMetadataFor(generated, addinBase('https://pricing.example.com')));
    expect(functions).toHaveLength(CATALOGUE.length);
    for (const f of functions) expect(f.helpUrl).toBe(`https://pricing.example.com/${helpPagePath(f.id)}`);
  });

  it('keeps everything else as the generator wrote it', () => {
    const rebased = JSON.parse(functionsMetadataFor(generated, addinBase('https://pricing.example.com'))) as { functions: Listed[] };
    const original = JSON.parse(generated) as { functions: Listed[] };
    for (const f of [...rebased.functions, ...original.functions]) delete f.helpUrl;
    expect(rebased).toEqual(original);
  });

  it('keeps localhost help URLs in a development build', () => {
    for (const f of listed(functionsMetadataFor(generated, addinBase(undefined)))) expect(f.helpUrl).toMatch(/^https:\/\/localhost:3000\/help\//);
  });
});

describe('the help pages', () => {
  const site = (): ReadonlyMap<string, string> => helpSite(functionsMetadataFor(generated, addinBase(undefined)), source);

  it('exist for every function, plus an index linking them all', () => {
    const pages = site();
    expect([...pages.keys()].sort()).toEqual(['help/index.html', ...CATALOGUE.map((f) => helpPagePath(f.name))].sort());
    for (const f of CATALOGUE) expect(pages.get('help/index.html')).toContain(`href="${f.name.toLowerCase()}.html"`);
  });

  it.each(CATALOGUE.map((f) => [f.name, f] as const))('for %s show its description, syntax, every argument and its examples', (name, spec) => {
    const html = site().get(helpPagePath(name))!;
    expect(html).toContain(`<h1>PRICING.${name}</h1>`);
    expect(html).toContain(escaped(spec.description));
    expect(html).toContain(`=PRICING.${name}(`);
    for (const arg of spec.args) expect(html).toContain(`<code>${arg.name}</code>`);
    const examples = examplesIn(source).get(name) ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example).toContain(`=PRICING.${name}(`);
      expect(html).toContain(`<li>${escaped(example)}</li>`);
    }
  });

  it('escape what they quote from the JSDoc', () => {
    const json = JSON.stringify({ functions: [{ id: 'X', name: 'X', description: '<script>alert(1)</script>', parameters: [] }] });
    expect(helpSite(json, '').get('help/x.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
