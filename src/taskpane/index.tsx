/** Task pane entry: waits for Office, then renders the pane inside Fluent UI's provider, in Office's theme. */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { TaskPane } from './components/TaskPane';
import { STARTER_MODEL } from './state/starterModel';
import { officeTheme } from './theme';
import { excelPort } from './workbook/excelPort';

function mount(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('The task pane page has no #container element.');
  const root = createRoot(container);
  const port = excelPort();
  const render = (): void =>
    root.render(
      <FluentProvider theme={officeTheme()} style={{ minHeight: '100vh' }}>
        <TaskPane port={port} starter={STARTER_MODEL} />
      </FluentProvider>,
    );
  render();
  // Office has no theme-change event in Excel: re-read its theme whenever the pane regains focus.
  window.addEventListener('focus', render);
}

void Office.onReady(() => mount());
