/**
 * One comparison of the engine (base against a scenario, or against a model file): each party's
 * revenue, pocket and margin on the mix and on the quote, the breaches that appear and disappear, the
 * price points and the settings that changed. The figures are the engine's, formatted.
 */
import type { ReactNode } from 'react';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { BookImpact, Comparison } from '../../engine';
import { breachLines, impactRows, pricePointRow } from '../state/compareFigures';
import { FiguresTable } from './FiguresTable';

/** Beyond this many changed price points, the rest are counted rather than listed. */
const SHOWN_POINTS = 50;

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // A breach message may hold a long unbroken path; the figures keep their digits together.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  appeared: { color: tokens.colorPaletteRedForeground1 },
});

function BookTable(props: { readonly book: string; readonly impact: BookImpact; readonly c: Comparison; readonly minorUnits: number; readonly testId: string }): ReactNode {
  const styles = useStyles();
  const { impact, c } = props;
  const errors = [...impact.base.errors.map((e) => `${c.baseName}: ${e}`), ...impact.other.errors.map((e) => `${c.otherName}: ${e}`)];
  return (
    <>
      <FiguresTable
        caption={`${props.book}: ${c.baseName} against ${c.otherName}`}
        testId={props.testId}
        head={[props.book, c.baseName, c.otherName, 'Change']}
        rows={impactRows(impact, props.minorUnits)}
      />
      {errors.length > 0 ? (
        <ul className={styles.list} aria-label={`${props.book} rows not priced`}>
          {errors.map((e, i) => <li key={i}><Caption1>{e}</Caption1></li>)}
        </ul>
      ) : null}
    </>
  );
}

/** `heading`: the level of the Breaches heading, one below the section it sits in. */
export function ComparisonView(props: { readonly comparison: Comparison; readonly minorUnits: number; readonly testId: string; readonly heading: 'h3' | 'h4' }): ReactNode {
  const styles = useStyles();
  const { comparison: c, minorUnits, testId } = props;
  const breaches = breachLines(c);
  const points = c.pricePoints.slice(0, SHOWN_POINTS);
  return (
    <div className={styles.view} data-testid={testId}>
      {c.mix ? <BookTable book="Mix" impact={c.mix} c={c} minorUnits={minorUnits} testId={`${testId}-mix`} /> : null}
      {c.quote ? <BookTable book="Quote" impact={c.quote} c={c} minorUnits={minorUnits} testId={`${testId}-quote`} /> : null}
      {!c.mix && !c.quote ? <Caption1>No mix and no quote lines to measure the impact on: import a mix below or add lines to the quote.</Caption1> : null}
      <Subtitle2 as={props.heading}>Breaches</Subtitle2>
      {breaches.length === 0 ? (
        <Caption1>No breach appears or disappears.</Caption1>
      ) : (
        <ul className={styles.list} aria-label={`Breaches, ${c.otherName}`} data-testid={`${testId}-breaches`}>
          {breaches.map((b, i) => <li key={i} className={b.startsWith('New ') ? styles.appeared : undefined}><Caption1>{b}</Caption1></li>)}
        </ul>
      )}
      {c.pricePoints.length > 0 ? (
        <FiguresTable
          caption={`Price points changed, ${c.otherName}`}
          testId={`${testId}-prices`}
          head={['Price point', c.baseName, c.otherName, 'Change']}
          rows={points.map((p) => pricePointRow(p, minorUnits))}
        />
      ) : null}
      {c.pricePoints.length > points.length ? <Caption1>{`and ${c.pricePoints.length - points.length} more price points`}</Caption1> : null}
      {c.settings.length > 0 ? (
        <FiguresTable caption={`Settings changed, ${c.otherName}`} testId={`${testId}-settings`} head={['Setting', c.baseName, c.otherName]} textColumns={[1, 2]} rows={c.settings.map((s) => [s.label, s.base, s.other])} />
      ) : null}
    </div>
  );
}
