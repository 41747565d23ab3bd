/**
 * The model saved with a workbook is the user's work: one the pane cannot open is shown with what is
 * wrong, kept in the workbook untouched, and replaced only once the user confirms starting over.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { AUTOSAVE_DELAY_MS } from '../../src/taskpane/state/useAutosave';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import type { ModelInput } from '../../src/engine/model/schema';
import { mockPort, renderInFluent } from './support/render';

jest.setTimeout(30_000);

/** A saved model of the wrong shape: its tiers an object, one product an empty slot. */
const unreadable = { ...STARTER_MODEL, name: 'Our price book', tiers: { product: 'Product' }, products: [null, ...(STARTER_MODEL.products ?? []).slice(1)] } as unknown as ModelInput;

const waitPastAutosave = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS * 3)));

/** The files handed to the browser for download, read back as text. */
function capturedDownloads(): { texts: () => Promise<string[]>; restore: () => void } {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob): string => `blob:model-${blobs.push(blob)}`;
  URL.revokeObjectURL = (): void => undefined;
  HTMLAnchorElement.prototype.click = function click(): void {};
  return {
    texts: () => Promise.all(blobs.map((blob) => new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    }))),
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = original.click;
    },
  };
}

describe('A saved model the pane cannot read', () => {
  it('is shown with each field at fault and its value, instead of the editor', async () => {
    renderInFluent(<TaskPane port={mockPort(unreadable)} starter={STARTER_MODEL} />);
    expect(await screen.findByText('The model saved in this workbook cannot be opened')).toBeInTheDocument();
    const wrong = screen.getByRole('list', { name: 'What is wrong with the saved model' });
    expect(within(wrong).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'products[0]: Invalid input: expected object, received null (got null)',
      'tiers: Invalid input: expected array, received object (got {"product":"Product"})',
    ]);
    expect(screen.queryByRole('button', { name: 'Build workbook' })).not.toBeInTheDocument();
  });

  it('a saved model the pane cannot read is kept until the user chooses to start over', async () => {
    const port = mockPort(unreadable);
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Start over…' }));
    expect(screen.getByRole('alertdialog', { name: 'Start over' })).toHaveTextContent('The saved model is replaced in the workbook as soon as you change anything.');
    await userEvent.click(screen.getByRole('button', { name: 'Keep the saved model' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByText('The model saved in this workbook cannot be opened')).toBeInTheDocument();
    await waitPastAutosave();
    expect(port.saveModel).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Start over…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace the saved model' }));
    await userEvent.click(await screen.findByRole('tab', { name: 'Price book' }));
    const name = await screen.findByLabelText('Model name');
    expect(name).toHaveValue(STARTER_MODEL.name);
    await waitPastAutosave();
    expect(port.saveModel).not.toHaveBeenCalled();
    await userEvent.type(name, ' 2027');
    await waitFor(() => expect(port.saveModel.mock.lastCall?.[0].name).toBe(`${STARTER_MODEL.name ?? ''} 2027`));
  });

  it('can be exported exactly as it was saved', async () => {
    const downloads = capturedDownloads();
    try {
      renderInFluent(<TaskPane port={mockPort(unreadable)} starter={STARTER_MODEL} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Export the saved model' }));
      expect(await screen.findByText('The model was exported as JSON.')).toBeInTheDocument();
      const [text] = await downloads.texts();
      expect(JSON.parse(text ?? '')).toEqual(JSON.parse(JSON.stringify(unreadable)));
    } finally {
      downloads.restore();
    }
  });
});

describe('A saved model that could not be read', () => {
  it('is not saved over: the pane says why, and Try again reads it anew', async () => {
    const port = mockPort({ ...STARTER_MODEL, name: 'Read on the second try' });
    port.loadModel.mockRejectedValueOnce(new Error('The model sheet could not be read (Excel is busy).'));
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    expect(await screen.findByText('The model saved in this workbook could not be read')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What is wrong with the saved model' })).toHaveTextContent('The model sheet could not be read (Excel is busy).');
    await waitPastAutosave();
    expect(port.saveModel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Read on the second try · USD/)).toBeInTheDocument();
    expect(port.saveModel).not.toHaveBeenCalled();
  });
});

describe('A saved model of the right shape', () => {
  it('opens in the editor with its issues, and is not saved until it is changed', async () => {
    const port = mockPort({ ...STARTER_MODEL, name: 'Half-finished', currency: 'dollars' });
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    expect(await screen.findByText(/Half-finished · dollars/)).toBeInTheDocument();
    await waitPastAutosave();
    expect(port.saveModel).not.toHaveBeenCalled();
  });
});
