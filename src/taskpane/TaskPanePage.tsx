/**
 * The task pane page once Office is ready: inside Excel, the pane on the Excel port in Office's theme;
 * anywhere else, the page that says to open the add-in in Excel. A failure anywhere in the pane shows
 * what failed, with Export model, never a blank page.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider, type Theme } from '@fluentui/react-components';
import { ErrorBoundary } from './components/ErrorBoundary';
import { OpenInExcel } from './components/OpenInExcel';
import { TaskPane } from './components/TaskPane';
import type { PaneHost } from './hostDecision';
import { STARTER_MODEL } from './state/starterModel';
import { officeTheme, usePreferredTheme } from './theme';
import { excelPort } from './workbook/excelPort';
import type { WorkbookPort } from './workbook/WorkbookPort';

/** Office has no theme-change event in Excel: its theme is read again whenever the pane regains focus. */
function useOfficeTheme(): Theme {
  const [theme, setTheme] = useState(officeTheme);
  useEffect(() => {
    const reread = (): void => setTheme(officeTheme());
    window.addEventListener('focus', reread);
    return () => window.removeEventListener('focus', reread);
  }, []);
  return theme;
}

const fill = { minHeight: '100vh' } as const;

/** The pane in Excel. `port` is the Excel port unless a test hands another. */
export function ExcelPane(props: { readonly port?: WorkbookPort }): ReactNode {
  const port = useMemo(() => props.port ?? excelPort(), [props.port]);
  return (
    <FluentProvider theme={useOfficeTheme()} style={fill}>
      <ErrorBoundary area="The task pane" model={() => port.loadModel()}>
        <TaskPane port={port} starter={STARTER_MODEL} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

function Elsewhere(props: { readonly host: string | null }): ReactNode {
  return (
    <FluentProvider theme={usePreferredTheme()} style={fill}>
      <OpenInExcel host={props.host} />
    </FluentProvider>
  );
}

export function TaskPanePage(props: { readonly host: PaneHost; readonly port?: WorkbookPort }): ReactNode {
  return props.host.kind === 'excel' ? <ExcelPane port={props.port} /> : <Elsewhere host={props.host.host} />;
}
