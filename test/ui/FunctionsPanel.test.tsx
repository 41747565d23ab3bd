/** The Functions panel: the PRICING functions with their help, and the worked example in one click. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FunctionsPanel } from '../../src/taskpane/components/panels/FunctionsPanel';
import { parseFunctionsMetadata, signatureOf } from '../../src/taskpane/state/functionsCatalogue';
import { mockPort, renderInFluent } from './support/render';

const METADATA = {
  functions: [
    {
      id: 'TIERED',
      name: 'TIERED',
      description: 'Total price of a quantity on a price ladder (graduated, volume or stairstep).',
      parameters: [
        { name: 'quantity', description: 'Units to price', type: 'any', dimensionality: 'matrix' },
        { name: 'ladder', description: 'Ladder range', type: 'any', dimensionality: 'matrix' },
        { name: 'mode', description: '"graduated" (default), "volume" or "stairstep"', type: 'any', optional: true },
      ],
      result: { type: 'any', dimensionality: 'matrix' },
    },
    { name: 'NOID' },
  ],
};

describe('Functions catalogue', () => {
  it('reads functions.json: entries without an id are skipped; optional arguments in brackets', () => {
    const functions = parseFunctionsMetadata(METADATA);
    expect(functions.map((f) => f.id)).toEqual(['TIERED']);
    expect(signatureOf(functions[0]!)).toBe('=PRICING.TIERED(quantity, ladder, [mode])');
    expect(parseFunctionsMetadata('not metadata')).toEqual([]);
  });
});

describe('Functions panel', () => {
  it('lists each function with its help', async () => {
    renderInFluent(<FunctionsPanel port={mockPort()} load={async () => parseFunctionsMetadata(METADATA)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'PRICING.TIERED' }));
    expect(screen.getByText('=PRICING.TIERED(quantity, ladder, [mode])')).toBeInTheDocument();
    expect(screen.getByText(/Total price of a quantity on a price ladder/)).toBeInTheDocument();
    expect(screen.getByText(/Ladder range/)).toBeInTheDocument();
  });

  it('says when the list cannot be loaded', async () => {
    renderInFluent(<FunctionsPanel port={mockPort()} load={async () => Promise.reject(new Error('functions.json could not be loaded (HTTP 404).'))} />);
    expect(await screen.findByText('The function list is unavailable: functions.json could not be loaded (HTTP 404).')).toBeInTheDocument();
  });

  it('inserts the worked example through the workbook port and says where', async () => {
    const port = mockPort();
    renderInFluent(<FunctionsPanel port={port} load={async () => []} />);
    await userEvent.click(screen.getByRole('button', { name: 'Insert worked example' }));
    expect(port.insertExample).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Inserted a worked example at Sheet1!A1: a ladder table and formulas that use it.')).toBeInTheDocument();
  });

  it('reports a failed insertion', async () => {
    const port = mockPort();
    port.insertExample.mockRejectedValue(new Error('The cells at Sheet1!F1:I11 are not empty; nothing was written.'));
    renderInFluent(<FunctionsPanel port={port} load={async () => []} />);
    await userEvent.click(screen.getByRole('button', { name: 'Insert worked example' }));
    expect(await screen.findByText('Could not insert the example: The cells at Sheet1!F1:I11 are not empty; nothing was written.')).toBeInTheDocument();
  });
});
