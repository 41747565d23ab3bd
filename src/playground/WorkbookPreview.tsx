/**
 * The live preview of the workbook the task pane builds: a tab per sheet, each a grid of the values the
 * spreadsheet shows (formula cells show the engine's result; hover shows the formula), and a button to
 * download the same workbook as .xlsx.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, Subtitle1, Tab, TabList, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { columnLetters, parseA1 } from '../workbook/spec';
import { cellKey, exampleGrid, sheetGrid, type GridCell, type SheetGrid } from './sheetGrid';
import { EXAMPLE_SHEET, type PlaygroundWorkbook } from './PlaygroundWorkbook';
import { downloadXlsx } from './downloadXlsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, height: '100%' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading_: { display: 'flex', flexDirection: 'column' },
  scroller: { overflow: 'auto', flexGrow: 1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1, maxHeight: 'calc(100vh - 150px)' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12px', fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground1 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  colHead: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 6px', minWidth: '64px' },
  rowHead: { position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 6px', textAlign: 'right' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '2px 6px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', height: '20px' },
  // Text with nothing beside it runs over the next cells, as in a spreadsheet.
  spill: { overflow: 'visible', position: 'relative', zIndex: 1 },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  header_: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold },
  title: { fontSize: '15px', fontWeight: tokens.fontWeightSemibold },
  heading: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  formula: { color: tokens.colorBrandForeground1 },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: '-2px' },
  // On a narrow screen the sheet tabs wrap rather than run off the page (and off its themed background).
  sheetTabs: { flexWrap: 'wrap' },
  empty: { padding: tokens.spacingVerticalXXL, textAlign: 'center', color: tokens.colorNeutralForeground3 },
});

const MAX_ROWS = 400;

/** A spreadsheet column width in characters as pixels (Excel: about 7 px a character plus padding). */
const columnPixels = (chars: number | undefined): number => Math.round(Math.min(Math.max(chars ?? 10, 4), 60) * 7 + 10);

function cellClass(styles: ReturnType<typeof useStyles>, cell: GridCell | undefined, selected: boolean, spills: boolean): string {
  return mergeClasses(
    styles.cell,
    spills && styles.spill,
    cell?.numeric && styles.numeric,
    cell?.role === 'header' && styles.header_,
    cell?.role === 'title' && styles.title,
    (cell?.role === 'heading' || cell?.role === 'caption' || cell?.role === 'label') && styles.heading,
    cell?.role === 'note' && styles.note,
    cell?.formula !== undefined && cell.role === 'data' && styles.formula,
    selected && styles.selected,
  );
}

