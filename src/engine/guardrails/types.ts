export type BreachRule = 'vendor-margin-floor' | 'max-customer-discount' | 'channel-conflict' | 'rising-unit-price' | 'price-cliff' | 'unpriceable-line' | 'repeated-job' | 'price-corridor' | 'partner-margin';
export type BreachSeverity = 'error' | 'warning';

/** A guardrail the model or a quote breaks, where, and by how much. */
export interface Breach {
  readonly rule: BreachRule;
  /** Where: "quote.lines[1]", "ladders[0].bands[2]", "prices[4] via channel "distribution", level "gold"". */
  readonly path: string;
  /** The figures, e.g. `vendor margin 41.2% is below the floor of 60% (net 649.44, cost 381.60)`. */
  readonly message: string;
  readonly severity: BreachSeverity;
}
