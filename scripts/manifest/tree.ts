/**
 * The manifest as read by Microsoft's `office-addin-manifest`: `readManifestFile()` for the top-level
 * fields it knows, and the xml2js tree its XML handler parses (the package reads no VersionOverrides
 * fields itself), turned into a small typed tree for the project's own checks.
 */
import { OfficeAddinManifest, type ManifestInfo } from 'office-addin-manifest';
// The XML handler is not re-exported by the package's main module; the package declares no `exports`
// map, so its lib path is importable (typed by its own .d.ts). office-addin-manifest is held at ^3.
import { ManifestHandlerXml } from 'office-addin-manifest/lib/manifestHandler/manifestHandlerXml';

export interface ManifestElement {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  /** Without prefix, e.g. "Image". */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly ManifestElement[];
  readonly text: string;
}

export interface ReadManifest {
  readonly info: ManifestInfo;
  readonly root: ManifestElement;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One xml2js node (a string for a text-only element, else `$` attributes, `_` text, arrays of children). */
function toElement(name: string, node: unknown): ManifestElement {
  const local = name.replace(/^.*:/, '');
  if (!isRecord(node)) return { name, local, attrs: {}, children: [], text: typeof node === 'string' ? node.trim() : '' };
  const attrs = isRecord(node['$']) ? Object.fromEntries(Object.entries(node['$']).map(([k, v]) => [k, String(v)])) : {};
  const children = Object.entries(node)
    .filter(([key]) => key !== '$' && key !== '_')
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((child: unknown) => toElement(key, child)));
  return { name, local, attrs, children, text: typeof node['_'] === 'string' ? node['_'].trim() : '' };
}

/** Reads `path` with office-addin-manifest; throws when it is not a manifest it can parse. */
export async function readManifest(path: string): Promise<ReadManifest> {
  const info = await OfficeAddinManifest.readManifestFile(path);
  const parsed: unknown = await new ManifestHandlerXml(path).parseXmlAsync();
  if (!isRecord(parsed) || !('OfficeApp' in parsed)) throw new Error('the root element is not <OfficeApp>');
  return { info, root: toElement('OfficeApp', parsed['OfficeApp']) };
}

export function* walk(element: ManifestElement, parent?: ManifestElement): Generator<[ManifestElement, ManifestElement | undefined]> {
  yield [element, parent];
  for (const child of element.children) yield* walk(child, element);
}

export const findAll = (root: ManifestElement, local: string): ManifestElement[] => [...walk(root)].map(([e]) => e).filter((e) => e.local === local);
export const childOf = (element: ManifestElement | undefined, local: string): ManifestElement | undefined => element?.children.find((c) => c.local === local);

/** How a message names an element: `<bt:Url id="Taskpane.Url">`, `<Runtime resid="Taskpane.Url">`, `<Namespace>`. */
export function elementLabel(element: ManifestElement): string {
  const key = ['id', 'resid', 'xsi:type', 'Name'].find((k) => element.attrs[k] !== undefined);
  return key ? `<${element.name} ${key}="${element.attrs[key]}">` : `<${element.name}>`;
}
