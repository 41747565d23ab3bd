/**
 * `npm run validate` checks the manifest offline. It must pass on manifest.xml and fail, saying
 * where and why, on a broken one: the fixtures in test/fixtures/manifest are broken on purpose, and
 * the table below breaks the real manifest one rule at a time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml, projectEnvironment, readPngSize, validateManifest, XmlSyntaxError } from '../../../scripts/validate-manifest';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/manifest');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const env = projectEnvironment(ROOT);
const check = (xml: string): string[] => validateManifest(xml, env);

describe('the add-in manifest', () => {
  it('passes', () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it.each([
    ['icon-16.png', 16],
    ['icon-32.png', 32],
    ['icon-64.png', 64],
    ['icon-80.png', 80],
  ])('assets/%s is a %i px PNG', (file, size) => {
    expect(readPngSize(readFileSync(join(ROOT, 'assets', file)))).toEqual({ width: size, height: size });
  });

  it('points at the outputs of the webpack build', () => {
    expect(env.servedFiles).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'playground.html', 'assets/icon-16.png']),
    );
  });
});

describe('broken fixtures fail with a message that says what is wrong', () => {
  it.each`
    fixture                  | problem
    ${'malformed.xml'}       | ${'not well-formed XML: line 24: </Host> closes <Hosts> opened on line 22'}
    ${'missing-resid.xml'}   | ${'line 64: resid "Group.Labl" of <Label> is not defined in <Resources>'}
    ${'wrong-url.xml'}       | ${'line 99: https://localhost:3000/functions.bundle.js is not served by the build'}
    ${'no-runtime.xml'}      | ${'missing <Runtimes><Runtime resid=… lifetime="long"/></Runtimes> (shared runtime)'}
    ${'wrong-namespace.xml'} | ${'line 51: the functions namespace must be PRICING (found "PRICE")'}
    ${'icon-size.xml'}       | ${'line 94: https://localhost:3000/assets/icon-32.png is 32×32 px; this icon must be 16×16 px'}
    ${'bad-id.xml'}          | ${'line 10: Id must be a GUID (found "tiercraft")'}
    ${'permission.xml'}      | ${'line 33: Permissions must be ReadWriteDocument, the least that lets the task pane write sheets (found "Restricted")'}
  `('$fixture: $problem', ({ fixture, problem }) => {
    const problems = check(readFileSync(join(FIXTURES, fixture), 'utf8'));
    expect(problems.some((p) => p.includes(problem))).toBe(true);
  });
});

describe('one rule broken at a time', () => {
  const broken = (from: string, to: string): string => {
    if (!MANIFEST.includes(from)) throw new Error(`manifest.xml no longer contains ${from}`);
    return MANIFEST.replace(from, to);
  };
  it.each`
    rule                                    | from                                                    | to                                                           | problem
    ${'version format'}                     | ${'<Version>0.1.0.0</Version>'}                         | ${'<Version>v1</Version>'}                                   | ${'Version must be n.n.n.n (found "v1")'}
    ${'version parts ≤ 65535'}              | ${'<Version>0.1.0.0</Version>'}                         | ${'<Version>1.70000.0.0</Version>'}                          | ${'Version must be n.n.n.n'}
    ${'required element'}                   | ${'<ProviderName>Tiercraft</ProviderName>'}             | ${''}                                                        | ${'missing required element <ProviderName>'}
    ${'element order'}                      | ${'  <Requirements>'}                                    | ${'  <Permissions>ReadWriteDocument</Permissions>\n  <Requirements>'} | ${'<Requirements> must come before <Permissions>'}
    ${'Excel host'}                         | ${'<Host Name="Workbook"/>'}                            | ${'<Host Name="Document"/>'}                                 | ${'Hosts must include <Host Name="Workbook"/> (Excel)'}
    ${'shared runtime requirement'}         | ${'<Set Name="SharedRuntime" MinVersion="1.1"/>'}        | ${'<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'}   | ${'Requirements must include <Set Name="SharedRuntime"/>'}
    ${'runtime lifetime'}                   | ${'lifetime="long"'}                                    | ${'lifetime="short"'}                                        | ${'the shared runtime needs lifetime="long"'}
    ${'one page for functions'}             | ${'<Page>\n              <SourceLocation resid="Taskpane.Url"/>'} | ${'<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>'} | ${'the functions Page must be the shared runtime page'}
    ${'resid of the wrong kind'}            | ${'<Namespace resid="Functions.Namespace"/>'}           | ${'<Namespace resid="Taskpane.Url"/>'}                       | ${'resid "Taskpane.Url" of <Namespace> must name a bt:ShortStrings entry, not bt:Urls'}
    ${'duplicate resource id'}              | ${'<bt:String id="Group.Label" DefaultValue="Tiercraft"/>'} | ${'<bt:String id="Group.Label" DefaultValue="Tiercraft"/><bt:String id="Group.Label" DefaultValue="Again"/>'} | ${'resource id "Group.Label" is defined twice'}
    ${'https only'}                         | ${'https://localhost:3000/functions.json'}              | ${'http://localhost:3000/functions.json'}                    | ${'http://localhost:3000/functions.json must use https'}
    ${'one domain'}                         | ${'https://localhost:3000/functions.json'}              | ${'https://example.com/functions.json'}                      | ${"https://example.com/functions.json is not on the add-in's domain https://localhost:3000"}
    ${'a button opens the pane'}            | ${'<Action xsi:type="ShowTaskpane">'}                   | ${'<Action xsi:type="ExecuteFunction">'}                     | ${'no ribbon button opens the task pane'}
    ${'high resolution icon size'}          | ${'<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'} | ${'<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'} | ${'icon-80.png is 80×80 px; this icon must be 64×64 px'}
    ${'display name length'}                | ${'<DisplayName DefaultValue="Tiercraft"/>'}           | ${`<DisplayName DefaultValue="${'T'.repeat(126)}"/>`}          | ${'<DisplayName> is longer than 125 characters'}
    ${'unknown entity'}                     | ${'<ProviderName>Tiercraft</ProviderName>'}             | ${'<ProviderName>Tier &craft;</ProviderName>'}               | ${'not well-formed XML: line 11: unknown entity &craft;'}
    ${'bare ampersand'}                     | ${'<ProviderName>Tiercraft</ProviderName>'}             | ${'<ProviderName>Tier & craft</ProviderName>'}               | ${'not well-formed XML: line 11: "&" must start an entity'}
    ${'duplicate attribute'}                | ${'<Host Name="Workbook"/>'}                            | ${'<Host Name="Workbook" Name="Workbook"/>'}                 | ${'attribute Name appears twice in <Host>'}
  `('$rule', ({ from, to, problem }) => {
    const problems = check(broken(from, to));
    expect(problems.join('\n')).toContain(problem);
  });
});

describe('the XML reader', () => {
  it('reads elements, attributes, entities, comments and CDATA', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b>t&lt;&#65;&#x42;</b><c/><![CDATA[<raw>]]></a>');
    expect(root.attrs).toEqual({ x: '1 & 2' });
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['b', 't<AB'],
      ['c', ''],
    ]);
    expect(root.text).toBe('<raw>');
  });
  it.each([
    ['', 'line 1: the document is empty'],
    ['<a>', 'line 1: <a> (line 1) is never closed'],
    ['<a></a><b/>', 'line 1: content after the root element'],
    ['<a x=1/>', 'line 1: attribute x of <a> needs a quoted value'],
    ['<!DOCTYPE a><a/>', 'line 1: DOCTYPE declarations are not allowed in a manifest'],
  ])('%j fails: %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(new XmlSyntaxError(message));
  });
});

describe('npm run validate', () => {
  const run = (file: string): { status: number; output: string } => {
    try {
      const output = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/validate-manifest.ts'), file], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { status: 0, output };
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      return { status: failure.status, output: failure.stderr };
    }
  };
  it('exits 0 on manifest.xml', () => {
    expect(run('manifest.xml')).toEqual({ status: 0, output: expect.stringContaining('manifest.xml: valid') });
  }, 30_000);
  it('exits 1 on a broken manifest and lists the problems', () => {
    const result = run('test/fixtures/manifest/wrong-namespace.xml');
    expect(result.status).toBe(1);
    expect(result.output).toContain('the functions namespace must be PRICING (found "PRICE")');
  }, 30_000);
});
