/**
 * HYPERLINK formulas to Tiercraft's sheets that keep working after a user renames a sheet.
 *
 * A link's target is text ("#'Price book'!A1"), which a spreadsheet does not rewrite on a rename. So the
 * target is read from the sheet's anchor in the registry on the model sheet (registry.ts): the anchor is
 * a formula `='Price book'!$A$1`, which the spreadsheet does rewrite, and FORMULATEXT returns "what is
 * displayed in the formula bar" for it (Microsoft's FORMULATEXT article), i.e. the reference under the
 * sheet's current name. HYPERLINK's link_location "can refer to a place in a document, such as a
 * specific cell or named range in an Excel worksheet or workbook" (Microsoft's HYPERLINK article); a
 * '#' before the reference names a place in the current workbook.
 *
 * The registry lists the sheets in SHEET_KEYS order (modelSheet.ts), so a key's anchor row is known
 * before the model sheet is described. A rebuild writes every link and the registry afresh.
 */
import { cellA1 } from '../a1';
import { REGISTRY_AT } from '../registry';
import { SHEET_KEYS, type CellAddress, type SheetKey } from '../spec';
import { formula } from './cells';
import { type BuildContext, on } from './context';
import { literal } from './shapeText';

/** The registry's Anchor column. */
const ANCHOR_COL = 2;

/** Qualified address of a sheet's anchor formula on the model sheet, e.g. 'Tiercraft model'!$C$6. */
export function anchorCell(ctx: BuildContext, key: SheetKey): string {
  return on(ctx, 'model', cellA1(REGISTRY_AT.row + 1 + SHEET_KEYS.indexOf(key), REGISTRY_AT.col + ANCHOR_COL, true));
}

/** The anchor's reference without its '=': 'Price book'!$A$1 under the sheet's current name. */
const anchorRef = (ctx: BuildContext, key: SheetKey): string => `MID(FORMULATEXT(${anchorCell(ctx, key)}),2,255)`;

/** A link to the top of a sheet, showing `shown`. */
export function sheetLink(ctx: BuildContext, key: SheetKey, shown: string) {
  return formula(`=HYPERLINK("#"&${anchorRef(ctx, key)},${literal(shown)})`, shown);
}

/**
 * A link to a cell of a sheet, showing `shown`: the anchor's reference with its cell ($A$1, or R1C1 in
 * the R1C1 reference style: four characters either way) replaced by the target cell.
 */
export function cellLink(ctx: BuildContext, key: SheetKey, at: CellAddress, shown: string) {
  const ref = anchorRef(ctx, key);
  return formula(`=HYPERLINK("#"&LEFT(${ref},LEN(${ref})-4)&"${cellA1(at.row, at.col)}",${literal(shown)})`, shown);
}
