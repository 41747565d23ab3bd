/** Playground entry: the task pane in a plain browser, without Office, beside a preview of the workbook. */
import { createRoot } from 'react-dom/client';
import { STARTER_MODEL } from '../taskpane/state/starterModel';
import { PlaygroundApp } from './PlaygroundApp';
import { PlaygroundWorkbook } from './PlaygroundWorkbook';
import { playgroundPort } from './playgroundPort';

const container = document.getElementById('container');
if (!container) throw new Error('The playground page has no #container element.');
const workbook = new PlaygroundWorkbook();
createRoot(container).render(<PlaygroundApp port={playgroundPort(workbook)} workbook={workbook} starter={STARTER_MODEL} />);
