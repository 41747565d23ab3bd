/** Where the guardrail settings live (Checks sheet, Guardrails table, by default at A4), so other sheets can refer to them first. */
import type { CellAddress } from '../spec';
import { HEADER_ROW, tableCell } from './cells';
import { type BuildContext, on, place } from './context';

const GUARDRAILS_DEFAULT_AT = { row: HEADER_ROW, col: 0 } as const;

/** The Guardrails table's header cell. */
export const guardrailsAt = (ctx: BuildContext): CellAddress => place(ctx, 'Guardrails', GUARDRAILS_DEFAULT_AT);
export const GUARDRAIL_SETTINGS = ['Vendor margin floor', 'Max customer discount', 'Channel conflict', 'Rising unit price', 'Price corridor'] as const;

/** Qualified absolute address of a guardrail setting's value. */
export function guardrailCell(ctx: BuildContext, setting: (typeof GUARDRAIL_SETTINGS)[number]): string {
  return on(ctx, 'checks', tableCell({ at: guardrailsAt(ctx) }, GUARDRAIL_SETTINGS.indexOf(setting), 1, true));
}
