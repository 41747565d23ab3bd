/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts at build time. This runs
 * the same generator and checks what Excel will show: every function, its help, every parameter
 * with its help, optional ones marked, and spill-able (matrix) results where a function spills.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { CATALOGUE } from '../../../src/functions/catalogue';

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  customEnumId?: string;
}
interface CustomEnum {
  id: string;
  type: string;
  values: { name: string; stringValue: string; tooltip: string }[];
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

let functions: FunctionMetadata[];
let errors: string[];
let options: Record<string, unknown>;
let enums: CustomEnum[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, '../../../src/functions/functions.ts'));
  errors = result.errors;
  const { functions: listed, enums: customEnums, ...rest } = JSON.parse(result.metadataJson) as {
    functions: FunctionMetadata[];
    enums: CustomEnum[];
  } & Record<string, unknown>;
  functions = listed;
  enums = customEnums;
  options = rest;
}, 60_000);

const byId = (id: string): FunctionMetadata => {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`${id} is missing from functions.json`);
  return found;
};

describe('functions.json generated from the JSDoc', () => {
  it('has no errors and lists exactly the catalogue', () => {
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
    expect(functions.map((f) => f.id).sort()).toEqual(
      ['ALLOCATE', 'BUNDLE', 'LADDERDISCOUNT', 'MARGIN', 'MARKUP', 'PACKS', 'PRICEENDING', 'TIERED', 'UNITPRICE', 'WATERFALL'].sort(),
    );
  });

  describe.each(CATALOGUE.map((f) => [f.name, f] as const))('%s', (name, spec) => {
    it('is named as in Excel and described as in the catalogue', () => {
      const f = byId(name);
      expect(f.name).toBe(name);
      expect(f.description).toBe(spec.description);
    });

    it('lists the catalogue’s arguments in order, each with help, optional ones marked', () => {
      const f = byId(name);
      expect(f.parameters.map((p) => p.name)).toEqual(spec.args.map((a) => a.name));
      for (const [i, parameter] of f.parameters.entries()) {
        expect(parameter.description ?? '').toMatch(/\w{3,}.*\./);
        expect(parameter.optional === true).toBe(spec.args[i]!.optional);
      }
    });

    it('takes ranges where the function reads them, and spills where it returns several cells', () => {
      const f = byId(name);
      for (const [i, parameter] of f.parameters.entries()) {
        const arg = spec.args[i]!;
        if (arg.spread || arg.name === 'ladder' || ['listPrices', 'quantities', 'weights'].includes(arg.name)) {
          expect(parameter.dimensionality).toBe('matrix');
        }
      }
      expect(f.result.dimensionality === 'matrix').toBe(name !== 'BUNDLE');
    });
  });

  it('leaves allowErrorForDataTypeAny unset: an error in an input makes Excel show that error without calling the function', () => {
    // Excel's default, and what the README and functions.ts say: #REF! in the quantity cell shows #REF!.
    expect(options).toEqual({ allowCustomDataForDataTypeAny: true });
    expect(options).not.toHaveProperty('allowErrorForDataTypeAny');
  });

  it('pins the help of TIERED as Excel shows it', () => {
    expect(byId('TIERED').parameters.map((p) => `${p.name}${p.optional ? ' (optional)' : ''}: ${p.description}`)).toEqual([
      'quantity: Units to price: a cell or a column of quantities (spills one price per row).',
      'ladder: Ladder range: Up to, Unit price and optionally Flat fee; a header row is skipped, a blank last Up to has no limit.',
      'mode (optional): "graduated" (default: each band prices its own units), "volume" (the band reached prices all units) or "stairstep" (one price per band).',
      'decimals (optional): Decimals to round the result to (default 2).',
    ]);
  });

  it.each([
    ['TIERED', 'PriceMode', ['graduated', 'volume', 'stairstep']],
    ['UNITPRICE', 'PriceMode', ['graduated', 'volume', 'stairstep']],
    ['LADDERDISCOUNT', 'DiscountMode', ['graduated', 'volume']],
  ])('offers the modes of %s in Excel’s AutoComplete, each with a tooltip', (name, enumId, modes) => {
    offersChoices(name, 'mode', enumId, modes);
  });

  it('offers the fundings of WATERFALL in Excel’s AutoComplete, each with a tooltip', () => {
    offersChoices('WATERFALL', 'funding', 'DiscountFunding', ['vendor', 'partner', 'compound']);
    expect(byId('WATERFALL').parameters.at(-1)?.name).toBe('funding');
  });

  function offersChoices(name: string, parameter: string, enumId: string, modes: readonly string[]): void {
    const mode = byId(name).parameters.find((p) => p.name === parameter);
    expect(mode).toMatchObject({ type: 'string', customEnumId: enumId, optional: true });
    const offered = enums.find((e) => e.id === enumId);
    expect(offered?.values.map((v) => v.stringValue)).toEqual(modes);
    for (const value of offered?.values ?? []) expect(value.tooltip).toMatch(/\w{3,}.*\./);
  }

  it('keeps every other parameter "any": the runner, not Excel’s conversion, reads numbers, blanks and percent text', () => {
    // Excel converts a value to a typed parameter's type before calling the function
    // (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration#types),
    // which would change answers documented in the README: a blank quantity gives a blank result,
    // "5" typed as text is #VALUE!, "15%" as text is a rate, a blank optional takes its default.
    const typed = functions.flatMap((f) => f.parameters.filter((p) => !['mode', 'funding'].includes(p.name) && p.type !== 'any').map((p) => `${f.id}.${p.name}`));
    expect(typed).toEqual([]);
  });
});
