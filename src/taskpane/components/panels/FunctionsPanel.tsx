/** Functions: the PRICING custom functions with their help, and a worked example inserted in one click. */
import { useEffect, useState, type ReactNode } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, Text } from '@fluentui/react-components';
import { fetchFunctions, signatureOf, type FunctionInfo } from '../../state/functionsCatalogue';
import { errorText } from '../../state/useBuild';
import type { WorkbookPort } from '../../workbook/WorkbookPort';
import { PanelSection } from '../PanelSection';

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Loaded = { readonly status: 'loading' } | { readonly status: 'ready'; readonly functions: readonly FunctionInfo[] } | { readonly status: 'failed'; readonly message: string };

export function FunctionsPanel(props: { readonly port: WorkbookPort; readonly load?: () => Promise<readonly FunctionInfo[]> }): ReactNode {
  const styles = useStyles();
  const load = props.load ?? fetchFunctions;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [inserted, setInserted] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (functions) => live && setLoaded({ status: 'ready', functions }),
      (error: unknown) => live && setLoaded({ status: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  const insert = (): void => {
    props.port.insertExample().then(
      (at) => setInserted({ ok: true, text: `Inserted a worked example at ${at.sheet}!${at.address}: a ladder table and formulas that use it.` }),
      (error: unknown) => setInserted({ ok: false, text: `Could not insert the example: ${errorText(error)}` }),
    );
  };
  return (
    <PanelSection title="Custom functions" description="Use the PRICING functions in any cell; the example shows them working on a small ladder table.">
      <div>
        <Button appearance="primary" size="small" onClick={insert}>Insert worked example</Button>
      </div>
      <div aria-live="polite">
        {inserted ? <MessageBar intent={inserted.ok ? 'success' : 'error'} layout="multiline"><MessageBarBody>{inserted.text}</MessageBarBody></MessageBar> : null}
      </div>
      {loaded.status === 'loading' ? <Spinner size="tiny" label="Loading the functions…" /> : null}
      {loaded.status === 'failed' ? <Caption1 role="alert">{`The function list is unavailable: ${loaded.message}`}</Caption1> : null}
      {loaded.status === 'ready' ? (
        <Accordion collapsible multiple aria-label="PRICING functions">
          {loaded.functions.map((f) => (
            <AccordionItem key={f.id} value={f.id}>
              <AccordionHeader size="small">{`PRICING.${f.name}`}</AccordionHeader>
              <AccordionPanel>
                <Text block className={styles.code}>{signatureOf(f)}</Text>
                {f.description ? <Text block size={200}>{f.description}</Text> : null}
                <ul className={styles.params}>
                  {f.parameters.map((p) => (
                    <li key={p.name}>
                      <Caption1>
                        <strong>{p.name}</strong>
                        {p.optional ? ' (optional)' : ''}
                        {p.dimensionality === 'matrix' ? ' (range)' : ''}
                        {p.description ? `: ${p.description}` : ''}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      ) : null}
    </PanelSection>
  );
}
