/** Playground entry: the task pane in a plain browser, without Office. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

const container = document.getElementById('container');
if (!container) throw new Error('The playground page has no #container element.');
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <p>Tiercraft playground</p>
  </FluentProvider>,
);
