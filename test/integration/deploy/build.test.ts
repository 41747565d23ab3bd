/**
 * One real production build for https://pricing.example.com (webpack, about a minute and a half),
 * inspected as the host and Excel will see it: the manifest, functions.json, the support page and
 * the help pages, all under the output directory, none of it pointing at localhost.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const OUT = join(ROOT, 'test-artifacts', 'deploy-dist');
const WEBPACK = join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
const ORIGIN = 'https://pricing.example.com';

const build = (base: string, outputPath: string): void => {
  execFileSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', outputPath], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: base },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  });
};
const served = (url: string): string => join(OUT, new URL(url).pathname);

let manifest: string;
let functions: { functions: { id: string; name: string; helpUrl?: string }[] };

beforeAll(() => {
  build(ORIGIN, OUT);
  manifest = readFileSync(join(OUT, 'manifest.xml'), 'utf8');
  functions = JSON.parse(readFileSync(join(OUT, 'functions.json'), 'utf8')) as typeof functions;
}, 600_000);

describe(`a production build for ${ORIGIN}`, () => {
  it('has no localhost URL in its manifest', () => {
    expect(manifest.match(/localhost/g)).toBeNull();
  });

  it('serves every file its manifest names, from the output directory', () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(https:\/\/[^"<]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(ORIGIN)).toBe(true);
      if (url !== ORIGIN) expect(existsSync(served(url))).toBe(true);
    }
  });

  it('links a support page that says what Tiercraft is and where its help is', () => {
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(support).toBe(`${ORIGIN}/support.html`);
    const page = readFileSync(served(support!), 'utf8');
    expect(page).toContain('Tiercraft support');
    expect(page).toContain('help/index.html');
  });

  it('gives every function a help URL on that origin whose page the build wrote', () => {
    expect(functions.functions).toHaveLength(10);
    for (const f of functions.functions) {
      expect(f.helpUrl).toBe(`${ORIGIN}/help/${f.id.toLowerCase()}.html`);
      expect(readFileSync(served(f.helpUrl!), 'utf8')).toContain(`PRICING.${f.name}`);
    }
  });
});

it('a build for a plain-http address stops with a clear error', () => {
  let stderr = '';
  try {
    build('http://pricing.example.com', join(ROOT, 'test-artifacts', 'deploy-dist-refused'));
  } catch (error) {
    stderr = String((error as { stderr?: Buffer }).stderr ?? '');
  }
  expect(stderr).toContain('ADDIN_BASE_URL "http://pricing.example.com" must use https');
  expect(existsSync(join(ROOT, 'test-artifacts', 'deploy-dist-refused'))).toBe(false);
});
