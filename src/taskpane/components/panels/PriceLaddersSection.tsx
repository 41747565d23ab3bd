/**
 * Price ladders: the unit-price bands of tiered products (graduated, volume or stairstep), each band
 * with its upper bound, unit price and flat fee; the engine's checks of the bands shown at the band.
 */
import { useState, type ReactNode } from 'react';
import { Button, Caption1, Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useModelEditor } from '../../state/ModelEditor';
import { freshId } from '../../state/choices';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { FieldGrid, PanelSection } from '../PanelSection';

const useStyles = makeStyles({
  band: { display: 'grid', gridTemplateColumns: '1.2em repeat(3, minmax(0, 1fr)) auto', alignItems: 'start', columnGap: tokens.spacingHorizontalXS },
  bandNo: { paddingTop: '6px', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bandHead: { display: 'grid', gridTemplateColumns: '1.2em repeat(3, minmax(0, 1fr)) 84px', columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex' },
  invalidBand: { backgroundColor: tokens.colorPaletteRedBackground1, borderRadius: tokens.borderRadiusSmall },
  picker: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

const MODE_TEXT: Readonly<Record<string, string>> = {
  graduated: 'Each band prices its own units, plus the flat fee of every band reached.',
  volume: 'The band the quantity reaches prices every unit, plus its flat fee.',
  stairstep: 'The band reached gives one price for the whole quantity: its flat fee, or its unit price when the fee is 0.',
};

function PriceBandRow(props: { readonly ladder: number; readonly band: number; readonly count: number }): ReactNode {
  const styles = useStyles();
  const { dispatch, issuesUnder, issuesAt } = useModelEditor();
  const { ladder, band, count } = props;
  const listPath = ['priceLadders', ladder, 'bands'];
  const path = [...listPath, band];
  const n = band + 1;
  const bandIssue = issuesAt(path)[0]?.message;
  return (
    <div role="group" aria-label={`Price band ${n}`} className={issuesUnder(path).length > 0 ? styles.invalidBand : undefined}>
      <div className={styles.band}>
        <span className={styles.bandNo} aria-hidden="true">{n}</span>
        <NumberField path={[...path, 'upTo']} label={`Price band ${n} up to (units)`} hideLabel blank="null" placeholder="No limit" />
        <NumberField path={[...path, 'unitPrice']} label={`Price band ${n} unit price`} hideLabel kind="money" />
        <NumberField path={[...path, 'flatFee']} label={`Price band ${n} flat fee`} hideLabel kind="money" blank="undefined" placeholder="0" />
        <div className={styles.buttons}>
          <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move price band ${n} up`} disabled={band === 0} onClick={() => dispatch({ type: 'move', path: listPath, from: band, to: band - 1 })} />
          <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={`Move price band ${n} down`} disabled={band === count - 1} onClick={() => dispatch({ type: 'move', path: listPath, from: band, to: band + 1 })} />
          <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove price band ${n}`} disabled={count === 1} onClick={() => dispatch({ type: 'remove', path: listPath, index: band })} />
        </div>
      </div>
      {bandIssue ? <Caption1 role="alert">{`Band ${n}: ${bandIssue}`}</Caption1> : null}
    </div>
  );
}

function PriceLadderEditor(props: { readonly index: number }): ReactNode {
  const styles = useStyles();
  const { model, dispatch, issuesAt } = useModelEditor();
  const i = props.index;
  const ladder = model.priceLadders?.[i];
  if (!ladder) return null;
  const bands = ladder.bands ?? [];
  const bandsIssue = issuesAt(['priceLadders', i, 'bands'])[0]?.message;
  const addBand = (): void => {
    const last = bands[bands.length - 1];
    const previous = bands[bands.length - 2]?.upTo ?? 0;
    // The new band goes before an unbounded last band, starting where the bands below end.
    if (last && (last.upTo === null || last.upTo === undefined)) {
      dispatch({ type: 'insert', path: ['priceLadders', i, 'bands'], index: bands.length - 1, item: { upTo: (previous || 0) * 2 || 10, unitPrice: last.unitPrice, flatFee: 0 } });
    } else {
      dispatch({ type: 'insert', path: ['priceLadders', i, 'bands'], item: { upTo: null, unitPrice: last?.unitPrice ?? 0, flatFee: 0 } });
    }
  };
  return (
    <>
      <FieldGrid>
        <TextField path={['priceLadders', i, 'id']} label="Price ladder id" />
        <TextField path={['priceLadders', i, 'name']} label="Price ladder name" />
      </FieldGrid>
      <Field label="Price ladder mode" size="small">
        <RadioGroup layout="horizontal" value={ladder.mode} onChange={(_, d) => dispatch({ type: 'set', path: ['priceLadders', i, 'mode'], value: d.value })}>
          <Radio value="graduated" label="Graduated" />
          <Radio value="volume" label="Volume" />
          <Radio value="stairstep" label="Stairstep" />
        </RadioGroup>
      </Field>
      <Caption1>{MODE_TEXT[ladder.mode] ?? ''}</Caption1>
      <div role="group" aria-label="Price bands">
        <div className={styles.bandHead} aria-hidden="true">
          <span>#</span>
          <span>Up to (units)</span>
          <span>Unit price</span>
          <span>Flat fee</span>
          <span />
        </div>
        {bands.map((_, b) => <PriceBandRow key={b} ladder={i} band={b} count={bands.length} />)}
      </div>
      {bandsIssue ? <Caption1 role="alert">{bandsIssue}</Caption1> : null}
      <div>
        <Button size="small" icon={<Add16Regular />} onClick={addBand}>Add price band</Button>
      </div>
    </>
  );
}

export function PriceLaddersSection(): ReactNode {
  const styles = useStyles();
  const { model, dispatch } = useModelEditor();
  const ladders = model.priceLadders ?? [];
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, Math.max(ladders.length - 1, 0));
  const add = (): void => {
    const item = { id: freshId('prices', ladders), name: 'New price ladder', mode: 'graduated', bands: [{ upTo: 10, unitPrice: 10, flatFee: 0 }, { upTo: null, unitPrice: 9, flatFee: 0 }] };
    dispatch({ type: 'insert', path: ['priceLadders'], item });
    setSelected(ladders.length);
  };
  return (
    <PanelSection title="Price ladders" description={`Unit prices by quantity for tiered products (${model.currency ?? ''}, whole term); a tiered product's price-book entry names one.`} addLabel="Add price ladder" onAdd={add}>
      {ladders.length > 0 ? (
        <div className={styles.picker}>
          <Field label="Price ladder" size="small" style={{ flexGrow: 1 }}>
            <Select size="small" value={String(index)} onChange={(_, d) => setSelected(Number(d.value))}>
              {ladders.map((l, n) => <option key={n} value={String(n)}>{l.name || l.id || `Price ladder ${n + 1}`}</option>)}
            </Select>
          </Field>
          <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label="Remove this price ladder" onClick={() => dispatch({ type: 'remove', path: ['priceLadders'], index })} />
        </div>
      ) : (
        <Caption1>No price ladders yet.</Caption1>
      )}
      {ladders.length > 0 ? <PriceLadderEditor index={index} /> : null}
    </PanelSection>
  );
}
