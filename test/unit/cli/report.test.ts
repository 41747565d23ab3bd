/** What a report counts and when --strict fails, for any mix of issues and breaches. */
import fc from 'fast-check';
import { countsOf, failsStrict, reportLines, type Report, type ReportBreach, type ReportIssue } from '../../../src/cli/report';

const severity = fc.constantFrom('error' as const, 'warning' as const);
const issue: fc.Arbitrary<ReportIssue> = fc.record({ severity, path: fc.constantFrom('currency', 'prices[0].listPrice'), message: fc.string() });
const breach: fc.Arbitrary<ReportBreach> = fc.record({
  rule: fc.constantFrom('vendor-margin-floor' as const, 'max-customer-discount' as const, 'rising-unit-price' as const),
  severity,
  path: fc.constantFrom('prices[3]', 'quote.lines[2]'),
  message: fc.string(),
});
const report: fc.Arbitrary<Report> = fc.record({ valid: fc.constant(true), issues: fc.array(issue, { maxLength: 5 }), breaches: fc.array(breach, { maxLength: 8 }) });

describe('a report', () => {
  it('prints one line per issue and breach, and counts each once as an error or a warning', () => {
    fc.assert(fc.property(report, (r) => {
      const counts = countsOf(r);
      expect(reportLines(r)).toHaveLength(r.issues.length + r.breaches.length);
      expect(counts.errors + counts.warnings).toBe(r.issues.length + r.breaches.length);
    }));
  });

  it('--strict fails exactly when there is an error; --strict=warnings when there is anything at all', () => {
    fc.assert(fc.property(report, (r) => {
      const { errors, warnings } = countsOf(r);
      expect(failsStrict(r, 'off')).toBe(false);
      expect(failsStrict(r, 'errors')).toBe(errors > 0);
      expect(failsStrict(r, 'warnings')).toBe(errors + warnings > 0);
    }));
  });
});
