/** The playground page: the task pane (same components, playground port) beside the workbook preview. */
import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { ModelInput } from '../engine/model/schema';
import { ErrorBoundary } from '../taskpane/components/ErrorBoundary';
import { TaskPane } from '../taskpane/components/TaskPane';
import { usePreferredTheme } from '../taskpane/theme';
import type { WorkbookPort } from '../taskpane/workbook/WorkbookPort';
import type { PlaygroundWorkbook } from './PlaygroundWorkbook';
import { WorkbookPreview } from './WorkbookPreview';

/** Below this width the pane and the preview do not fit side by side: the preview goes under the pane. */
const NARROW = '@media (max-width: 799px)';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    gap: tokens.spacingHorizontalM,
    // Stacked, the preview stays on the themed background instead of running off the page (in dark
    // theme its text was drawn on the browser's white beyond the page's width).
    [NARROW]: { flexDirection: 'column' },
  },
  pane: {
    width: '400px',
    minWidth: '320px',
    maxWidth: '450px',
    flexShrink: 0,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    height: '100vh',
    overflowY: 'auto',
    resize: 'horizontal',
    [NARROW]: { width: 'auto', minWidth: 0, maxWidth: 'none', height: 'auto', overflowY: 'visible', resize: 'none', borderRight: 'none', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
  preview: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalM },
});

export function PlaygroundApp(props: { readonly port: WorkbookPort; readonly workbook: PlaygroundWorkbook; readonly starter: ModelInput }): ReactNode {
  const styles = useStyles();
  return (
    <FluentProvider theme={usePreferredTheme()}>
      <div className={styles.page}>
        <div className={styles.pane} data-testid="task-pane">
          <TaskPane port={props.port} starter={props.starter} />
        </div>
        <div className={styles.preview}>
          <ErrorBoundary area="The workbook preview" model={() => props.port.loadModel()}>
            <WorkbookPreview workbook={props.workbook} />
          </ErrorBoundary>
        </div>
      </div>
    </FluentProvider>
  );
}
