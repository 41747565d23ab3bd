/**
 * Where the built add-in is served from. Excel loads every page, script, icon and metadata file of
 * the add-in from the URLs in its manifest, and "the source location must be an HTTPS address, not a
 * file path" (https://learn.microsoft.com/javascript/api/manifest/sourcelocation). The source
 * manifest names the development server; a deployable build names ADDIN_BASE_URL.
 */

/** The development server that manifest.xml and the @helpurl tags of the functions name. */
export const DEV_BASE = 'https://localhost:3000';

export interface AddinBase {
  /** Base of every served file, without a trailing slash: "https://pricing.example.com" or ".../tiercraft". */
  readonly base: string;
  /** Scheme, host and port only, as the manifest's AppDomain names it. */
  readonly origin: string;
}

/**
 * Reads ADDIN_BASE_URL: unset or blank keeps the development server; anything else must be an
 * absolute https URL without query or fragment, and may carry a folder ("https://cdn.example.com/tiercraft/").
 */
export function addinBase(value: string | undefined): AddinBase {
  const text = (value ?? '').trim();
  if (text === '') return { base: DEV_BASE, origin: DEV_BASE };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${text}" is not an absolute URL; give the https address dist/ is served from, e.g. https://pricing.example.com`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL "${text}" must use https: Excel loads add-ins only over https.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL "${text}" must be a plain https address, without query, fragment or credentials.`);
  }
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin };
}

/** A URL of the development server, moved onto the deployment base ("https://localhost:3000/x" → base + "/x"). */
export function rebase(url: string, target: AddinBase): string {
  if (url === DEV_BASE) return target.origin;
  return url.startsWith(`${DEV_BASE}/`) ? `${target.base}${url.slice(DEV_BASE.length)}` : url;
}
