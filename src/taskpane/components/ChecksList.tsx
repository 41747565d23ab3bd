/** The guardrail checks of the model: each breach a link that selects its cell in the workbook. */
import { useState, type ReactNode } from 'react';
import { Badge, Button, Link, makeStyles, Subtitle2, tokens, Caption1 } from '@fluentui/react-components';
import type { Check } from '../state/checks';
import type { CellLocation } from '../workbook/WorkbookPort';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * How many checks are listed at first, and added by each "Show more": a 1,000-product model can breach
 * its margin floor on tens of thousands of routes, and listing them all held the page for a minute. The
 * Checks sheet of the workbook lists every one.
 */
export const CHECKS_PAGE = 100;

export function ChecksList(props: { readonly checks: readonly Check[]; readonly onSelect: (location: CellLocation) => void; readonly pageSize?: number }): ReactNode {
  const styles = useStyles();
  const breaches = props.checks;
  const page = props.pageSize ?? CHECKS_PAGE;
  const [shown, setShown] = useState(page);
  const more = breaches.length - shown;
  return (
    <section className={styles.section} aria-label="Checks">
      <Subtitle2 as="h2">{`Checks · ${breaches.length === 0 ? 'all pass' : `${breaches.length} to review`}`}</Subtitle2>
      {breaches.length === 0 ? <Caption1>Margins, discounts and ladders are within the guardrails.</Caption1> : null}
      <ul className={styles.list}>
        {breaches.slice(0, shown).map((c, i) => (
          <li key={i} className={styles.item}>
            <Badge size="small" color={c.severity === 'breach' ? 'danger' : 'warning'}>{c.severity === 'breach' ? 'Breach' : 'Warning'}</Badge>
            {c.location ? (
              <Link as="button" inline onClick={() => props.onSelect(c.location as CellLocation)} title={`Select ${c.location.sheet}!${c.location.address}`}>{c.message}</Link>
            ) : (
              <span>{c.message}</span>
            )}
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + page)}>{`Show ${Math.min(page, more)} more (${more.toLocaleString('en-US')} not listed; the Checks sheet lists all)`}</Button>
      ) : null}
    </section>
  );
}
