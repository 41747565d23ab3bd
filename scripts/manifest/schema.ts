/**
 * The manifest against Microsoft's add-in manifest XSD (schemas/manifest, see its README), with
 * `xmllint-wasm` (libxml2 compiled to WebAssembly: no system package). Catches what the schema knows:
 * well-formedness, unknown or misplaced elements, a misspelt `xsi:type`, missing required elements,
 * value formats (Id, Version, lengths of strings and resource ids, `lifetime`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_DIR = join(__dirname, '../../schemas/manifest');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** `{http://schemas.microsoft.com/office/…}Host` → `Host`: the message names the element as written. */
const shortNames = (message: string): string => message.replace(/\{(?:https?|urn):[^}]*\}/g, '').replace(/^Schemas validity error : /, '');

/** One line per schema problem ("line 37: Element 'Runtimes': This element is not expected…"); none when valid. */
export async function checkSchema(xml: string, fileName: string): Promise<string[]> {
  const schemas = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const load = (f: string) => ({ fileName: f, contents: readFileSync(join(SCHEMA_DIR, f), 'utf8') });
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: load(ROOT_SCHEMA),
    preload: schemas.filter((f) => f !== ROOT_SCHEMA).map(load),
  });
  if (result.valid) return [];
  // libxml2 follows a parser error with lines quoting the source: keep the located lines when there are any.
  const located = result.errors.filter((e) => e.loc !== null);
  return (located.length > 0 ? located : result.errors).map((e) => `${e.loc ? `line ${e.loc.lineNumber}: ` : ''}${shortNames(e.message).trim()}`);
}
