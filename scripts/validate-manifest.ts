/**
 * Offline check of the add-in manifest: `npm run validate` (tsx scripts/validate-manifest.ts manifest.xml).
 * Exits non-zero with one line per problem when the manifest is not well-formed XML, misses a required
 * element, has a resid that resolves to nothing (or to the wrong kind of resource), points at a URL the
 * build does not serve, names an icon whose PNG has the wrong pixel size, or breaks the shared runtime
 * (namespace, runtime, one page for task pane, commands and functions). Office's own validator posts the
 * manifest to an online service, so this is the check that runs in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// ---------------------------------------------------------------- a small, strict XML reader

export interface XmlElement {
  readonly name: string; // qualified name as written, e.g. "bt:Image"
  readonly local: string; // without prefix, e.g. "Image"
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

export class XmlSyntaxError extends Error {}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses well-formed XML (no DTDs); throws XmlSyntaxError naming the line of the first fault. */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const lineAt = (i: number): number => source.slice(0, i).split('\n').length;
  const fail = (message: string, i = at): never => {
    throw new XmlSyntaxError(`line ${lineAt(i)}: ${message}`);
  };
  const decode = (raw: string, start: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
      if (!whole.endsWith(';')) fail(`"&" must start an entity such as &amp; (found "${whole}")`, start);
      if (name in ENTITIES) return ENTITIES[name]!;
      const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? Number(name.slice(1)) : NaN;
      if (Number.isNaN(code)) fail(`unknown entity &${name};`, start);
      return String.fromCodePoint(code);
    });
  const skipMisc = (): void => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(at))![0].length;
      at += ws;
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at + 4);
        if (end < 0) fail('comment is never closed');
        at = end + 3;
      } else if (source.startsWith('<?', at)) {
        const end = source.indexOf('?>', at + 2);
        if (end < 0) fail('processing instruction is never closed');
        at = end + 2;
      } else if (source.startsWith('<!DOCTYPE', at)) {
        fail('DOCTYPE declarations are not allowed in a manifest');
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    const start = at;
    if (source[at] !== '<') fail('expected an element');
    at++;
    const name = NAME.exec(source.slice(at))?.[0] ?? fail('expected an element name');
    at += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(source.slice(at))![0].length;
      at += ws;
      if (source.startsWith('/>', at) || source[at] === '>') break;
      if (ws === 0) fail(`expected whitespace before an attribute of <${name}>`);
      const attr = NAME.exec(source.slice(at))?.[0] ?? fail(`bad attribute in <${name}>`);
      at += attr.length;
      const m = /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(at)) ?? fail(`attribute ${attr} of <${name}> needs a quoted value`);
      const value = m[2] ?? m[3] ?? '';
      if (value.includes('<')) fail(`attribute ${attr} of <${name}> contains "<"`);
      if (attr in attrs) fail(`attribute ${attr} appears twice in <${name}>`);
      attrs[attr] = decode(value, at);
      at += m[0].length;
    }
    const element: XmlElement = { name, local: name.replace(/^.*:/, ''), attrs, children: [], text: '', line: lineAt(start) };
    if (source.startsWith('/>', at)) {
      at += 2;
      return element;
    }
    at++;
    for (;;) {
      const next = source.indexOf('<', at);
      if (next < 0) fail(`<${name}> (line ${element.line}) is never closed`, source.length);
      element.text += decode(source.slice(at, next), at);
      at = next;
      if (source.startsWith('</', at)) {
        const close = /^<\/([^\s>]+)\s*>/.exec(source.slice(at)) ?? fail('malformed closing tag');
        if (close[1] !== name) fail(`</${close[1]}> closes <${name}> opened on line ${element.line}`);
        at += close[0].length;
        element.text = element.text.trim();
        return element;
      }
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at + 4);
        if (end < 0) fail('comment is never closed');
        at = end + 3;
      } else if (source.startsWith('<![CDATA[', at)) {
        const end = source.indexOf(']]>', at);
        if (end < 0) fail('CDATA section is never closed');
        element.text += source.slice(at + 9, end);
        at = end + 3;
      } else element.children.push(readElement());
    }
  };
  skipMisc();
  if (at >= source.length) fail('the document is empty');
  const root = readElement();
  skipMisc();
  if (at < source.length) fail('content after the root element');
  return root;
}

