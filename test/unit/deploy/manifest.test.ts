/**
 * The manifest a deployable build writes: manifest.xml with every development URL moved onto
 * ADDIN_BASE_URL (only https accepted), AppDomain on the origin, nothing left on localhost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addinBase, DEV_BASE } from '../../../src/deploy/addinBase';
import { manifestFor } from '../../../src/deploy/manifest';

const source = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
/** The URLs the manifest points Office at (not the XML namespaces). */
const urlsOf = (xml: string): string[] => [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]!);

describe('a production build for https://pricing.example.com', () => {
  const built = manifestFor(source, addinBase('https://pricing.example.com'));

  it('has no localhost URL in its manifest', () => {
    expect(built).not.toMatch(/localhost/);
  });

  it('puts every URL of the manifest on that origin, each at the path it had on the dev server', () => {
    const before = urlsOf(source);
    const after = urlsOf(built);
    expect(after).toHaveLength(before.length);
    expect(after.length).toBeGreaterThan(10);
    after.forEach((url, i) => {
      expect(new URL(url).origin).toBe('https://pricing.example.com');
      expect(new URL(url).pathname).toBe(new URL(before[i]!).pathname);
    });
  });

  it('names that origin as its only AppDomain', () => {
    expect([...built.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://pricing.example.com']);
  });

  it('points its support link at the support page the build serves', () => {
    expect(built).toContain('<SupportUrl DefaultValue="https://pricing.example.com/support.html"/>');
  });

  it('changes nothing but the origin of its URLs', () => {
    expect(built.split('https://pricing.example.com').join(DEV_BASE)).toBe(source);
  });

  it('passes the manifest validator: the schema, https, one domain, every URL served by the build, icons sized', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-manifest-'));
    try {
      writeFileSync(join(dir, 'manifest.xml'), built);
      // The validator runs as `npm run validate` does (office-addin-manifest loads ES modules Jest cannot).
      const root = join(__dirname, '../../..');
      const run = () => execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/validate-manifest.ts'), join(dir, 'manifest.xml')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      expect(run).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ADDIN_BASE_URL', () => {
  it('keeps the development server when unset or blank', () => {
    expect(addinBase(undefined)).toEqual({ base: 'https://localhost:3000', origin: 'https://localhost:3000' });
    expect(addinBase('  ')).toEqual({ base: 'https://localhost:3000', origin: 'https://localhost:3000' });
    expect(manifestFor(source, addinBase(undefined))).toBe(source);
  });

  it('may name a folder: files go under it, AppDomain stays the origin', () => {
    const built = manifestFor(source, addinBase('https://cdn.example.com/tiercraft/'));
    expect(built).toContain('<SourceLocation DefaultValue="https://cdn.example.com/tiercraft/taskpane.html"/>');
    expect(built).toContain('<AppDomain>https://cdn.example.com</AppDomain>');
  });

  it.each([
    ['http://pricing.example.com', 'must use https'],
    ['pricing.example.com', 'is not an absolute URL'],
    ['ftp://pricing.example.com', 'must use https'],
    ['https://pricing.example.com/?v=2', 'without query'],
  ])('rejects %s with a clear error', (value, message) => {
    expect(() => addinBase(value)).toThrow(message);
  });

  it('refuses a manifest that would keep a localhost URL the rebasing does not know', () => {
    const odd = source.replace('</OfficeApp>', '<!-- see http://localhost:8080/ --></OfficeApp>');
    expect(() => manifestFor(odd, addinBase('https://pricing.example.com'))).toThrow('http://localhost:8080/');
  });
});
