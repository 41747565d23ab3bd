/**
 * The mix the scenarios are measured on: imported from a CSV through a file picker (item, tier, term,
 * channel, level, dealRegistration, quantity, discount), its row count, the reseller's partner purchases,
 * each problem naming its row and column, and Clear.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUpload20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useModelEditor } from '../../state/ModelEditor';
import { issueLabel } from '../../state/issueLabel';
import { readMixFile } from '../../state/mixFile';
import { errorText } from '../../state/useBuild';
import { NumberField } from '../fields/NumberField';
import { FieldGrid, PanelSection } from '../PanelSection';
import { HiddenFileInput } from '../fields/HiddenFileInput';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '160px', overflowY: 'auto', overflowWrap: 'anywhere' },
});

type Imported = { readonly intent: 'success' | 'warning' | 'error'; readonly text: string; readonly issues: readonly string[] } | null;

export function MixSection(): ReactNode {
  const styles = useStyles();
  const { model, dispatch, issuesUnder, validation } = useModelEditor();
  const file = useRef<HTMLInputElement>(null);
  const [imported, setImported] = useState<Imported>(null);
  const rows = model.mix?.rows?.length ?? 0;
  const issues = issuesUnder(['mix']);
  const onFile = (chosen: File): void => {
    readMixFile(model, validation.model, chosen).then(
      (read) => {
        if (!read.mix) return setImported({ intent: 'error', text: `${chosen.name} was not imported; the mix was not changed.`, issues: read.issues });
        dispatch({ type: 'set', path: ['mix'], value: read.mix });
        const n = read.mix.rows.length;
        setImported({ intent: read.issues.length > 0 ? 'warning' : 'success', text: `Imported ${n} ${n === 1 ? 'row' : 'rows'} from ${chosen.name}.`, issues: read.issues });
      },
      (error: unknown) => setImported({ intent: 'error', text: errorText(error), issues: [] }),
    );
  };
  const clear = (): void => {
    dispatch({ type: 'set', path: ['mix'], value: undefined });
    setImported(null);
  };
  return (
    <PanelSection title="Mix" description="The book of business the scenarios are measured on: a CSV with the columns item (a SKU or a bundle id), tier, term, channel, level, dealRegistration, quantity and discount, one row per item and route.">
      <Caption1 data-testid="mix-count">{model.mix ? `${model.mix.name ?? 'Mix'}: ${rows} ${rows === 1 ? 'row' : 'rows'}` : 'No mix: the scenarios are measured on the quote only.'}</Caption1>
      <div className={styles.bar}>
        <Button size="small" icon={<ArrowUpload20Regular />} onClick={() => file.current?.click()}>Import mix CSV…</Button>
        {model.mix ? <Button size="small" icon={<Delete20Regular />} onClick={clear}>Clear mix</Button> : null}
        <HiddenFileInput ref={file} accept=".csv,text/csv" label="Mix CSV file" testId="mix-file" onFile={onFile} />
      </div>
      {model.mix ? (
        <FieldGrid>
          <NumberField path={['mix', 'partnerPurchases']} label={`Partner purchases (${model.currency ?? ''}, a year)`} kind="money" blank="undefined" placeholder="0" hint="Picks the rebate tier, applies the MDF cap" />
        </FieldGrid>
      ) : null}
      <div aria-live="polite">
        {imported ? (
          <MessageBar intent={imported.intent} layout="multiline"><MessageBarBody>
            {imported.text}
            {imported.issues.length > 0 ? <ul className={styles.list} aria-label="Problems in the CSV">{imported.issues.map((i, n) => <li key={n}>{i}</li>)}</ul> : null}
          </MessageBarBody></MessageBar>
        ) : null}
      </div>
      {issues.length > 0 ? (
        <ul className={styles.list} aria-label="Problems in the mix">
          {issues.map((i, n) => <li key={n}><Caption1>{`${issueLabel(i.path)}: ${i.message}`}</Caption1></li>)}
        </ul>
      ) : null}
    </PanelSection>
  );
}
