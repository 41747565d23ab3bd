/**
 * `npm run validate` checks manifests offline, against Microsoft's manifest XSD and the project's own
 * rules. It must pass on manifest.xml and fail on a broken one with a message that names the element:
 * the fixtures in test/fixtures/manifest are broken on purpose, and the second table breaks the real
 * manifest one rule at a time. The validator runs once, as `npm run validate` does, on every file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultManifests, projectEnvironment, readPngSize } from '../../../scripts/manifest/project';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/manifest');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** Runs the validator on `files`; the exit code and, per file, the lines it printed about it. */
function validate(files: readonly string[], cwd = ROOT): { status: number; lines: (file: string) => string[] } {
  let status = 0;
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/validate-manifest.ts'), ...files], { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    status = failure.status;
    output = `${failure.stdout}${failure.stderr}`;
  }
  return { status, lines: (file) => output.split('\n').filter((l) => l.startsWith(`${file}: `)).map((l) => l.slice(file.length + 2)) };
}

describe('the add-in manifest', () => {
  it('passes the schema and every rule', () => {
    const run = validate(['manifest.xml']);
    expect(run.lines('manifest.xml')).toEqual([expect.stringContaining('valid (manifest XSD')]);
    expect(run.status).toBe(0);
  }, 60_000);

  it.each([
    ['icon-16.png', 16],
    ['icon-32.png', 32],
    ['icon-64.png', 64],
    ['icon-80.png', 80],
  ])('assets/%s is a %i px PNG', (file, size) => {
    expect(readPngSize(readFileSync(join(ROOT, 'assets', file)))).toEqual({ width: size, height: size });
  });

  it('points at the outputs of the webpack build', () => {
    expect(projectEnvironment(ROOT).servedFiles).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'playground.html', 'assets/icon-16.png']),
    );
  });
});

describe('a broken manifest fails with a message that names the element', () => {
  const expected: Record<string, string> = {
    'bad-id.xml': "schema: line 10: Element 'Id': [facet 'pattern'] The value 'tiercraft' is not accepted",
    'bad-version.xml': "schema: line 10: Element 'Version': [facet 'pattern'] The value 'v0.1' is not accepted",
    'duplicate-resid.xml': '<bt:String id="Group.Label">: resource id "Group.Label" is defined twice',
    'host-type-misspelt.xml': "schema: line 36: Element 'Host', attribute 'type': The QName value 'WorkBook' of the xsi:type attribute does not resolve to a type definition",
    'http-url.xml': '<bt:Url id="Functions.Metadata.Url">: http://localhost:3000/functions.json must use https',
    'icon-size.xml': '<bt:Image id="Icon.16x16">: https://localhost:3000/assets/icon-32.png is 32×32 px; this icon must be 16×16 px',
    'malformed.xml': 'schema: line 24: parser error : Opening and ending tag mismatch: Hosts line 22 and Host',
    'missing-resid.xml': '<Label resid="Group.Labl">: resid "Group.Labl" is not defined in <Resources>',
    'no-function-file.xml': '<DesktopFormFactor>: missing <FunctionFile resid=…/>',
    'no-metadata.xml': '<ExtensionPoint xsi:type="CustomFunctions">: needs <Metadata><SourceLocation resid=…/></Metadata>',
    'no-runtime.xml': '<VersionOverrides xsi:type="VersionOverridesV1_0">: missing <Runtimes><Runtime resid=… lifetime="long"/></Runtimes>',
    'out-of-order.xml': "schema: line 12: Element 'DisplayName': This element is not expected. Expected is ( DefaultLocale )",
    'permission.xml': '<Permissions>: must be ReadWriteDocument, the least that lets the task pane write sheets (found "Restricted")',
    'unknown-element.xml': "schema: line 34: Element 'Telemetry': This element is not expected",
    'wrong-namespace.xml': '<Namespace resid="Functions.Namespace">: the functions namespace must be PRICING (found "PRICE")',
    'wrong-url.xml': '<bt:Url id="Functions.Script.Url">: https://localhost:3000/functions.bundle.js is not served by the build',
  };
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml'));
  let run: ReturnType<typeof validate>;
  beforeAll(() => {
    run = validate(files.map((f) => relative(ROOT, join(FIXTURES, f))));
  }, 60_000);

  it('every fixture has its expected message, and npm run validate exits 1', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(run.status).toBe(1);
  });

  it.each(Object.entries(expected))('%s: %s', (fixture, message) => {
    const lines = run.lines(relative(ROOT, join(FIXTURES, fixture)));
    expect(lines.join('\n')).toContain(message);
    expect(lines.at(-1)).toMatch(/^\d+ problems?$/);
  });
});

