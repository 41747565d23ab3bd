/** Task pane entry: waits for Office, then renders the pane inside Fluent UI's provider. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

function mount(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('The task pane page has no #container element.');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <p>Tiercraft</p>
    </FluentProvider>,
  );
}

void Office.onReady(() => mount());
