/**
 * functions.json as a deployment serves it. The metadata plugin copies each function's `@helpurl`
 * JSDoc tag into `helpUrl` unchanged (custom-functions-metadata, parseTree.js: getTagComment(…,
 * "helpurl")), so the tags name the development server and the build moves them onto the base.
 */
import { rebase, type AddinBase } from './addinBase';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The help page of a function, relative to the site root: "help/tiered.html". */
export const helpPagePath = (functionId: string): string => `help/${functionId.toLowerCase()}.html`;

/** functions.json with every helpUrl on the deployment base; everything else as generated. */
export function functionsMetadataFor(json: string, target: AddinBase): string {
  const document: unknown = JSON.parse(json);
  if (!isRecord(document) || !Array.isArray(document.functions)) throw new Error('functions.json has no "functions" list');
  const functions = document.functions.map((f: unknown) =>
    isRecord(f) && typeof f.helpUrl === 'string' ? { ...f, helpUrl: rebase(f.helpUrl, target) } : f,
  );
  return JSON.stringify({ ...document, functions }, null, 4);
}
