/** Figures as the pane shows them: money with the model's currency and minor units, rates as percentages. */
export function formatMoney(value: number, currency: string, minorUnits: number): string {
  const text = value.toLocaleString('en-US', { minimumFractionDigits: minorUnits, maximumFractionDigits: minorUnits });
  return currency ? `${currency} ${text}` : text;
}

export function formatPercent(rate: number, decimals = 1): string {
  return `${(rate * 100).toFixed(decimals)}%`;
}
