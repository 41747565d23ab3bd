/** Import and export of the model as a JSON file. */
import type { ModelInput } from '../../engine/model/schema';
import { modelShapeIssues } from './modelShape';

export type ReadModel = { readonly ok: true; readonly model: ModelInput } | { readonly ok: false; readonly message: string; readonly issues?: readonly string[] };

/** A parsed model of the model's shape, or every place where it is not (then nothing is replaced). */
export function checkModelShape(json: unknown, source: string): ReadModel {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, message: `${source} does not hold a Tiercraft model (a JSON object); the model was not changed.` };
  }
  const issues = modelShapeIssues(json);
  if (issues.length > 0) {
    return { ok: false, message: `${source} is not shaped like a Tiercraft model; the model was not changed.`, issues: issues.map((i) => `${i.path}: ${i.message}`) };
  }
  // Of the right shape, it is taken as written: every other problem in it is then shown beside its field.
  return { ok: true, model: json as ModelInput };
}

/** Parses a model file's text; a file that is not a JSON object is refused (nothing is replaced). */
export function parseModelText(text: string, fileName: string): ReadModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${fileName} is not valid JSON (${error instanceof Error ? error.message : String(error)}); the model was not changed.` };
  }
  return checkModelShape(json, fileName);
}

/** The text of a chosen file (FileReader: older hosts' Blob lacks text()). */
export function fileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsText(file);
  });
}

export async function readModelFile(file: File): Promise<ReadModel> {
  return parseModelText(await fileText(file), file.name);
}

export function modelFileName(model: ModelInput): string {
  // A model being rescued may hold anything in its name.
  const base = (typeof model.name === 'string' ? model.name : 'model').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'model';
  return `${base}.tiercraft.json`;
}

export function downloadModel(model: ModelInput): void {
  const blob = new Blob([`${JSON.stringify(model, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = modelFileName(model);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
