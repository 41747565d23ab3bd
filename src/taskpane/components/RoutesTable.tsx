/**
 * Every route side by side, narrow enough for a 320 px pane: the route (with its guardrail status and
 * the breaches' messages), the customer price, the reseller's and the distributor's margins stacked in
 * one column, and the vendor's pocket price above its margin %. The column the routes are ordered by
 * carries aria-sort.
 */
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatMoney, formatPercent } from '../state/format';
import type { RouteFigures, RouteOrder } from '../state/routeFigures';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  th: { textAlign: 'right', verticalAlign: 'bottom', fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  td: { textAlign: 'right', verticalAlign: 'top', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, whiteSpace: 'nowrap' },
  route: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, whiteSpace: 'normal', overflowWrap: 'anywhere' },
  status: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  message: { display: 'block', color: tokens.colorNeutralForeground2 },
  line: { display: 'block' },
});

const STATUS: Readonly<Record<RouteFigures['status'], string>> = { ok: 'OK', warning: 'Warning', error: 'Error' };

export function RoutesTable(props: { readonly rows: readonly RouteFigures[]; readonly order: RouteOrder; readonly currency: string; readonly minorUnits: number }): ReactNode {
  const s = useStyles();
  const money = (v: number | null): string => (v === null ? '—' : formatMoney(v, '', props.minorUnits));
  const sort = (column: RouteOrder): 'ascending' | 'descending' | undefined => (props.order !== column ? undefined : column === 'customer' ? 'ascending' : 'descending');
  return (
    <table className={s.table} aria-label={`Routes side by side (${props.currency})`} data-testid="routes">
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(s.th, s.route)}>Route, status</th>
          <th scope="col" className={s.th} aria-sort={sort('customer')}>Customer price</th>
          <th scope="col" className={s.th}>Reseller / distributor margin</th>
          <th scope="col" className={s.th} aria-sort={sort('vendorPocket')}>Vendor pocket, margin %</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={i} data-status={r.status}>
            <th scope="row" className={mergeClasses(s.td, s.route)}>
              {r.label}
              <span className={s.status}>{STATUS[r.status]}</span>
              {r.messages.map((m, k) => <span key={k} className={s.message}>{m}</span>)}
            </th>
            <td className={s.td}>{money(r.customer)}</td>
            <td className={s.td}>
              <span className={s.line}>{money(r.resellerMargin)}</span>
              <span className={s.line}>{money(r.distributorMargin)}</span>
            </td>
            <td className={s.td}>
              <span className={s.line}>{money(r.vendorPocket)}</span>
              <span className={s.line}>{r.vendorMarginRate === null ? '—' : formatPercent(r.vendorMarginRate)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
