/** Where the guardrail settings live (Checks sheet, Guardrails table at A4), so other sheets can refer to them first. */
import { HEADER_ROW, tableCell } from './cells';
import { type BuildContext, on } from './context';

export const GUARDRAILS_AT = { row: HEADER_ROW, col: 0 } as const;
export const GUARDRAIL_SETTINGS = ['Vendor margin floor', 'Max customer discount', 'Channel conflict', 'Rising unit price'] as const;

/** Qualified absolute address of a guardrail setting's value. */
export function guardrailCell(ctx: BuildContext, setting: (typeof GUARDRAIL_SETTINGS)[number]): string {
  return on(ctx, 'checks', tableCell({ at: GUARDRAILS_AT }, GUARDRAIL_SETTINGS.indexOf(setting), 1, true));
}
