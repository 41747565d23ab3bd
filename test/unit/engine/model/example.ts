/** The example model shipped in examples/, as raw JSON (a fresh copy each call) and loaded. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModel, type Model, type Decimal, toFixedString } from '../../../../src/engine';

const file = resolve(__dirname, '../../../../examples/backup-vendor.tiercraft.json');
const text = readFileSync(file, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the raw JSON freely to break it
export type Json = any;

export const exampleJson = (): Json => JSON.parse(text);

export function exampleModel(edit?: (json: Json) => void): Model {
  const json = exampleJson();
  edit?.(json);
  const loaded = loadModel(json);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.model;
}

/** A decimal as text at its own scale ("4618.90"), or null. */
export const s = (d: Decimal | null | undefined): string | null => (d ? toFixedString(d) : null);
