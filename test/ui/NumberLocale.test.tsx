/** Numbers typed as the user's locale writes them, with the value as read beside the field. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LaddersPanel } from '../../src/taskpane/components/panels/LaddersPanel';
import { hostNumberLocale, NumberLocaleProvider } from '../../src/taskpane/state/numberLocale';
import { numberLocale, parseNumberText, type NumberKind } from '../../src/taskpane/state/numberText';
import { renderWithEditor } from './support/render';

jest.setTimeout(30_000);

describe.each<[string, string, NumberKind, number]>([
  ['de-DE', '1,5', 'number', 1.5],
  ['de-DE', '1.234,5', 'money', 1234.5],
  ['de-DE', '0,5%', 'percent', 0.005],
  ['de-DE', '15 %', 'percent', 0.15],
  ['fr-FR', '1,5', 'number', 1.5],
  ['fr-FR', '1 234,5', 'money', 1234.5],
  ['fr-FR', '1\u202f234,5', 'money', 1234.5],
  ['fr-FR', '0,5 %', 'percent', 0.005],
  ['en-US', '1.5', 'number', 1.5],
  ['en-US', '1,234.5', 'money', 1234.5],
  ['en-US', '15 %', 'percent', 0.15],
  ['en-US', '0.5%', 'percent', 0.005],
])('In %s, "%s" typed as a %s', (tag, text, kind, stored) => {
  it(`is stored as ${stored}`, () => {
    expect(parseNumberText(text, kind, numberLocale(tag))).toEqual({ ok: true, value: stored });
  });
});

describe.each([
  ['en-US', '1,5', 'in en-US "," separates thousands and "." decimals; type 1.5 for one and a half, 1,500 for fifteen hundred'],
  ['en-US', '0,5%', 'in en-US "," separates thousands'],
  ['en-US', '1.234,5', 'in en-US "," separates thousands'],
  ['de-DE', '1.5', 'in de-DE "." separates thousands and "," decimals; type 1,5 for one and a half, 1.500 for fifteen hundred'],
  ['de-DE', '1,234.5', 'in de-DE "." separates thousands'],
  ['fr-FR', '1.5', 'in fr-FR'],
])('In %s, "%s"', (tag, text, why) => {
  it('is refused as ambiguous rather than guessed', () => {
    const parsed = parseNumberText(text, text.includes('%') ? 'percent' : 'number', numberLocale(tag));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(`"${text}" is ambiguous: ${why}`);
  });
});

describe('The locale the pane reads numbers in', () => {
  it("is Excel's content language, then its display language, then the browser's", () => {
    expect(hostNumberLocale({ Office: { context: { contentLanguage: 'de-DE', displayLanguage: 'en-US' } } }).decimal).toBe(',');
    expect(hostNumberLocale({ Office: { context: { displayLanguage: 'fr-FR' } } })).toMatchObject({ tag: 'fr-FR', decimal: ',' });
    expect(hostNumberLocale({}).tag).toBe(navigator.language);
  });
});

describe('A band discount typed in de-DE', () => {
  it('stores "0,5" as 0.5 % and shows "= 0,5 %" beside the field', async () => {
    const { probe } = renderWithEditor(
      <NumberLocaleProvider value={numberLocale('de-DE')}>
        <LaddersPanel />
      </NumberLocaleProvider>,
    );
    const field = screen.getAllByLabelText('Band 2 discount')[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, '0,5');
    expect(probe.current?.model.ladders?.[0]?.bands[1]?.discount).toBe(0.005);
    expect(screen.getByText('= 0,5 %')).toBeInTheDocument();
  });

  it('refuses "1.5" with the message beside the field, keeping the value last read ("1", 1 %)', async () => {
    const { probe } = renderWithEditor(
      <NumberLocaleProvider value={numberLocale('de-DE')}>
        <LaddersPanel />
      </NumberLocaleProvider>,
    );
    const field = screen.getAllByLabelText('Band 2 discount')[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, '1.5');
    expect(within(field.closest('.fui-Field') as HTMLElement).getByText(/"1\.5" is ambiguous: in de-DE/)).toBeInTheDocument();
    expect(probe.current?.model.ladders?.[0]?.bands[1]?.discount).toBe(0.01);
  });
});
