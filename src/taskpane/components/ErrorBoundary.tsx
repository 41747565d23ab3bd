/**
 * What the user sees when a part of the pane or the playground fails while rendering: what failed and
 * why, and the way out (export the model as it stands, try again, reload), never a blank page.
 */
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ArrowDownload20Regular } from '@fluentui/react-icons';
import type { ModelInput } from '../../engine/model/schema';
import { downloadModel } from '../state/modelFile';
import { errorText } from '../state/useBuild';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
});

export interface ErrorBoundaryProps {
  /** What the boundary holds, as the user knows it: "The Quote panel", "The workbook preview". */
  readonly area: string;
  /** The model as it stands, for Export model (the editor's, or the one saved last). */
  readonly model: () => ModelInput | null | Promise<ModelInput | null>;
  /** A change of any of these values (e.g. another panel chosen) clears the failure. */
  readonly resetKeys?: readonly unknown[];
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: unknown;
  readonly failed: boolean;
}

/**
 * Export model: downloads the model `model()` gives as JSON, then says whether it did. Shown wherever the
 * user may lose a model: a failed part of the pane, a saved model the pane cannot open.
 */
export function ExportModelButton(props: { readonly model: ErrorBoundaryProps['model']; readonly label?: string }): ReactNode {
  const [exported, setExported] = useState<string | null>(null);
  const onExport = (): void => {
    Promise.resolve()
      .then(props.model)
      .then(
        (model) => {
          if (!model) return setExported('There is no model to export yet.');
          downloadModel(model);
          setExported('The model was exported as JSON.');
        },
        (error: unknown) => setExported(`The model could not be exported: ${errorText(error)}`),
      );
  };
  return (
    <>
      <Button size="small" icon={<ArrowDownload20Regular />} onClick={onExport}>{props.label ?? 'Export model'}</Button>
      {exported ? <span role="status">{exported}</span> : null}
    </>
  );
}

/** The failure, in the user's words, with the three ways out. */
function Failure(props: { readonly area: string; readonly error: unknown; readonly model: ErrorBoundaryProps['model']; readonly onRetry: () => void }): ReactNode {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="failure">
      <MessageBarBody>
        <MessageBarTitle>{`${props.area} failed`}</MessageBarTitle>
        {errorText(props.error)}
        <div className={styles.actions}>
          <ExportModelButton model={props.model} />
          <Button size="small" appearance="primary" onClick={props.onRetry}>Try again</Button>
          <Button size="small" icon={<ArrowClockwise20Regular />} onClick={() => window.location.reload()}>Reload</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.area} failed:`, error, info.componentStack);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    const keys = this.props.resetKeys ?? [];
    const before = previous.resetKeys ?? [];
    if (this.state.failed && (keys.length !== before.length || keys.some((k, i) => !Object.is(k, before[i])))) this.retry();
  }

  private readonly retry = (): void => this.setState({ error: null, failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <Failure area={this.props.area} error={this.state.error} model={this.props.model} onRetry={this.retry} />;
  }
}
