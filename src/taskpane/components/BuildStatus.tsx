/** The build's progress bar and cancel button, and its outcome, announced to screen readers. */
import type { ReactNode } from 'react';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { BuildControl } from '../state/useBuild';

const useStyles = makeStyles({ running: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS }, bar: { flexGrow: 1 } });

export function BuildStatus(props: { readonly build: BuildControl }): ReactNode {
  const styles = useStyles();
  const { state, clash, cancel } = props.build;
  return (
    <div aria-live="polite">
      {state.status === 'running' ? (
        <div className={styles.running}>
          <div className={styles.bar}>
            <Caption1 block>{`Building: ${state.progress.stage}`}</Caption1>
            <ProgressBar value={state.progress.total > 0 ? state.progress.done / state.progress.total : undefined} thickness="large" aria-label="Build progress" />
          </div>
          <Button size="small" onClick={cancel}>Cancel</Button>
        </div>
      ) : null}
      {clash ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Sheet name taken</MessageBarTitle>
            {`A sheet named "${clash.clash.sheet}" was not made by Tiercraft and is left alone. Write Tiercraft's sheet under a free name instead?`}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => clash.answer('rename')}>Use a free name</Button>
            <Button size="small" onClick={() => clash.answer('cancel')}>Stop</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.status === 'done' ? (
        <MessageBar intent="success" layout="multiline"><MessageBarBody>{state.message}</MessageBarBody></MessageBar>
      ) : null}
      {state.status === 'cancelled' ? (
        <MessageBar intent="info"><MessageBarBody>Build cancelled; the workbook is as it was.</MessageBarBody></MessageBar>
      ) : null}
      {state.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody><MessageBarTitle>Build failed</MessageBarTitle>{state.message}</MessageBarBody></MessageBar>
      ) : null}
    </div>
  );
}