function Grid(props: { readonly grid: SheetGrid; readonly selected: string | null }): ReactNode {
  const styles = useStyles();
  const { grid, selected } = props;
  const selectedRef = useRef<HTMLTableCellElement>(null);
  // The braces matter: scrollIntoView returns a Promise in recent Chromium, and an effect that returns
  // a non-function makes React throw on the next selection (the preview went blank on a second check).
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected, grid]);
  const rows = Math.min(grid.rows, MAX_ROWS);
  const cols = Array.from({ length: grid.cols }, (_, c) => c);
  // A fixed layout takes the column widths only when the table's own width is set.
  const width = cols.reduce((sum, c) => sum + columnPixels(grid.widths[c]), 40);
  return (
    // Focusable, so that keyboard users can scroll a sheet wider or longer than the preview.
    <div className={styles.scroller} tabIndex={0} role="group" aria-label={`Cells of sheet ${grid.name}`}>
      <table className={styles.table} style={{ width: `${width}px` }} aria-label={`Sheet ${grid.name}`} data-testid="preview-grid">
        <colgroup>
          <col style={{ width: '40px' }} />
          {cols.map((c) => <col key={c} style={{ width: `${columnPixels(grid.widths[c])}px` }} />)}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.corner} aria-hidden="true" />
            {cols.map((c) => <th key={c} className={styles.colHead} scope="col">{columnLetters(c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">{r + 1}</th>
              {cols.map((c) => {
                const key = cellKey(r, c);
                const cell = grid.cells.get(key);
                const isSelected = selected === key;
                const spills = cell !== undefined && !cell.numeric && cell.role !== 'header' && cell.role !== 'data' && !grid.cells.has(cellKey(r, c + 1));
                return (
                  <td key={c} ref={isSelected ? selectedRef : undefined} className={cellClass(styles, cell, isSelected, spills)} title={cell?.formula ? `${key}: ${cell.formula}` : undefined} data-cell={key} aria-selected={isSelected || undefined}>
                    {cell?.text ?? ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WorkbookPreview(props: { readonly workbook: PlaygroundWorkbook }): ReactNode {
  const styles = useStyles();
  const state = useSyncExternalStore(props.workbook.subscribe, props.workbook.getSnapshot);
  // Only the sheet on screen is laid out, and only the rows the preview shows: a 1,000-product workbook
  // has some 156,000 cells, and formatting them all held the page for over a second after each build.
  const names = useMemo(() => {
    const built = state.spec ? state.spec.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name) : [];
    return state.example ? [...built, EXAMPLE_SHEET] : built;
  }, [state.spec, state.example]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [download, setDownload] = useState<string | null>(null);
  const [follow, setFollow] = useState(state.selection);
  // A selection made from the pane (a check, the example) brings its sheet forward.
  if (follow !== state.selection) {
    setFollow(state.selection);
    if (state.selection) setChosen(state.selection.sheet);
  }
  const activeName = chosen !== null && names.includes(chosen) ? chosen : names[0];
  const active = useMemo((): SheetGrid | undefined => {
    if (activeName === undefined) return undefined;
    if (activeName === EXAMPLE_SHEET && state.example) return exampleGrid(EXAMPLE_SHEET, state.example);
    const sheet = state.spec?.sheets.find((s) => s.name === activeName && s.visibility === 'visible');
    return sheet && state.spec ? sheetGrid(sheet, state.spec, MAX_ROWS) : undefined;
  }, [activeName, state.spec, state.example]);
  const selected = state.selection && active && state.selection.sheet === active.name ? cellKey(parseA1(state.selection.address).row, parseA1(state.selection.address).col) : null;
  const onDownload = (): void => {
    if (!state.spec) return;
    setDownload('Preparing the .xlsx file…');
    downloadXlsx(state.spec).then(
      (name) => setDownload(`Downloaded ${name}.`),
      (error: unknown) => setDownload(`The .xlsx file could not be made: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  return (
    <section className={styles.root} aria-label="Workbook preview">
      <div className={styles.header}>
        <div className={styles.heading_}>
          <Subtitle1 as="h2">Workbook preview</Subtitle1>
          <Caption1 as="p" aria-live="polite" data-testid="preview-status">
            {state.spec ? `Build ${state.builds}: ${names.length} sheets, as Excel would show them. Hover a blue figure to see its formula.` : 'Nothing built yet: press Build workbook in the pane.'}
          </Caption1>
        </div>
        <Button icon={<ArrowDownload20Regular />} disabled={!state.spec} onClick={onDownload}>Download .xlsx</Button>
      </div>
      {download ? <MessageBar intent="info"><MessageBarBody>{download}</MessageBarBody></MessageBar> : null}
      {active ? (
        <>
          <TabList className={styles.sheetTabs} size="small" selectedValue={active.name} onTabSelect={(_, d) => setChosen(String(d.value))} aria-label="Sheets">
            {names.map((name) => <Tab key={name} value={name}>{name}</Tab>)}
          </TabList>
          <Grid grid={active} selected={selected} />
        </>
      ) : (
        <div className={styles.empty}>The sheets of the workbook appear here once it is built.</div>
      )}
    </section>
  );
}
