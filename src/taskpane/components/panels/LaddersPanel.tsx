/** Ladders: price ladders of tiered products (see PriceLaddersSection) and discount bands by quantity (add, remove, reorder), the mode, and a chart of the unit price. */
import { useState, type ReactNode } from 'react';
import { Button, makeStyles, Radio, RadioGroup, Field, Select, tokens, Caption1 } from '@fluentui/react-components';
import { Add16Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useModelEditor } from '../../state/ModelEditor';
import { freshId } from '../../state/choices';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { LadderChart } from '../LadderChart';
import { FieldGrid, PanelSection } from '../PanelSection';
import { PriceLaddersSection } from './PriceLaddersSection';

const useStyles = makeStyles({
  band: { display: 'grid', gridTemplateColumns: '1.2em minmax(0, 1fr) minmax(0, 1fr) auto', alignItems: 'start', columnGap: tokens.spacingHorizontalXS },
  bandNo: { paddingTop: '6px', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bandHead: { display: 'grid', gridTemplateColumns: '1.2em minmax(0, 1fr) minmax(0, 1fr) 84px', columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex' },
  invalidBand: { backgroundColor: tokens.colorPaletteRedBackground1, borderRadius: tokens.borderRadiusSmall },
  picker: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

function BandRow(props: { readonly ladder: number; readonly band: number; readonly count: number }): ReactNode {
  const styles = useStyles();
  const { dispatch, issuesUnder, issuesAt } = useModelEditor();
  const { ladder, band, count } = props;
  const listPath = ['ladders', ladder, 'bands'];
  const path = [...listPath, band];
  const n = band + 1;
  const bandIssue = issuesAt(path)[0]?.message;
  return (
    <div role="group" aria-label={`Band ${n}`} className={issuesUnder(path).length > 0 ? styles.invalidBand : undefined}>
      <div className={styles.band}>
        <span className={styles.bandNo} aria-hidden="true">{n}</span>
        <NumberField path={[...path, 'upTo']} label={`Band ${n} up to (units)`} hideLabel blank="null" placeholder="No limit" />
        <NumberField path={[...path, 'discount']} label={`Band ${n} discount`} hideLabel kind="percent" />
        <div className={styles.buttons}>
          <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move band ${n} up`} disabled={band === 0} onClick={() => dispatch({ type: 'move', path: listPath, from: band, to: band - 1 })} />
          <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={`Move band ${n} down`} disabled={band === count - 1} onClick={() => dispatch({ type: 'move', path: listPath, from: band, to: band + 1 })} />
          <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove band ${n}`} disabled={count === 1} onClick={() => dispatch({ type: 'remove', path: listPath, index: band })} />
        </div>
      </div>
      {bandIssue ? <Caption1 role="alert">{`Band ${n}: ${bandIssue}`}</Caption1> : null}
    </div>
  );
}

function LadderEditor(props: { readonly index: number }): ReactNode {
  const styles = useStyles();
  const { model, dispatch, issuesAt } = useModelEditor();
  const ladder = model.ladders?.[props.index];
  if (!ladder) return null;
  const bands = ladder.bands ?? [];
  const i = props.index;
  const bandsIssue = issuesAt(['ladders', i, 'bands'])[0]?.message;
  const addBand = (): void => {
    const last = bands[bands.length - 1];
    const previous = bands[bands.length - 2]?.upTo ?? 0;
    // The new band goes before an unbounded last band, starting where the bands below end.
    if (last && (last.upTo === null || last.upTo === undefined)) {
      dispatch({ type: 'insert', path: ['ladders', i, 'bands'], index: bands.length - 1, item: { upTo: (previous || 0) * 2 || 10, discount: last.discount } });
    } else {
      dispatch({ type: 'insert', path: ['ladders', i, 'bands'], item: { upTo: null, discount: last?.discount ?? 0 } });
    }
  };
  return (
    <>
      <FieldGrid>
        <TextField path={['ladders', i, 'id']} label="Id" />
        <TextField path={['ladders', i, 'name']} label="Name" />
      </FieldGrid>
      <Field label="Mode" size="small">
        <RadioGroup layout="horizontal" value={ladder.mode} onChange={(_, d) => dispatch({ type: 'set', path: ['ladders', i, 'mode'], value: d.value })}>
          <Radio value="graduated" label="Graduated" />
          <Radio value="volume" label="Volume" />
        </RadioGroup>
      </Field>
      <Caption1>{ladder.mode === 'volume' ? 'Every unit takes the discount of the band the quantity reaches.' : 'Each band’s units take that band’s discount, like tax brackets.'}</Caption1>
      <div role="group" aria-label="Bands">
        <div className={styles.bandHead} aria-hidden="true">
          <span>#</span>
          <span>Up to (units)</span>
          <span>Discount</span>
          <span />
        </div>
        {bands.map((_, b) => (
          <BandRow key={b} ladder={i} band={b} count={bands.length} />
        ))}
      </div>
      {bandsIssue ? <Caption1 role="alert">{bandsIssue}</Caption1> : null}
      <div>
        <Button size="small" icon={<Add16Regular />} onClick={addBand}>Add band</Button>
      </div>
      <LadderChart ladderIndex={i} />
    </>
  );
}

export function LaddersPanel(): ReactNode {
  const styles = useStyles();
  const { model, dispatch } = useModelEditor();
  const ladders = model.ladders ?? [];
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, Math.max(ladders.length - 1, 0));
  const add = (): void => {
    dispatch({ type: 'insert', path: ['ladders'], item: { id: freshId('ladder', ladders), name: 'New ladder', mode: 'graduated', bands: [{ upTo: 10, discount: 0 }, { upTo: null, discount: 0.1 }] } });
    setSelected(ladders.length);
  };
  return (
    <>
      <PanelSection title="Discount ladders" description="Volume discounts off list by quantity for per-unit products; a product uses its own ladder, else its tier's." addLabel="Add ladder" onAdd={add}>
        {ladders.length > 0 ? (
          <div className={styles.picker}>
            <Field label="Ladder" size="small" style={{ flexGrow: 1 }}>
              <Select size="small" value={String(index)} onChange={(_, d) => setSelected(Number(d.value))}>
                {ladders.map((l, n) => (
                  <option key={n} value={String(n)}>{l.name || l.id || `Ladder ${n + 1}`}</option>
                ))}
              </Select>
            </Field>
            <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label="Remove this ladder" onClick={() => dispatch({ type: 'remove', path: ['ladders'], index })} />
          </div>
        ) : (
          <Caption1>No ladders yet.</Caption1>
        )}
        {ladders.length > 0 ? <LadderEditor index={index} /> : null}
      </PanelSection>
      <PriceLaddersSection />
    </>
  );
}
