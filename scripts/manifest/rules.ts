/**
 * Tiercraft's own checks of a manifest, beyond its schema (schema.ts): what the XSD cannot know. Every
 * resid resolves, to the right kind of resource, and resource ids are unique; Excel is the host, with the
 * least permission that writes sheets; one shared runtime (SharedRuntime set, lifetime long) serves the
 * task pane, the ribbon and the PRICING functions; every URL is https on the add-in's domain and served
 * by the webpack build; every icon is a PNG of the size it is used at.
 */
import type { ManifestInfo } from 'office-addin-manifest';
import { type ManifestElement, childOf, elementLabel, findAll, walk } from './tree';

export interface ManifestEnvironment {
  /** Paths the build serves, relative to the site root ("functions.js", "assets/icon-16.png"). */
  readonly servedFiles: readonly string[];
  /** Pixel size of a served PNG, or undefined when it is missing or not a PNG. */
  readonly pngSize: (sitePath: string) => { width: number; height: number } | undefined;
}

export const NAMESPACE = 'PRICING';
const PERMISSION = 'ReadWriteDocument';
type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which resource section a resid must resolve to, by the element (and parent) that carries it. */
function residKind(element: ManifestElement, parent: ManifestElement | undefined): ResourceKind {
  if (element.local === 'Image') return 'Images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(element.local)) return 'Urls';
  if (element.local === 'Description' && parent && ['Supertip', 'GetStarted'].includes(parent.local)) return 'LongStrings';
  return 'ShortStrings';
}

