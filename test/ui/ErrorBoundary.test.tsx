/** A part of the pane that fails shows what failed and the way out, never a blank pane; the model stays recoverable. */
import { useState, type ReactNode } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import type { ModelInput } from '../../src/engine/model/schema';
import { renderInFluent } from './support/render';

function FailingPanel(props: { readonly failing: boolean }): ReactNode {
  if (props.failing) throw new Error('tiers.map is not a function');
  return <p>Quote lines</p>;
}

/** The files handed to the browser for download, read back as text. */
function capturedDownloads(): { texts: () => Promise<string[]>; restore: () => void } {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob): string => {
    blobs.push(blob);
    return `blob:model-${blobs.length}`;
  };
  URL.revokeObjectURL = (): void => undefined;
  HTMLAnchorElement.prototype.click = function click(): void {};
  const read = (blob: Blob): Promise<string> =>
    new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
  return {
    texts: () => Promise.all(blobs.map(read)),
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = original.click;
    },
  };
}

describe('When a panel fails', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('shows what failed, with Export model, Try again and Reload, instead of a blank pane', () => {
    renderInFluent(
      <ErrorBoundary area="The Quote panel" model={() => STARTER_MODEL}>
        <FailingPanel failing />
      </ErrorBoundary>,
    );
    const failure = screen.getByRole('alert');
    expect(failure).toHaveTextContent('The Quote panel failed');
    expect(failure).toHaveTextContent('tiers.map is not a function');
    for (const name of ['Export model', 'Try again', 'Reload']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('Export model downloads the model as it stands, as JSON', async () => {
    const downloads = capturedDownloads();
    try {
      const model: ModelInput = { ...STARTER_MODEL, name: 'Rescued price book' };
      renderInFluent(
        <ErrorBoundary area="The Quote panel" model={() => model}>
          <FailingPanel failing />
        </ErrorBoundary>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Export model' }));
      expect(await screen.findByText('The model was exported as JSON.')).toBeInTheDocument();
      const [text] = await downloads.texts();
      expect(JSON.parse(text ?? '')).toEqual(JSON.parse(JSON.stringify(model)));
    } finally {
      downloads.restore();
    }
  });

  it('Try again shows the panel once what made it fail is gone', async () => {
    function Harness(): ReactNode {
      const [failing, setFailing] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setFailing(false)}>Fix the model</button>
          <ErrorBoundary area="The Quote panel" model={() => STARTER_MODEL}>
            <FailingPanel failing={failing} />
          </ErrorBoundary>
        </>
      );
    }
    renderInFluent(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The Quote panel failed');
    await userEvent.click(screen.getByRole('button', { name: 'Fix the model' }));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Quote lines')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
