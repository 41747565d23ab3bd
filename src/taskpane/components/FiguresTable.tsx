/** A compact read-only table of computed figures (allocation, waterfall, totals); words (basis, timing, who pays) left-aligned in their columns. */
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  th: { textAlign: 'right', fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  td: { textAlign: 'right', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  first: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  firstHead: { textAlign: 'left' },
  text: { textAlign: 'left' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export function FiguresTable(props: { readonly caption: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly total?: readonly string[]; readonly testId?: string; readonly boldRows?: readonly number[]; readonly textColumns?: readonly number[] }): ReactNode {
  const s = useStyles();
  return (
    <table className={s.table} aria-label={props.caption} data-testid={props.testId}>
      <thead>
        <tr>{props.head.map((h, i) => <th key={i} scope="col" className={i === 0 || props.textColumns?.includes(i) ? mergeClasses(s.th, s.firstHead) : s.th}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => (
          <tr key={r} className={props.boldRows?.includes(r) ? s.total : undefined}>{row.map((c, i) => (i === 0 ? <th key={i} scope="row" className={mergeClasses(s.td, s.first, props.boldRows?.includes(r) && s.total)}>{c}</th> : <td key={i} className={props.textColumns?.includes(i) ? mergeClasses(s.td, s.text) : s.td}>{c}</td>))}</tr>
        ))}
        {props.total ? <tr>{props.total.map((c, i) => <td key={i} className={i === 0 ? mergeClasses(s.td, s.first, s.total) : mergeClasses(s.td, s.total)}>{c}</td>)}</tr> : null}
      </tbody>
    </table>
  );
}