/** All problems the project's rules find; an empty list means they pass. */
export function checkRules(info: ManifestInfo, root: ManifestElement, env: ManifestEnvironment): string[] {
  const problems: string[] = [];
  const report = (element: ManifestElement | string, message: string): void => {
    problems.push(`${typeof element === 'string' ? element : elementLabel(element)}: ${message}`);
  };
  if (!(info.hosts ?? []).includes('Workbook')) report('<Hosts>', 'must include <Host Name="Workbook"/> (Excel)');
  if (info.permissions !== PERMISSION) report('<Permissions>', `must be ${PERMISSION}, the least that lets the task pane write sheets (found "${info.permissions ?? ''}")`);
  if (!findAll(root, 'Set').some((s) => s.attrs['Name'] === 'SharedRuntime')) report('<Requirements>', 'must include <Set Name="SharedRuntime"/>');

  // Resources: unique ids; every resid resolves to the right kind.
  const resources = new Map<string, { kind: ResourceKind; value: string; element: ManifestElement }>();
  for (const section of findAll(root, 'Resources')[0]?.children ?? []) {
    for (const entry of section.children) {
      const rid = entry.attrs['id'] ?? '';
      if (resources.has(rid)) report(entry, `resource id "${rid}" is defined twice`);
      // Microsoft's reference limits resource ids to 32 characters; the published XSD checks only the resids.
      if (rid.length > 32) report(entry, `resource id "${rid}" is longer than 32 characters`);
      resources.set(rid, { kind: section.local as ResourceKind, value: entry.attrs['DefaultValue'] ?? '', element: entry });
    }
  }
  for (const [element, parent] of walk(root)) {
    const rid = element.attrs['resid'];
    if (rid === undefined) continue;
    const resource = resources.get(rid);
    const kind = residKind(element, parent);
    if (!resource) report(element, `resid "${rid}" is not defined in <Resources>`);
    else if (resource.kind !== kind) report(element, `resid "${rid}" must name a bt:${kind} entry, not bt:${resource.kind}`);
  }

  // One shared runtime for the pane, the ribbon and the functions.
  const versionOverrides = findAll(root, 'VersionOverrides')[0];
  const runtime = findAll(root, 'Runtime')[0];
  const shared = runtime?.attrs['resid'];
  if (!runtime) report(versionOverrides ?? root, 'missing <Runtimes><Runtime resid=… lifetime="long"/></Runtimes> (shared runtime)');
  else if (runtime.attrs['lifetime'] !== 'long') report(runtime, 'the shared runtime needs lifetime="long"');
  const samePage = (element: ManifestElement | undefined, what: string): void => {
    if (shared !== undefined && element && element.attrs['resid'] !== shared) report(element, `${what} must be the shared runtime page (resid "${shared}", as <Runtime>)`);
  };
  const functions = findAll(root, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions');
  if (!functions) report(versionOverrides ?? root, 'missing the CustomFunctions extension point');
  else {
    for (const part of ['Script', 'Page', 'Metadata']) {
      if (!childOf(childOf(functions, part), 'SourceLocation')?.attrs['resid']) report(functions, `needs <${part}><SourceLocation resid=…/></${part}>`);
    }
    const namespace = childOf(functions, 'Namespace');
    const value = resources.get(namespace?.attrs['resid'] ?? '')?.value;
    if (namespace && value !== undefined && value !== NAMESPACE) report(namespace, `the functions namespace must be ${NAMESPACE} (found "${value}")`);
    samePage(childOf(childOf(functions, 'Page'), 'SourceLocation'), 'the functions <Page>');
  }
  const functionFile = findAll(root, 'FunctionFile')[0];
  if (!functionFile) report(findAll(root, 'DesktopFormFactor')[0] ?? root, 'missing <FunctionFile resid=…/> (the ribbon commands run in the shared runtime page)');
  samePage(functionFile, '<FunctionFile>');
  const showPane = findAll(root, 'Action').filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane');
  if (showPane.length === 0) report(findAll(root, 'DesktopFormFactor')[0] ?? root, 'no ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">)');
  for (const action of showPane) samePage(childOf(action, 'SourceLocation'), 'the task pane button');
  const controls = findAll(root, 'Control');
  controls.forEach((control, i) => {
    if (controls.findIndex((c) => c.attrs['id'] === control.attrs['id']) !== i) report(control, `control id "${control.attrs['id'] ?? ''}" is used twice`);
  });

  // URLs: https, on the add-in's domain, served by the build; icons of the size they are used at.
  const domain = info.appDomains?.[0];
  const served = new Set(env.servedFiles);
  const siteRoot = ((): URL | undefined => {
    try {
      return info.defaultSettings?.sourceLocation ? new URL('.', info.defaultSettings.sourceLocation) : undefined;
    } catch {
      return undefined;
    }
  })();
  const checkUrl = (where: ManifestElement | string, url: string, iconSize?: number): void => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      report(where, `"${url}" is not a URL`);
      return;
    }
    if (parsed.protocol !== 'https:') report(where, `${url} must use https (Office refuses http add-ins)`);
    if (domain && parsed.origin !== new URL(domain).origin) report(where, `${url} is not on the add-in's domain ${domain}`);
    // The site may be served under a path (https://host/tiercraft/): paths are relative to the task pane's folder.
    const inSite = siteRoot !== undefined && parsed.origin === siteRoot.origin && parsed.pathname.startsWith(siteRoot.pathname);
    const sitePath = decodeURIComponent(inSite ? parsed.pathname.slice(siteRoot.pathname.length) : parsed.pathname.replace(/^\//, ''));
    if (!served.has(sitePath)) {
      report(where, `${url} is not served by the build (webpack outputs: ${[...served].filter((f) => !f.startsWith('assets/')).join(', ')}, assets/*.png)`);
      return;
    }
    if (iconSize === undefined) return;
    const size = env.pngSize(sitePath);
    if (!size) report(where, `${url} is not a PNG image`);
    else if (size.width !== iconSize || size.height !== iconSize) report(where, `${url} is ${size.width}×${size.height} px; this icon must be ${iconSize}×${iconSize} px`);
  };
  if (info.iconUrl) checkUrl('<IconUrl>', info.iconUrl, 32);
  if (info.highResolutionIconUrl) checkUrl('<HighResolutionIconUrl>', info.highResolutionIconUrl, 64);
  if (info.supportUrl) checkUrl('<SupportUrl>', info.supportUrl);
  if (info.defaultSettings?.sourceLocation) checkUrl('<DefaultSettings><SourceLocation>', info.defaultSettings.sourceLocation);
  for (const [rid, resource] of resources) {
    if (resource.kind === 'Urls') checkUrl(resource.element, resource.value);
    if (resource.kind !== 'Images') continue;
    const sizes = [...new Set(findAll(root, 'Image').filter((i) => i.attrs['resid'] === rid).map((i) => Number(i.attrs['size'])))];
    if (sizes.length > 1) report(resource.element, `image "${rid}" is used at several sizes (${sizes.join(', ')} px)`);
    checkUrl(resource.element, resource.value, sizes[0]);
  }
  return problems;
}
