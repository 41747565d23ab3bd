/**
 * The description's work in steps (describeSteps): run ahead, in turns of a page's own, they leave the
 * description exactly as describing the model afresh gives it.
 */
import { describeSteps, describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { routeMarginSteps } from '../../../src/workbook/build/routeMargins';
import { example, load } from '../../support/models';
import { scenarioExample } from '../../support/scenarioModel';
import { generatedInput } from './office/fixtures';

describe('describeSteps', () => {
  it.each([
    ['the example model', () => example()],
    ['40 generated products', () => generatedInput(40)],
  ])('leave the description of %s as describing it afresh gives it', (_, input) => {
    const model = load(input());
    const steps = describeSteps(model);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) step();
    expect(describeWorkbook(model)).toEqual(describeWorkbook(load(input())));
  });

  it('cover the entries the RouteMargins table shows, in steps of the size asked, whatever the boundaries', () => {
    const input = generatedInput(40);
    const model = load(input);
    // 40 products × 3 tiers × 3 terms = 360 entries (and the bundles' terms), in steps of 7.
    const steps = routeMarginSteps(model, 7);
    expect(steps.length).toBeGreaterThanOrEqual(Math.ceil(360 / 7));
    for (const step of steps) step();
    expect(describeWorkbook(model)).toEqual(describeWorkbook(load(input)));
  });

  it('are none for a model with a scenario selected (its sheets are priced on the scenario’s model)', () => {
    const input = scenarioExample();
    const scenario = input.scenarios?.[0];
    expect(scenario).toBeDefined();
    expect(describeSteps(load(input)).length).toBeGreaterThan(0);
    expect(describeSteps(load({ ...input, selectedScenario: scenario?.id }))).toEqual([]);
  });
});
