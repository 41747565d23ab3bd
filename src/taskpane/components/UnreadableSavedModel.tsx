/**
 * The pane at startup when the model saved in the workbook cannot be opened (or not even read): what is
 * wrong with it, and the ways on. The saved model stays in the workbook, untouched, until the user confirms starting over.
 */
import { useState, type ReactNode } from 'react';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Title3, tokens } from '@fluentui/react-components';
import type { ModelInput } from '../../engine/model/schema';
import type { UnreadableModel } from '../state/savedModel';
import { ExportModelButton } from './ErrorBoundary';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: '300px', boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
});

export const UNREADABLE_TEXT = {
  title: 'The model saved in this workbook cannot be opened',
  readFailedTitle: 'The model saved in this workbook could not be read',
  readFailed: 'Nothing is saved over it until you choose to start over: try again first.',
  kept: 'It is not shaped like a Tiercraft model. It stays in the workbook as it is until you choose to start over: export it to repair it in a text editor, then import it.',
  confirm: 'Start over with the starter model? The saved model is replaced in the workbook as soon as you change anything. Export it first to keep a copy.',
} as const;

export function UnreadableSavedModel(props: { readonly unreadable: UnreadableModel; readonly onStartOver: () => void; readonly onRetry: () => void }): ReactNode {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const failed = props.unreadable.readFailed === true;
  // Exported exactly as it was read from the workbook, whatever it holds.
  const saved = (): ModelInput => props.unreadable.saved as ModelInput;
  return (
    <main className={styles.pane} aria-label="Tiercraft">
      <Title3 as="h1">Tiercraft</Title3>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{failed ? UNREADABLE_TEXT.readFailedTitle : UNREADABLE_TEXT.title}</MessageBarTitle>
          {failed ? UNREADABLE_TEXT.readFailed : UNREADABLE_TEXT.kept}
          <ul aria-label="What is wrong with the saved model">
            {props.unreadable.issues.map((issue, i) => <li key={i}>{issue}</li>)}
          </ul>
          <div className={styles.actions}>
            {failed ? <Button size="small" appearance="primary" onClick={props.onRetry}>Try again</Button> : <ExportModelButton model={saved} label="Export the saved model" />}
            {confirming ? null : <Button size="small" onClick={() => setConfirming(true)}>Start over…</Button>}
          </div>
        </MessageBarBody>
      </MessageBar>
      {confirming ? (
        <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Start over">
          <MessageBarBody>{UNREADABLE_TEXT.confirm}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={props.onStartOver}>Replace the saved model</Button>
            <Button size="small" onClick={() => setConfirming(false)}>Keep the saved model</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </main>
  );
}
