/** The guardrail checks the Checks list shows, with the cell each one is about. */
import type { CellLocation } from '../workbook/WorkbookPort';

export interface Check {
  readonly message: string;
  readonly pass: boolean;
  readonly severity: 'breach' | 'warning';
  readonly location?: CellLocation;
}
