/**
 * Task pane entry: waits for Office, then shows the pane inside Excel, or the page that says to open the
 * add-in in Excel anywhere else (hostDecision.ts). Office.js missing altogether (its CDN unreachable)
 * counts as "not in Excel".
 */
import { createRoot } from 'react-dom/client';
import { paneHostFor, type PaneHost } from './hostDecision';
import { TaskPanePage } from './TaskPanePage';

function officeReady(): Promise<PaneHost> {
  if (typeof Office === 'undefined') return Promise.resolve({ kind: 'elsewhere', host: null });
  return Office.onReady().then((info) => paneHostFor(info, Office.HostType.Excel));
}

const container = document.getElementById('container');
if (!container) throw new Error('The task pane page has no #container element.');
const root = createRoot(container);
void officeReady().then((host) => root.render(<TaskPanePage host={host} />));
