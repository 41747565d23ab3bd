/**
 * Compare with a model file…: a .json the user picks (another version of the price book, a proposal) set
 * against the model being edited, on this model's mix and on each side's quote: the price points and
 * settings that changed, each party's impact and the breaches that appear or disappear, from the
 * engine's `compareModels`. Either side can be the base. A file the engine cannot load is not compared;
 * its issues are listed.
 */
import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Caption1, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearch20Regular } from '@fluentui/react-icons';
import type { Model } from '../../../engine/model/schema';
import { modelComparison } from '../../state/compareFigures';
import { useModelEditor } from '../../state/ModelEditor';
import { readModelFile } from '../../state/modelFile';
import { errorText } from '../../state/useBuild';
import { validateModel } from '../../state/validateModel';
import { issueLabel } from '../../state/issueLabel';
import { ComparisonView } from '../ComparisonView';
import { useFieldStyles } from '../fields/fieldStyles';
import { PanelSection } from '../PanelSection';
import { HiddenFileInput } from '../fields/HiddenFileInput';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '160px', overflowY: 'auto', overflowWrap: 'anywhere' },
});

type Picked = { readonly ok: true; readonly name: string; readonly model: Model } | { readonly ok: false; readonly text: string; readonly issues: readonly string[] } | null;
type Direction = 'fileIsOther' | 'fileIsBase';

const THIS_MODEL = 'This model';

export function ModelFileComparison(): ReactNode {
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const { validation, model: input } = useModelEditor();
  const file = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked>(null);
  const [direction, setDirection] = useState<Direction>('fileIsOther');
  const current = useDeferredValue(validation.model);
  const other = picked?.ok ? picked : null;
  const result = useMemo(() => {
    if (!current || !other) return null;
    const mix = current.mix ?? null;
    return direction === 'fileIsOther'
      ? modelComparison(current, other.model, { baseName: THIS_MODEL, otherName: other.name }, mix)
      : modelComparison(other.model, current, { baseName: other.name, otherName: THIS_MODEL }, mix);
  }, [current, other, direction]);
  const onFile = (chosen: File): void => {
    readModelFile(chosen).then(
      (read) => {
        if (!read.ok) return setPicked({ ok: false, text: read.message.replace('the model was not changed', 'it was not compared'), issues: read.issues ?? [] });
        const loaded = validateModel(read.model);
        if (!loaded.model) return setPicked({ ok: false, text: `${chosen.name} has ${loaded.issues.length === 1 ? 'an issue' : `${loaded.issues.length} issues`}; it was not compared.`, issues: loaded.issues.map((i) => `${issueLabel(i.path)}: ${i.message}`) });
        setPicked({ ok: true, name: chosen.name, model: loaded.model });
      },
      (error: unknown) => setPicked({ ok: false, text: errorText(error), issues: [] }),
    );
  };
  return (
    <PanelSection title="Compare with a model file" description="Another version of the model (a .json): the price points and settings that differ, and what they do to each party on this model's mix and on the quote.">
      <div>
        <Button size="small" icon={<DocumentSearch20Regular />} onClick={() => file.current?.click()}>Compare with a model file…</Button>
        <HiddenFileInput ref={file} accept=".json,application/json" label="Model file to compare with" testId="compare-file" onFile={onFile} />
      </div>
      <div aria-live="polite">
        {picked && !picked.ok ? (
          <MessageBar intent="error" layout="multiline"><MessageBarBody>
            {picked.text}
            {picked.issues.length > 0 ? <ul className={styles.list} aria-label="What is wrong with the file">{picked.issues.map((i, n) => <li key={n}>{i}</li>)}</ul> : null}
          </MessageBarBody></MessageBar>
        ) : null}
      </div>
      {other ? (
        <Field className={fieldStyles.field} label="Base" size="small">
          <Select className={fieldStyles.input} size="small" value={direction} onChange={(_, d) => setDirection(d.value as Direction)}>
            <option value="fileIsOther">{`${THIS_MODEL}, changed to ${other.name}`}</option>
            <option value="fileIsBase">{`${other.name}, changed to ${THIS_MODEL.toLowerCase()}`}</option>
          </Select>
        </Field>
      ) : null}
      {other && !current ? <Caption1>Fix the issues above to compare.</Caption1> : null}
      {result && !result.ok ? <Caption1 role="status">{result.message}</Caption1> : null}
      {result?.ok ? (
        <>
          <Caption1 data-testid="file-summary">{result.value.pricePoints.length + result.value.settings.length === 0 ? 'The two models have the same prices and settings.' : `${result.value.pricePoints.length} price points and ${result.value.settings.length} settings differ.`}</Caption1>
          <ComparisonView comparison={result.value} minorUnits={(direction === 'fileIsOther' ? current : other?.model)?.rounding.minorUnits ?? 2} testId="file-comparison" heading="h3" />
        </>
      ) : null}
      {input.mix ? null : <Caption1>Without a mix, the impact is measured on the quote only.</Caption1>}
    </PanelSection>
  );
}
