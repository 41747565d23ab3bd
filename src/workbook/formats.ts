/** Number format strings per cell format and currency, shared by both renderers. */
import type { CellFormat, CurrencyFormat } from './spec';

export const currencyFormat = (currency: string, minorUnits: number): CurrencyFormat => `money:${currency}:${minorUnits}`;
/** The currency and decimals of a CurrencyFormat, or null for any other format. */
export function currencyOfFormat(format: CellFormat): { currency: string; minorUnits: number } | null {
  const m = /^money:([A-Z]{3}):(\d)$/.exec(format);
  return m ? { currency: m[1] ?? '', minorUnits: Number(m[2]) } : null;
}


/** Currency symbols shown before the amount; others show their ISO code after it. */
const PREFIX_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩', AUD: 'A$', CAD: 'C$', NZD: 'NZ$',
  HKD: 'HK$', SGD: 'S$', BRL: 'R$', MXN: 'MX$', ILS: '₪',
};

/** '#,##0' with `decimals` decimals. */
function grouped(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Money format: "$"#,##0.00 with a minus sign before the symbol for negatives. */
export function moneyFormat(currency: string, minorUnits: number): string {
  const body = grouped(minorUnits);
  const symbol = PREFIX_SYMBOLS[currency];
  if (symbol !== undefined) {
    const s = `"${symbol}"${body}`;
    return `${s};-${s}`;
  }
  const s = `${body} "${currency.replace(/"/g, '')}"`;
  return `${s};-${s}`;
}

/** The number format string for a cell format. Percentages show up to one decimal (12.5%). */
export function numberFormat(format: CellFormat, currency: string, minorUnits: number): string {
  switch (format) {
    case 'text':
      return '@';
    case 'integer':
      return '#,##0';
    case 'money':
      return moneyFormat(currency, minorUnits);
    case 'percent':
      return '0.0%';
    case 'number':
      return '#,##0.####;-#,##0.####;0';
    case 'general':
      return 'General';
    default: {
      const other = currencyOfFormat(format);
      return other === null ? 'General' : moneyFormat(other.currency, other.minorUnits);
    }
  }
}
