/** The guardrail checks of the model: each breach a link that selects its cell in the workbook. */
import type { ReactNode } from 'react';
import { Badge, Link, makeStyles, Subtitle2, tokens, Caption1 } from '@fluentui/react-components';
import type { Check } from '../state/checks';
import type { CellLocation } from '../workbook/WorkbookPort';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function ChecksList(props: { readonly checks: readonly Check[]; readonly onSelect: (location: CellLocation) => void }): ReactNode {
  const styles = useStyles();
  const breaches = props.checks;
  return (
    <section className={styles.section} aria-label="Checks">
      <Subtitle2 as="h2">{`Checks · ${breaches.length === 0 ? 'all pass' : `${breaches.length} to review`}`}</Subtitle2>
      {breaches.length === 0 ? <Caption1>Margins, discounts and ladders are within the guardrails.</Caption1> : null}
      <ul className={styles.list}>
        {breaches.map((c, i) => (
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
    </section>
  );
}
