/** Amounts with the text every surface shows for them (shapes/format.ts: "1,225.00", "12,300"). */
import type { Decimal, RoundingMode } from '../decimal';
import { roundMoney } from '../rounding/roundMoney';
import { formatMoney, formatQuantity } from '../shapes/format';

export interface Money {
  /** Rounded to the minor unit by the model's rounding policy. */
  readonly amount: Decimal;
  /** As the workbook's TEXT(x, "#,##0.00") writes it (see shapes/format.ts). */
  readonly text: string;
}

export interface Quantity {
  readonly value: Decimal;
  readonly text: string;
}

/** Writes amounts in one currency's minor unit and rounding mode. */
export function moneyWriter(minorUnits: number, mode: RoundingMode) {
  return {
    money: (amount: Decimal): Money => {
      const rounded = roundMoney(amount, minorUnits, mode);
      return { amount: rounded, text: formatMoney(rounded, minorUnits, mode) };
    },
    quantity: (value: Decimal): Quantity => ({ value, text: formatQuantity(value) }),
  };
}
