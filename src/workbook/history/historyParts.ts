/**
 * What a build's History record needs of one model, in parts: its fingerprint, and its share of the
 * comparison with the model built before (its guardrail breaches, their subjects, its price points).
 * Each part is kept with the model (a model is never changed once loaded), so a page can work them out
 * in turns of their own, ahead of the build (the task pane does, after a big model's checks): the build
 * then finds them done, and only compares.
 */
import { modelBreaches } from '../../engine';
import { breachSubjects } from '../../engine/compare/breaches';
import { pricePointChanges, pricePointsOf } from '../../engine/compare/pricePoints';
import { settingChanges } from '../../engine/compare/settings';
import type { Model } from '../../engine/model/schema';
import { modelFingerprint } from './buildRecord';

/** The model a fingerprint is taken of: the loaded model, without the editor hint `$schema`. */
function fingerprinted(model: Model): Omit<Model, '$schema'> {
  const { $schema: _schema, ...meaning } = model;
  return meaning;
}

/** Fingerprints of the models already fingerprinted. */
const fingerprints = new WeakMap<Model, Promise<string>>();

export function fingerprintOf(model: Model): Promise<string> {
  const known = fingerprints.get(model);
  if (known !== undefined) return known;
  // The model's canonical JSON is made now; only its digest is awaited.
  const fingerprint = modelFingerprint(fingerprinted(model));
  fingerprints.set(model, fingerprint);
  // A failed fingerprint (no Web Crypto) is not kept: the next build asks again.
  fingerprint.catch(() => fingerprints.delete(model));
  return fingerprint;
}

/** A model's share of the comparison (compareModels): its breaches, their subjects, its price points. */
export const comparisonParts = (model: Model): (() => unknown)[] => [
  () => modelBreaches(model),
  () => breachSubjects(model, modelBreaches(model)),
  () => pricePointsOf(model),
];

/** The comparison's parts that take both models: their price points and their settings compared. */
export const pairParts = (base: Model, other: Model): (() => unknown)[] => [() => pricePointChanges(base, other), () => settingChanges(base, other)];

/**
 * The model this page built last, with its fingerprint. The next build compares with the model that
 * build wrote: when its record carries the same fingerprint, the two are the same model (the same
 * canonical JSON but for `$schema`, which no comparison reads), and this one comes with its parts
 * already worked out.
 */
let builtHere: { readonly fingerprint: string; readonly model: Model } | null = null;

export const lastBuiltHere = (): { readonly fingerprint: string; readonly model: Model } | null => builtHere;

export function rememberBuiltHere(fingerprint: string, model: Model): void {
  builtHere = { fingerprint, model };
}

/**
 * Everything a build's History record needs of the model to be built, ahead of the build: its own
 * parts, and those it shares with the model this page built last (the model the next build most likely
 * compares with; if another build comes between, the work is only not used).
 */
export function historyParts(model: Model): (() => unknown)[] {
  const last = builtHere?.model;
  const shared = last === undefined || last === model ? [] : pairParts(last, model);
  return [() => fingerprintOf(model).catch(() => null), ...comparisonParts(model), ...shared];
}
