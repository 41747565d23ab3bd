/**
 * `tiercraft quote model.json`: the model's quote priced line by line — each line's List, customer
 * price, true-up and its maths in words — then the totals with the quote's minimum-commitment true-up.
 * With --json, one document on stdout: { valid, customer, lines: [...], totals: {...} } (amounts as
 * decimal strings at the minor unit). An invalid model prints its issues and exits 1, as validate does.
 */
import { resolve } from 'node:path';
import { type Decimal, toFixedString } from '../../engine/decimal';
import { isPricingError } from '../../engine/errors';
import { loadModel } from '../../engine/model/loadModel';
import { priceQuote } from '../../engine/quote/priceQuote';
import type { QuoteLineResult, QuoteResult } from '../../engine/quote/types';
import { formatMoney } from '../../engine/shapes/format';
import { EXIT, type ExitCode } from '../exitCodes';
import { readJson } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { countsOf, countsText, modelReport } from '../report';
import { printReport } from './validate';

const text = (d: Decimal): string => toFixedString(d);

function lineJson(line: QuoteLineResult) {
  return {
    item: line.item,
    quantity: text(line.quantity),
    tier: line.tier,
    term: line.term,
    channel: line.channel,
    level: line.level,
    unitListPrice: text(line.unitListPrice),
    listPrice: text(line.listPrice),
    trueUp: text(line.trueUp),
    explanation: line.explanation,
    customerPrice: text(line.customerPrice),
    vendorNet: text(line.vendorNet),
  };
}

export function quoteJson(quote: QuoteResult): string {
  const t = quote.totals;
  return JSON.stringify(
    {
      valid: true,
      customer: quote.customer,
      lines: quote.lines.map(lineJson),
      totals: { listPrice: text(t.listPrice), trueUp: text(t.trueUp), customerPrice: text(t.customerPrice), vendorInvoice: text(t.vendorInvoice), vendorNet: text(t.vendorNet), cost: text(t.cost) },
    },
    null,
    2,
  );
}

/** The quote as lines of text: one block per line, then the totals. */
export function quoteLines(quote: QuoteResult, minorUnits: number): string[] {
  const money = (d: Decimal): string => formatMoney(d, minorUnits);
  const out: string[] = [];
  quote.lines.forEach((line, i) => {
    const name = line.item.kind === 'product' ? line.item.sku : `bundle ${line.item.id}`;
    out.push(`${i + 1}. ${name} (${line.tier}, ${line.term}, ${line.channel}): list ${money(line.listPrice)}, customer ${money(line.customerPrice)}`);
    out.push(`   ${line.explanation}`);
    if (line.trueUp.units !== 0n) out.push(`   true-up ${money(line.trueUp)}`);
  });
  const t = quote.totals;
  out.push(`total: list ${money(t.listPrice)}, customer ${money(t.customerPrice)}, vendor net ${money(t.vendorNet)}`);
  if (t.trueUp.units !== 0n) out.push(`quote true-up to the minimum commitment: ${money(t.trueUp)}`);
  return out;
}

export async function quoteCommand(file: string, options: { json?: boolean }, io: CliIO): Promise<ExitCode> {
  const loaded = loadModel(await readJson(resolve(io.cwd, file)));
  if (!loaded.ok) {
    const report = modelReport(loaded, null);
    printReport(report, options, io);
    if (options.json !== true) io.err(m.invalidModel(file, countsText(countsOf(report))));
    return EXIT.invalid;
  }
  let quote: QuoteResult;
  try {
    quote = priceQuote(loaded.model);
  } catch (e) {
    if (!isPricingError(e)) throw e;
    if (options.json === true) io.out(JSON.stringify({ valid: false, error: e.message }, null, 2));
    else io.err(m.unpricedQuote(file, e.message));
    return EXIT.invalid;
  }
  if (options.json === true) io.out(quoteJson(quote));
  else for (const line of quoteLines(quote, loaded.model.rounding.minorUnits)) io.out(line);
  return EXIT.ok;
}
