/**
 * taskpane.html after Office.onReady: the pane inside Excel, the open-in-Excel page anywhere else, and
 * never a blank page when the Excel API is missing.
 */
import { render, screen } from '@testing-library/react';
import { TaskPanePage } from '../../src/taskpane/TaskPanePage';
import { OPEN_IN_EXCEL_TEXT } from '../../src/taskpane/components/OpenInExcel';
import { excelPort } from '../../src/taskpane/workbook/excelPort';
import { mockPort } from './support/render';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Excel');
});

describe('The task pane page', () => {
  it('opened in a plain browser, says to open it in Excel and links to the playground', async () => {
    render(<TaskPanePage host={{ kind: 'elsewhere', host: null }} />);
    expect(screen.getByRole('heading', { name: OPEN_IN_EXCEL_TEXT.title })).toBeInTheDocument();
    expect(screen.getByText('Excel is not here')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: OPEN_IN_EXCEL_TEXT.playground })).toHaveAttribute('href', 'playground.html');
  });

  it('opened in Word, says Tiercraft does not run in Word', () => {
    render(<TaskPanePage host={{ kind: 'elsewhere', host: 'Word' }} />);
    expect(screen.getByText('Tiercraft does not run in Word')).toBeInTheDocument();
  });

  it('inside Excel, shows the pane on the port it is given', async () => {
    render(<TaskPanePage host={{ kind: 'excel' }} port={mockPort()} />);
    expect(await screen.findByRole('button', { name: 'Build workbook' })).toBeInTheDocument();
  });

  it('inside Excel with no Excel API, says the saved model could not be read, with Try again, not a blank page', async () => {
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe('undefined');
    render(<TaskPanePage host={{ kind: 'excel' }} port={excelPort()} />);
    expect(await screen.findByText('The model saved in this workbook could not be read')).toBeInTheDocument();
    expect(screen.getByText(/Excel is not defined/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
