/**
 * The help pages Excel links to from its formula help ("Help on this function" follows each
 * function's helpUrl). Made at build time from what Excel itself reads: functions.json (description
 * and parameters, generated from the JSDoc of src/functions/functions.ts) and the `@example` lines
 * of that JSDoc. Plain HTML with no script, so any static host serves them.
 */
import { parseFunctionsMetadata, signatureOf, type FunctionInfo } from '../taskpane/state/functionsCatalogue';
import { helpPagePath } from './functionsMetadata';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `@example` lines of each `@customfunction` JSDoc block, by function id. */
export function examplesIn(source: string): ReadonlyMap<string, readonly string[]> {
  const examples = new Map<string, string[]>();
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const id = /@customfunction\s+(\w+)/.exec(block)?.[1];
    if (!id) continue;
    const lines = [...block.matchAll(/^\s*\*\s*@example\s+(.+?)\s*$/gm)].map((m) => m[1]!);
    examples.set(id.toUpperCase(), lines);
  }
  return examples;
}

function page(title: string, body: string, root: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Tiercraft</title>
<link rel="stylesheet" href="${root}help.css">
</head>
<body>
<main>
${body}
</main>
<footer><a href="${root}support.html">Tiercraft support</a> · <a href="${root}help/index.html">All PRICING functions</a></footer>
</body>
</html>
`;
}

const kindOf = (p: FunctionInfo['parameters'][number]): string =>
  [p.type && p.type !== 'any' ? p.type : 'value', p.dimensionality === 'matrix' ? 'range' : 'cell', p.optional ? 'optional' : 'required'].join(', ');

/** The help page of one function. */
export function functionHelpPage(f: FunctionInfo, examples: readonly string[]): string {
  const parameters = f.parameters
    .map((p) => `<tr><th scope="row"><code>${escapeHtml(p.name)}</code></th><td>${escapeHtml(kindOf(p))}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`)
    .join('\n');
  const exampleList = examples.length
    ? `<h2>Examples</h2>\n<ul>\n${examples.map((e) => `<li>${escapeHtml(e)}</li>`).join('\n')}\n</ul>`
    : '';
  return page(
    `PRICING.${f.name}`,
    `<h1>PRICING.${escapeHtml(f.name)}</h1>
<p>${escapeHtml(f.description ?? '')}</p>
<h2>Syntax</h2>
<p><code>${escapeHtml(signatureOf(f))}</code></p>
<h2>Arguments</h2>
<table>
<thead><tr><th scope="col">Argument</th><th scope="col">Takes</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${parameters}
</tbody>
</table>
${exampleList}`,
    '../',
  );
}

/** The list of functions, linking each help page. */
export function helpIndexPage(functions: readonly FunctionInfo[]): string {
  const items = functions
    .map((f) => `<li><a href="${escapeHtml(helpPagePath(f.id).slice('help/'.length))}"><code>PRICING.${escapeHtml(f.name)}</code></a>: ${escapeHtml(f.description ?? '')}</li>`)
    .join('\n');
  return page('PRICING functions', `<h1>PRICING functions</h1>\n<ul>\n${items}\n</ul>`, '../');
}

/** Every help file, by path relative to the site root: help/index.html and help/<function>.html. */
export function helpSite(functionsJson: string, functionsSource: string): ReadonlyMap<string, string> {
  const functions = parseFunctionsMetadata(JSON.parse(functionsJson));
  const examples = examplesIn(functionsSource);
  const files = new Map<string, string>([['help/index.html', helpIndexPage(functions)]]);
  for (const f of functions) files.set(helpPagePath(f.id), functionHelpPage(f, examples.get(f.id) ?? []));
  return files;
}