// ---------------------------------------------------------------- the manifest rules

export interface ManifestEnvironment {
  /** Paths the build serves, relative to the site root ("functions.js", "assets/icon-16.png"). */
  readonly servedFiles: readonly string[];
  /** Pixel size of a served PNG, or undefined when it is missing or not a PNG. */
  readonly pngSize: (sitePath: string) => { width: number; height: number } | undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const TOP_LEVEL = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
const REQUIRED_TOP_LEVEL = TOP_LEVEL.filter((name) => name !== 'AppDomains');
const NAMESPACE = 'PRICING';
const PERMISSION = 'ReadWriteDocument';
/** Which resource section a resid must resolve to, by the element (and parent) that carries it. */
type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

function residKind(element: XmlElement, parent: XmlElement | undefined): ResourceKind {
  if (element.local === 'Image') return 'Images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(element.local)) return 'Urls';
  if (element.local === 'Description' && parent && ['Supertip', 'GetStarted'].includes(parent.local)) return 'LongStrings';
  return 'ShortStrings';
}

function* walk(element: XmlElement, parent?: XmlElement): Generator<[XmlElement, XmlElement | undefined]> {
  yield [element, parent];
  for (const child of element.children) yield* walk(child, element);
}

const find = (root: XmlElement, local: string): XmlElement[] => [...walk(root)].map(([e]) => e).filter((e) => e.local === local);
const child = (element: XmlElement | undefined, local: string): XmlElement | undefined => element?.children.find((c) => c.local === local);

/** All problems of a manifest; an empty list means it passes. */
export function validateManifest(xml: string, env: ManifestEnvironment): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return [`not well-formed XML: ${e.message}`];
    throw e;
  }
  const problems: string[] = [];
  const report = (element: XmlElement | undefined, message: string): void => {
    problems.push(element ? `line ${element.line}: ${message}` : message);
  };
  if (root.local !== 'OfficeApp') return [`the root element must be <OfficeApp>, not <${root.name}>`];
  if (root.attrs['xmlns'] !== 'http://schemas.microsoft.com/office/appforoffice/1.1') report(root, 'OfficeApp must declare xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') report(root, `OfficeApp xsi:type must be TaskPaneApp (found "${root.attrs['xsi:type'] ?? ''}")`);

  // Top-level elements: present and in schema order.
  const order = root.children.map((c) => c.local).filter((n) => TOP_LEVEL.includes(n));
  for (const name of REQUIRED_TOP_LEVEL) if (!order.includes(name)) report(root, `missing required element <${name}>`);
  const positions = order.map((n) => TOP_LEVEL.indexOf(n));
  positions.forEach((p, i) => {
    if (i > 0 && p < positions[i - 1]!) report(root.children.find((c) => c.local === order[i]), `<${order[i]}> must come before <${order[i - 1]}>`);
  });

  const id = child(root, 'Id');
  if (id && !GUID.test(id.text)) report(id, `Id must be a GUID (found "${id.text}")`);
  const version = child(root, 'Version');
  if (version && (!VERSION.test(version.text) || version.text.split('.').some((n) => Number(n) > 65535))) report(version, `Version must be n.n.n.n (found "${version.text}")`);
  const maxLength: Record<string, number> = { DisplayName: 125, Description: 250 };
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const element = child(root, name);
    const value = element?.attrs['DefaultValue'];
    if (element && !value) report(element, `<${name}> needs a DefaultValue`);
    const limit = maxLength[name];
    if (element && value && limit !== undefined && value.length > limit) report(element, `<${name}> is longer than ${limit} characters`);
  }
  const hosts = child(root, 'Hosts');
  if (hosts && !hosts.children.some((h) => h.attrs['Name'] === 'Workbook')) report(hosts, 'Hosts must include <Host Name="Workbook"/> (Excel)');
  const permissions = child(root, 'Permissions');
  if (permissions && permissions.text !== PERMISSION) report(permissions, `Permissions must be ${PERMISSION}, the least that lets the task pane write sheets (found "${permissions.text}")`);
  if (!find(root, 'Set').some((s) => s.attrs['Name'] === 'SharedRuntime')) report(child(root, 'Requirements'), 'Requirements must include <Set Name="SharedRuntime"/>');

  // Resources: unique ids, no longer than Office allows.
  const resources = new Map<string, { kind: ResourceKind; value: string; element: XmlElement }>();
  const resourcesElement = find(root, 'Resources')[0];
  for (const section of resourcesElement?.children ?? []) {
    for (const entry of section.children) {
      const rid = entry.attrs['id'] ?? '';
      if (resources.has(rid)) report(entry, `resource id "${rid}" is defined twice`);
      if (rid.length > 32) report(entry, `resource id "${rid}" is longer than 32 characters`);
      const value = entry.attrs['DefaultValue'] ?? '';
      const limit = section.local === 'ShortStrings' ? 125 : section.local === 'LongStrings' ? 250 : 2048;
      if (value.length > limit) report(entry, `resource "${rid}" is longer than ${limit} characters`);
      resources.set(rid, { kind: section.local as ResourceKind, value, element: entry });
    }
  }
  // Every resid resolves, to the right kind of resource.
  for (const [element, parent] of walk(root)) {
    const rid = element.attrs['resid'];
    if (rid === undefined) continue;
    const resource = resources.get(rid);
    const kind = residKind(element, parent);
    if (!resource) report(element, `resid "${rid}" of <${element.name}> is not defined in <Resources>`);
    else if (resource.kind !== kind) report(element, `resid "${rid}" of <${element.name}> must name a bt:${kind} entry, not bt:${resource.kind}`);
  }
  const residValue = (element: XmlElement | undefined): string | undefined => resources.get(element?.attrs['resid'] ?? '')?.value;

  // Shared runtime and custom functions.
  const runtime = find(root, 'Runtime')[0];
  if (!runtime) report(find(root, 'VersionOverrides')[0], 'missing <Runtimes><Runtime resid=… lifetime="long"/></Runtimes> (shared runtime)');
  else if (runtime.attrs['lifetime'] !== 'long') report(runtime, 'the shared runtime needs lifetime="long"');
  const functions = find(root, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions');
  if (!functions) report(find(root, 'VersionOverrides')[0], 'missing the CustomFunctions extension point');
  else {
    for (const part of ['Script', 'Page', 'Metadata']) {
      if (!child(child(functions, part), 'SourceLocation')?.attrs['resid']) report(functions, `CustomFunctions needs <${part}><SourceLocation resid=…/></${part}>`);
    }
    const namespace = child(functions, 'Namespace');
    const value = residValue(namespace);
    if (!namespace) report(functions, 'CustomFunctions needs a <Namespace resid=…/>');
    else if (value !== undefined && value !== NAMESPACE) report(namespace, `the functions namespace must be ${NAMESPACE} (found "${value}")`);
    const page = child(child(functions, 'Page'), 'SourceLocation');
    if (runtime && page && page.attrs['resid'] !== runtime.attrs['resid']) report(page, 'the functions Page must be the shared runtime page (same resid as <Runtime>)');
  }
  const functionFile = find(root, 'FunctionFile')[0];
  if (runtime && functionFile && functionFile.attrs['resid'] !== runtime.attrs['resid']) report(functionFile, 'FunctionFile must be the shared runtime page (same resid as <Runtime>)');
  const showPane = find(root, 'Action').filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane');
  if (showPane.length === 0) report(find(root, 'DesktopFormFactor')[0] ?? root, 'no ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">)');
  for (const action of showPane) {
    const location = child(action, 'SourceLocation');
    if (runtime && location?.attrs['resid'] !== runtime.attrs['resid']) report(action, 'the task pane button must open the shared runtime page (same resid as <Runtime>)');
  }
  const controlIds = find(root, 'Control').map((c) => c.attrs['id'] ?? '');
  controlIds.forEach((cid, i) => {
    if (controlIds.indexOf(cid) !== i) report(find(root, 'Control')[i], `control id "${cid}" is used twice`);
  });

  // URLs: https, on the add-in's origin, served by the build; icons of the right size.
  const domain = find(root, 'AppDomain')[0]?.text;
  const served = new Set(env.servedFiles);
  const checkUrl = (element: XmlElement, url: string, iconSize?: number): void => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      report(element, `"${url}" is not a URL`);
      return;
    }
    if (parsed.protocol !== 'https:') report(element, `${url} must use https (Excel refuses http add-ins)`);
    if (domain && parsed.origin !== new URL(domain).origin) report(element, `${url} is not on the add-in's domain ${domain}`);
    const sitePath = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!served.has(sitePath)) {
      report(element, `${url} is not served by the build (webpack outputs: ${[...served].filter((f) => !f.startsWith('assets/')).join(', ')}, assets/*.png)`);
      return;
    }
    if (iconSize !== undefined) {
      const size = env.pngSize(sitePath);
      if (!size) report(element, `${url} is not a PNG image`);
      else if (size.width !== iconSize || size.height !== iconSize) report(element, `${url} is ${size.width}×${size.height} px; this icon must be ${iconSize}×${iconSize} px`);
    }
  };
  const topIcon: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const element = child(root, name);
    const url = element?.attrs['DefaultValue'];
    if (element && url) checkUrl(element, url, topIcon[name]);
  }
  const defaultPage = child(child(root, 'DefaultSettings'), 'SourceLocation');
  if (defaultPage?.attrs['DefaultValue']) checkUrl(defaultPage, defaultPage.attrs['DefaultValue']);
  else report(child(root, 'DefaultSettings') ?? root, 'DefaultSettings needs <SourceLocation DefaultValue=…/>');
  for (const [rid, resource] of resources) {
    if (resource.kind === 'Urls') checkUrl(resource.element, resource.value);
    if (resource.kind === 'Images') {
      const uses = find(root, 'Image').filter((i) => i.attrs['resid'] === rid).map((i) => Number(i.attrs['size']));
      const sizes = [...new Set(uses)];
      if (sizes.length > 1) report(resource.element, `image "${rid}" is used at several sizes (${sizes.join(', ')} px)`);
      checkUrl(resource.element, resource.value, sizes[0]);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- command line

/** Width and height from a PNG's IHDR chunk. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The environment of this repository: what webpack.config.js serves, PNGs read from assets/. */
export function projectEnvironment(root: string): ManifestEnvironment {
  const config = createRequire(join(root, 'package.json'))('./webpack.config.js') as { servedFiles: () => string[] };
  return {
    servedFiles: config.servedFiles(),
    pngSize: (sitePath) => {
      const file = join(root, sitePath);
      return existsSync(file) ? readPngSize(readFileSync(file)) : undefined;
    },
  };
}

function main(argv: readonly string[]): number {
  const file = argv[0] ?? 'manifest.xml';
  if (!existsSync(file)) {
    console.error(`validate-manifest: ${file} does not exist`);
    return 2;
  }
  const problems = validateManifest(readFileSync(file, 'utf8'), projectEnvironment(resolve(__dirname, '..')));
  if (problems.length === 0) {
    console.log(`${file}: valid (well-formed, resources resolve, URLs match the build, icons sized, shared runtime, namespace ${NAMESPACE})`);
    return 0;
  }
  for (const problem of problems) console.error(`${file}: ${problem}`);
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
