export { customerQuote, type CustomerQuote, type CustomerQuoteLine, type CustomerQuoteComponent, type CustomerQuoteTotals, type QuoteToSend } from './customerQuote';
export { internalQuote, type InternalQuote, type InternalQuoteLine, type AllocatedComponentView, type PartyMargin } from './internalQuote';
export { moneyWriter, type Money, type Quantity } from './money';
