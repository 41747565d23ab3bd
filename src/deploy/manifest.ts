/**
 * The manifest a build serves: manifest.xml with every development URL moved onto the deployment
 * base, as Microsoft's templates do when they copy the manifest (webpack.config.js of
 * OfficeDev/Office-Addin-TaskPane-React replaces urlDev with urlProd in production builds).
 * AppDomain gets the origin alone; every other URL the base plus its path.
 */
import { DEV_BASE, type AddinBase } from './addinBase';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** manifest.xml for a deployment; throws if a development URL would be left behind. */
export function manifestFor(xml: string, target: AddinBase): string {
  const rewritten = xml
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${escapeXml(target.origin)}</AppDomain>`)
    .replace(/https:\/\/localhost:3000(?=[/"<])/g, escapeXml(target.base));
  const left = target.base === DEV_BASE ? [] : rewritten.match(/https?:\/\/localhost[^"<\s]*/g) ?? [];
  if (left.length > 0) throw new Error(`manifest.xml still names the development server after rebasing: ${left.join(', ')}`);
  return rewritten;
}
