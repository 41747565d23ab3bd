/**
 * `tiercraft quote model.json`: the model's quote priced line by line — each line's List, customer
 * price, true-up and its maths in words, a partner line's route, funding and special bid — then the
 * totals with the quote's minimum-commitment true-up, then each party's pocket-price waterfall of the
 * quote (the engine's quotePocket). The partner's purchases (the quote's partnerPurchases, or
 * --purchases) pick the rebate tier and the MDF cap. With --json, one document on stdout:
 * { valid, customer, partnerPurchases, lines: [...], totals: {...}, pocket: [...] } (amounts as decimal
 * strings at the minor unit). An invalid model prints its issues and exits 1, as validate does.
 */
import { resolve } from 'node:path';
import { type Decimal, dec, toFixedString } from '../../engine/decimal';
import { isPricingError } from '../../engine/errors';
import { loadModel } from '../../engine/model/loadModel';
import { priceQuote } from '../../engine/quote/priceQuote';
import type { QuoteLineResult, QuoteResult } from '../../engine/quote/types';
import { quotePocket } from '../../engine/pocket';
import { formatMoney } from '../../engine/shapes/format';
import { EXIT, type ExitCode } from '../exitCodes';
import { readJson } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { countsOf, countsText, modelReport } from '../report';
import { amountOption } from '../routeOptions';
import { percent } from '../table';
import { pocketJson, pocketLines } from './pocket';
import { printReport } from './validate';

const text = (d: Decimal): string => toFixedString(d);
const textOrNull = (d: Decimal | null | undefined): string | null => (d === null || d === undefined ? null : toFixedString(d));

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
    funding: line.channelKind === 'direct' ? null : line.funding,
    specialBidDiscount: text(line.specialBidDiscount),
    resellerBuy: textOrNull(line.resellerBuy),
    resellerMargin: textOrNull(line.resellerMargin?.amount),
    distributorBuy: textOrNull(line.distributorBuy),
    distributorMargin: textOrNull(line.distributorMargin?.amount),
    vendorInvoice: text(line.vendorInvoice),
    rebate: text(line.rebate),
    mdf: text(line.mdf),
    coop: text(line.coop),
    rates: { rebate: text(line.rates.rebate), mdf: text(line.rates.mdf), coop: text(line.rates.coop) },
    vendorNet: text(line.vendorNet),
  };
}

export function quoteJson(quote: QuoteResult, partnerPurchases = 0): string {
  const t = quote.totals;
  return JSON.stringify(
    {
      valid: true,
      customer: quote.customer,
      partnerPurchases,
      lines: quote.lines.map(lineJson),
      totals: {
        listPrice: text(t.listPrice), trueUp: text(t.trueUp), customerPrice: text(t.customerPrice), specialBidDiscount: text(t.specialBidDiscount),
        vendorInvoice: text(t.vendorInvoice), rebate: text(t.rebate), mdf: text(t.mdf), coop: text(t.coop), vendorNet: text(t.vendorNet), cost: text(t.cost),
        resellerMargin: text(t.resellerMargin), distributorMargin: text(t.distributorMargin),
      },
      pocket: pocketJson(quotePocket(quote)),
    },
    null,
    2,
  );
}

/** A partner line's route and funding: ", Gold, registered, partner funding, special bid 50.00". */
function routeText(line: QuoteLineResult, money: (d: Decimal) => string): string {
  if (line.channelKind === 'direct') return '';
  const parts = [line.level ?? '', line.dealRegistration ? 'registered' : '', `${line.funding} funding`, line.specialBidDiscount.units === 0n ? '' : `special bid ${money(line.specialBidDiscount)}`];
  return parts.filter((p) => p !== '').map((p) => `, ${p}`).join('');
}

/** The partner's earnings of a partner line: buy prices, margins and the programme funds with their rates. */
function partnerText(line: QuoteLineResult, money: (d: Decimal) => string): string | null {
  if (line.resellerBuy === null || line.resellerMargin === null) return null;
  const distributor = line.distributorBuy === null || line.distributorMargin === null ? '' : `; distributor buys ${money(line.distributorBuy)}, margin ${money(line.distributorMargin.amount)}`;
  const funds = `rebate ${money(line.rebate)} (${percent(line.rates.rebate)}), MDF ${money(line.mdf)} (${percent(line.rates.mdf)}), co-op ${money(line.coop)} (${percent(line.rates.coop)})`;
  return `   reseller buys ${money(line.resellerBuy)}, margin ${money(line.resellerMargin.amount)}${distributor}; vendor invoice ${money(line.vendorInvoice)}, ${funds}, pocket price ${money(line.vendorNet)}`;
}

/** The quote as lines of text: one block per line, then the totals, then each party's pocket-price waterfall. */
export function quoteLines(quote: QuoteResult, minorUnits: number, partnerPurchases = 0): string[] {
  const money = (d: Decimal): string => formatMoney(d, minorUnits);
  const out: string[] = [];
  quote.lines.forEach((line, i) => {
    const name = line.item.kind === 'product' ? line.item.sku : `bundle ${line.item.id}`;
    out.push(`${i + 1}. ${name} (${line.tier}, ${line.term}, ${line.channel}${routeText(line, money)}): list ${money(line.listPrice)}, customer ${money(line.customerPrice)}`);
    out.push(`   ${line.explanation}`);
    const partner = partnerText(line, money);
    if (partner !== null) out.push(partner);
    if (line.trueUp.units !== 0n) out.push(`   true-up ${money(line.trueUp)}`);
  });
  const t = quote.totals;
  out.push(`total: list ${money(t.listPrice)}, customer ${money(t.customerPrice)}, vendor net ${money(t.vendorNet)}`);
  if (t.trueUp.units !== 0n) out.push(`quote true-up to the minimum commitment: ${money(t.trueUp)}`);
  const partnerLines = quote.lines.some((l) => l.channelKind !== 'direct');
  out.push(`pocket-price waterfall per party${partnerLines ? ` (partner purchases ${money(dec(partnerPurchases))})` : ''}:`);
  out.push(...pocketLines(quotePocket(quote), minorUnits));
  return out;
}

export async function quoteCommand(file: string, options: { json?: boolean; purchases?: string }, io: CliIO): Promise<ExitCode> {
  const loaded = loadModel(await readJson(resolve(io.cwd, file)));
  if (!loaded.ok) {
    const report = modelReport(loaded, null);
    printReport(report, options, io);
    if (options.json !== true) io.err(m.invalidModel(file, countsText(countsOf(report))));
    return EXIT.invalid;
  }
  const model = loaded.model;
  const partnerPurchases = amountOption('--purchases', options.purchases, model.quote.partnerPurchases ?? 0);
  let quote: QuoteResult;
  try {
    quote = priceQuote(model, { ...model.quote, partnerPurchases });
  } catch (e) {
    if (!isPricingError(e)) throw e;
    if (options.json === true) io.out(JSON.stringify({ valid: false, error: e.message }, null, 2));
    else io.err(m.unpricedQuote(file, e.message));
    return EXIT.invalid;
  }
  if (options.json === true) io.out(quoteJson(quote, partnerPurchases));
  else for (const line of quoteLines(quote, model.rounding.minorUnits, partnerPurchases)) io.out(line);
  return EXIT.ok;
}