describe('one rule broken at a time', () => {
  const cases: [rule: string, from: string, to: string, message: string][] = [
    ['version parts of five digits at most', '<Version>0.1.0.0</Version>', '<Version>1.700000.0.0</Version>', "Element 'Version': [facet 'pattern']"],
    ['a required element', '<ProviderName>Tiercraft</ProviderName>', '', "Element 'DefaultLocale': This element is not expected. Expected is ( ProviderName )"],
    ['Excel as the host', '<Host Name="Workbook"/>', '<Host Name="Document"/>', '<Hosts>: must include <Host Name="Workbook"/> (Excel)'],
    ['the shared runtime requirement', '<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>', '<Requirements>: must include <Set Name="SharedRuntime"/>'],
    ['a long-lived runtime', 'lifetime="long"', 'lifetime="short"', '<Runtime resid="Taskpane.Url">: the shared runtime needs lifetime="long"'],
    ['a runtime lifetime the schema knows', 'lifetime="long"', 'lifetime="forever"', "Element 'Runtime', attribute 'lifetime': [facet 'enumeration'] The value 'forever' is not an element of the set {'short', 'long'}"],
    ['one page for the functions', '<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>', '<SourceLocation resid="GetStarted.LearnMoreUrl">: the functions <Page> must be the shared runtime page'],
    ['a resid of the right kind', '<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Taskpane.Url"/>', '<Namespace resid="Taskpane.Url">: resid "Taskpane.Url" must name a bt:ShortStrings entry, not bt:Urls'],
    ['the add-in domain', 'https://localhost:3000/functions.json', 'https://example.com/functions.json', "https://example.com/functions.json is not on the add-in's domain https://localhost:3000"],
    ['a button that opens the pane', '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">', 'no ribbon button opens the task pane'],
    ['the high resolution icon size', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<HighResolutionIconUrl>: https://localhost:3000/assets/icon-80.png is 80×80 px; this icon must be 64×64 px'],
    ['the display name length', '<DisplayName DefaultValue="Tiercraft"/>', `<DisplayName DefaultValue="${'T'.repeat(126)}"/>`, "Element 'DisplayName', attribute 'DefaultValue': [facet 'maxLength']"],
    ['a resource id of 32 characters at most', '<bt:String id="Group.Label"', `<bt:String id="${'G'.repeat(33)}"`, `<bt:String id="${'G'.repeat(33)}">: resource id "${'G'.repeat(33)}" is longer than 32 characters`],
    ['a resid of 32 characters at most', '<Label resid="Group.Label"/>', `<Label resid="${'G'.repeat(33)}"/>`, "Element 'Label', attribute 'resid': [facet 'maxLength']"],
    ['a short string of 125 characters at most', 'DefaultValue="Tiercraft is ready: try =PRICING.TIERED"', `DefaultValue="${'x'.repeat(126)}"`, "Element 'String', attribute 'DefaultValue': [facet 'maxLength']"],
    ['a bare ampersand', '<ProviderName>Tiercraft</ProviderName>', '<ProviderName>Tier & craft</ProviderName>', 'schema: line 11: parser error : xmlParseEntityRef: no name'],
  ];
  let dir: string;
  let run: ReturnType<typeof validate>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tiercraft-manifest-'));
    cases.forEach(([, from, to], i) => {
      if (!MANIFEST.includes(from)) throw new Error(`manifest.xml no longer contains ${from}`);
      writeFileSync(join(dir, `case-${i}.xml`), MANIFEST.replace(from, to));
    });
    run = validate(cases.map((_, i) => `case-${i}.xml`), dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases.map((c, i) => [c[0], i, c[3]] as const))('%s', (_rule, i, message) => {
    expect(run.lines(`case-${i}.xml`).join('\n')).toContain(message);
  });
});

describe('a production manifest', () => {
  it('passes with every URL moved to a site served under a path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-production-'));
    try {
      writeFileSync(join(dir, 'manifest.xml'), MANIFEST.replaceAll('https://localhost:3000', 'https://pricing.example.com/tiercraft'));
      const run = validate(['manifest.xml'], dir);
      expect(run.lines('manifest.xml')).toEqual([expect.stringContaining('valid (manifest XSD')]);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm run validate with no arguments', () => {
  it('checks manifest.xml, and dist/manifest.xml once a production build made one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-default-'));
    try {
      expect(defaultManifests(dir)).toEqual(['manifest.xml']);
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/manifest.xml'), MANIFEST);
      expect(defaultManifests(dir)).toEqual(['manifest.xml', 'dist/manifest.xml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
