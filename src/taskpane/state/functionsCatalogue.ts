/** The PRICING custom functions as the generated functions.json describes them (served next to the pane). */
export interface FunctionParameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

export interface FunctionInfo {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly FunctionParameter[];
}

export const FUNCTIONS_NAMESPACE = 'PRICING';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads the functions of a functions.json document; entries without an id and a name are skipped. */
export function parseFunctionsMetadata(json: unknown): FunctionInfo[] {
  const list = isRecord(json) && Array.isArray(json.functions) ? json.functions : [];
  return list.filter(isRecord).flatMap((f) => {
    const id = text(f.id);
    const name = text(f.name);
    if (!id || !name) return [];
    const parameters = (Array.isArray(f.parameters) ? f.parameters : []).filter(isRecord).map((p) => ({
      name: text(p.name) ?? '?',
      description: text(p.description),
      type: text(p.type),
      dimensionality: text(p.dimensionality),
      optional: p.optional === true,
    }));
    return [{ id, name, description: text(f.description), parameters }];
  });
}

/** How a function is written in a cell: =PRICING.TIERED(quantity, ladder, [minorUnits]). */
export function signatureOf(f: FunctionInfo): string {
  const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return `=${FUNCTIONS_NAMESPACE}.${f.name}(${args})`;
}

export async function fetchFunctions(url = 'functions.json'): Promise<FunctionInfo[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  return parseFunctionsMetadata(await response.json());
}
