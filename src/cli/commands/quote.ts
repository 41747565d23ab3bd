/**
 * `tiercraft quote model.json`: the model's quote priced line by line — each line's List, customer
 * price, true-up and its maths in words, a partner line's route, funding and special bid — then the
 * totals with the quote's minimum-commitment true-up, then each party's pocket-price waterfall of the
 * quote (the engine's quotePocket). The partner's purchases (the quote's partnerPurchases, or
 * --purchases) pick the rebate tier and the MDF cap. With --json, one document on stdout:
 * { valid, customer, partnerPurchases, lines: [...], totals: {...}, pocket: [...] } (amounts as decimal
 * strings at the minor unit). An invalid model prints its issues and exits 1, as validate does.
 * A quote file (quoteInput.ts) is priced in place of the model's quote. With -o quote.pdf the customer
 * quote is written as a PDF (src/quoteDocument), with -o quote.xlsx as a workbook; --internal adds
 * finance's view (each bundle line's allocation, each party's margin) after it, on pages (a sheet) of
 * its own marked internal. On a model with an approval matrix, each line needing approval is printed with
 * its approver and why, then the quote's status (in --json, "approval"); writing a quote that still
 * needs approval says so on stderr.
 */
import { extname, resolve } from 'node:path';
import { type Decimal, dec, toFixedString } from '../../engine/decimal';
import { isPricingError } from '../../engine/errors';
import { customerQuote, internalQuote, type QuoteToSend } from '../../engine/customerQuote';
import type { Model } from '../../engine/model/schema';
import { priceQuote, pricingModel } from '../../engine/quote/priceQuote';
import type { QuoteLineResult, QuoteResult } from '../../engine/quote/types';
import { quotePocket } from '../../engine/pocket';
import { formatMoney } from '../../engine/shapes/format';
import { type QuoteApproval, quoteApproval } from '../../engine/approvals';
import { approvalJson, approvalLines } from '../approvalText';
import { customerQuoteWorkbook } from '../customerQuoteWorkbook';
import { CliError, EXIT, type ExitCode } from '../exitCodes';
import { writeAtomically } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { countsOf, countsText, modelReport } from '../report';
import { quotePdf } from '../quotePdf';
import { loadQuoteInput } from '../quoteInput';
import { amountOption } from '../routeOptions';
import type { Paper } from '../../quoteDocument/quoteDocument';
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

export function quoteJson(quote: QuoteResult, partnerPurchases = 0, approval: QuoteApproval | null = null): string {
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
      ...(approval === null ? {} : { approval: approvalJson(approval) }),
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

export interface QuoteOptions {
  readonly json?: boolean;
  readonly purchases?: string;
  /** A .pdf or .xlsx to write the customer quote to. */
  readonly output?: string;
  /** Add finance's view to the output. */
  readonly internal?: boolean;
  readonly paper?: Paper;
}

/** The customer quote (and finance's view) written to `output`: a PDF or a workbook, by its extension. */
async function writeQuoteFile(model: Model, quote: QuoteResult, input: QuoteToSend, options: QuoteOptions & { output: string }, io: CliIO): Promise<void> {
  const kind = extname(options.output).toLowerCase();
  const customer = customerQuote(model, quote, input);
  const internal = options.internal === true ? internalQuote(model, quote, input) : undefined;
  const paper = options.paper ?? 'a4';
  const bytes =
    kind === '.pdf'
      ? await quotePdf({ customer, ...(internal === undefined ? {} : { internal }) }, paper)
      : await customerQuoteWorkbook(customer, internal, pricingModel(model, input).rounding.minorUnits, paper);
  await writeAtomically(resolve(io.cwd, options.output), bytes);
  if (options.json !== true) {
    io.out(m.quoteWritten(options.output, customer.number, customer.customer.name, customer.lines.length, customer.currency, customer.totals.total.text, internal !== undefined));
  }
}

export async function quoteCommand(file: string, quoteFile: string | undefined, options: QuoteOptions, io: CliIO): Promise<ExitCode> {
  if (options.output !== undefined && !['.pdf', '.xlsx'].includes(extname(options.output).toLowerCase())) throw new CliError(EXIT.usage, m.badOutput(options.output));
  if (options.internal === true && options.output === undefined) throw new CliError(EXIT.usage, m.internalNeedsOutput());
  const input = await loadQuoteInput(file, quoteFile, io);
  if (!input.ok && input.kind === 'model') {
    const report = modelReport(input.loaded, null);
    printReport(report, options, io);
    if (options.json !== true) io.err(m.invalidModel(input.modelFile, countsText(countsOf(report))));
    return EXIT.invalid;
  }
  if (!input.ok) {
    if (options.json === true) io.out(JSON.stringify({ valid: false, file: input.quoteFile, issues: input.issues.map((i) => ({ path: i.path, message: i.message })) }, null, 2));
    else {
      for (const i of input.issues) io.err(`error: ${input.quoteFile}: ${i.message}`);
      for (const w of input.warnings) io.err(`warning: ${input.quoteFile}: ${w.message}`);
      io.err(m.invalidQuoteFile(input.quoteFile, input.issues.length));
    }
    return EXIT.invalid;
  }
  const { model } = input;
  const partnerPurchases = amountOption('--purchases', options.purchases, input.quote.partnerPurchases ?? 0);
  const priced: QuoteToSend = { ...input.quote, partnerPurchases };
  const where = input.quoteFile ?? file;
  let quote: QuoteResult;
  try {
    quote = priceQuote(model, priced);
  } catch (e) {
    if (!isPricingError(e)) throw e;
    if (options.json === true) io.out(JSON.stringify({ valid: false, error: e.message }, null, 2));
    else io.err(m.unpricedQuote(where, e.message));
    return EXIT.invalid;
  }
  const approval = model.approvals === undefined ? null : quoteApproval(model, quote);
  if (options.output !== undefined) {
    await writeQuoteFile(model, quote, priced, { ...options, output: options.output }, io);
    if (approval?.status === 'needs approval') io.err(m.needsApproval(approval.missing));
  }
  if (options.json === true) io.out(quoteJson(quote, partnerPurchases, approval));
  else if (options.output === undefined) {
    for (const line of quoteLines(quote, model.rounding.minorUnits, partnerPurchases)) io.out(line);
    if (approval !== null) for (const line of approvalLines(approval)) io.out(line);
  }
  return EXIT.ok;
}
