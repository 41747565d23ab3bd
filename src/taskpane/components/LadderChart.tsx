/** A small chart of a ladder's effective unit price against quantity, redrawn as the bands are typed. */
import type { ReactNode } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useModelEditor } from '../state/ModelEditor';
import { ladderCurve, sampleListPrice } from '../state/pricing';
import { formatMoney } from '../state/format';

const W = 300;
const H = 140;
const PAD = { left: 44, right: 8, top: 8, bottom: 26 };

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  svg: { width: '100%', height: 'auto', maxWidth: `${W * 1.4}px` },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 2 },
  label: { fill: tokens.colorNeutralForeground3, fontSize: '9px' },
  message: { color: tokens.colorNeutralForeground3 },
});

export function LadderChart(props: { readonly ladderIndex: number }): ReactNode {
  const styles = useStyles();
  const { model } = useModelEditor();
  const ladder = model.ladders?.[props.ladderIndex];
  if (!ladder) return null;
  const currency = model.currency ?? '';
  const minor = model.rounding?.minorUnits ?? 2;
  const sample = sampleListPrice(model, ladder.id);
  const curve = ladderCurve(ladder, sample.price, minor);
  if (!curve.ok) {
    return <Caption1 className={styles.message} role="status">{`Chart unavailable: ${curve.message}`}</Caption1>;
  }
  const points = curve.value;
  const maxQ = Math.max(...points.map((p) => p.quantity));
  const maxP = Math.max(...points.map((p) => p.unitPrice), 0) || 1;
  const x = (q: number): number => PAD.left + ((q - 1) / Math.max(1, maxQ - 1)) * (W - PAD.left - PAD.right);
  const y = (p: number): number => PAD.top + (1 - p / maxP) * (H - PAD.top - PAD.bottom);
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.quantity).toFixed(1)},${y(p.unitPrice).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  const summary = `Effective unit price from ${formatMoney(points[0]?.unitPrice ?? 0, currency, minor)} at 1 unit to ${formatMoney(last?.unitPrice ?? 0, currency, minor)} at ${last?.quantity ?? 0} units, for ${sample.label}.`;
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="ladder-chart">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line className={styles.grid} x1={PAD.left} x2={W - PAD.right} y1={y(maxP * f)} y2={y(maxP * f)} />
            <text className={styles.label} x={PAD.left - 4} y={y(maxP * f) + 3} textAnchor="end">{formatMoney(maxP * f, '', 0)}</text>
          </g>
        ))}
        <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <path className={styles.line} d={d} />
        <text className={styles.label} x={PAD.left} y={H - 8}>1</text>
        <text className={styles.label} x={W - PAD.right} y={H - 8} textAnchor="end">{`${maxQ} units`}</text>
      </svg>
      <Caption1 className={styles.message}>{summary}</Caption1>
    </figure>
  );
}
