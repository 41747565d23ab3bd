/** Rectangles of cells: shared with the .xlsx renderer (src/workbook/rects.ts). */
export * from '../rects';
