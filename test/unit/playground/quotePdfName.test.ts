/** The downloaded customer quote's file name: the quote's number and customer, made safe for any file system. */
import { quotePdfName } from '../../../src/playground/quotePdf/quotePdfName';

const named = (number: string, customer: string): string => quotePdfName({ number, customer: { name: customer } });

describe('quotePdfName', () => {
  it.each([
    ['Q-2026-0142', 'Contoso', 'Quote Q-2026-0142 Contoso.pdf'],
    ['', 'Contoso', 'Quote Contoso.pdf'],
    ['', '', 'Quote.pdf'],
    ['Q/2026\\01', 'A:B*C?"D"<E>|F', 'Quote Q 2026 01 A B C D E F.pdf'],
    ['Q-1', 'Fabrikam\tGmbH\n', 'Quote Q-1 Fabrikam GmbH.pdf'],
    ['Q-1', 'Société Générale €', 'Quote Q-1 Société Générale €.pdf'],
    ['', 'Acme Inc.', 'Quote Acme Inc.pdf'],
  ])('number %j, customer %j: %s', (number, customer, expected) => {
    expect(named(number, customer)).toBe(expected);
  });

  it('stays short whatever the customer is called', () => {
    const name = named('Q-1', 'A'.repeat(500));
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/^Quote Q-1 A+\.pdf$/);
  });
});
