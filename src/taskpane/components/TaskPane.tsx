/**
 * The Tiercraft task pane: the model editor's panels, the actions (build, read, import, export), the
 * issues and the checks. Everything the workbook does goes through the WorkbookPort it is given.
 */
import { lazy, memo, Suspense, useEffect, useRef, useState, useCallback, type ReactNode } from 'react';
import { makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, tokens, Title3, Caption1 } from '@fluentui/react-components';
import type { ModelInput } from '../../engine/model/schema';
import { checkModelShape, readModelFile, downloadModel } from '../state/modelFile';
import { readSavedModel, type UnreadableModel } from '../state/savedModel';
import { withExplicitDefaults } from '../state/starterModel';
import { ModelEditorProvider, type ModelEditor } from '../state/ModelEditor';
import { hostNumberLocale, NumberLocaleProvider } from '../state/numberLocale';
import type { NumberLocale } from '../state/numberText';
import type { PanelId } from '../state/issueLabel';
import { errorText, useBuild } from '../state/useBuild';
import { useAutosave } from '../state/useAutosave';
import { useChecks } from '../state/useChecks';
import type { WorkbookPort } from '../workbook/WorkbookPort';
import { ActionBar } from './ActionBar';
import { BuildStatus } from './BuildStatus';
import { ChecksList } from './ChecksList';
import { ErrorBoundary } from './ErrorBoundary';
import { IssuesList, WarningsList } from './IssuesList';
import { BundlesPanel } from './panels/BundlesPanel';
import { ChannelsPanel } from './panels/ChannelsPanel';
import { FunctionsPanel } from './panels/FunctionsPanel';
import { LaddersPanel } from './panels/LaddersPanel';
import { MarketsPanel } from './panels/MarketsPanel';
import { PackagingPanel } from './panels/PackagingPanel';
import { PriceBookPanel } from './panels/PriceBookPanel';
import { QuotePanel } from './panels/QuotePanel';
import { RoutesPanel } from './panels/RoutesPanel';
import { UnreadableSavedModel } from './UnreadableSavedModel';

// The Scenarios panel (the compare engine's figures, the mix CSV reader) loads when first opened, keeping the pane's first load small.
const ScenariosPanel = lazy(() => import(/* webpackChunkName: "scenarios-panel" */ './panels/ScenariosPanel'));

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: '300px', boxSizing: 'border-box', color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground2, minHeight: '100%' },
  header: { display: 'flex', flexDirection: 'column' },
  tabs: { flexWrap: 'wrap', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  loading: { padding: tokens.spacingVerticalXXL },
});

const PANELS: readonly { readonly id: PanelId; readonly label: string }[] = [
  { id: 'packaging', label: 'Packaging' },
  { id: 'priceBook', label: 'Price book' },
  { id: 'ladders', label: 'Ladders' },
  { id: 'bundles', label: 'Bundles' },
  { id: 'channels', label: 'Channels' },
  { id: 'markets', label: 'Markets' },
  { id: 'quote', label: 'Quote' },
  { id: 'routes', label: 'Routes' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'functions', label: 'Functions' },
];

// Memoised: a build's progress re-renders the pane many times, and the open panel (a 1,000-product price
// book, say) reads the model from context, so it need not render again when only the progress moved.
const Panel = memo(function Panel(props: { readonly id: PanelId; readonly port: WorkbookPort }): ReactNode {
  switch (props.id) {
    case 'packaging':
      return <PackagingPanel />;
    case 'priceBook':
      return <PriceBookPanel />;
    case 'ladders':
      return <LaddersPanel />;
    case 'bundles':
      return <BundlesPanel />;
    case 'channels':
      return <ChannelsPanel />;
    case 'markets':
      return <MarketsPanel />;
    case 'quote':
      return <QuotePanel port={props.port} />;
    case 'routes':
      return <RoutesPanel />;
    case 'scenarios':
      return (
        <Suspense fallback={<Spinner size="small" label="Loading the Scenarios panel…" />}>
          <ScenariosPanel />
        </Suspense>
      );
    case 'functions':
      return <FunctionsPanel port={props.port} />;
  }
});

type Notice = { readonly intent: 'error' | 'warning' | 'success' | 'info'; readonly text: string; readonly items?: readonly string[] } | null;

function Editor(props: { readonly editor: ModelEditor; readonly port: WorkbookPort; readonly initialPanel: PanelId; readonly onEdited: (model: ModelInput) => void }): ReactNode {
  const styles = useStyles();
  const { editor, port } = props;
  const [panel, setPanel] = useState<PanelId>(props.initialPanel);
  const [notice, setNotice] = useState<Notice>(null);
  const build = useBuild(port);
  const saved = useAutosave(port, editor.model, editor.revision);
  const { issues, model } = editor.validation;
  const { onEdited } = props;
  useEffect(() => onEdited(editor.model), [onEdited, editor.model]);
  const current = (): ModelInput => editor.model;
  const checks = useChecks(model);
  const blocked = issues.length > 0 ? `Build is disabled: fix the ${issues.length === 1 ? 'issue' : `${issues.length} issues`} listed below first.` : null;
  const replace = (next: ModelInput, text: string): void => {
    editor.dispatch({ type: 'replace', model: withExplicitDefaults(next) });
    setNotice({ intent: 'success', text });
  };
  const onImport = (file: File): void => {
    readModelFile(file).then(
      (read) => (read.ok ? replace(read.model, `Imported ${file.name}.`) : setNotice({ intent: 'error', text: read.message, items: read.issues })),
      (error: unknown) => setNotice({ intent: 'error', text: errorText(error) }),
    );
  };
  const onRead = (): void => {
    port.readFromWorkbook().then(
      (read) => {
        const shaped = checkModelShape(read.model, 'The workbook');
        if (!shaped.ok) return setNotice({ intent: 'error', text: shaped.message, items: shaped.issues });
        editor.dispatch({ type: 'replace', model: withExplicitDefaults(read.model) });
        setNotice(read.problems.length > 0 ? { intent: 'warning', text: `Read the model from the workbook. ${read.problems.join(' ')}` } : { intent: 'success', text: 'Read the model from the workbook.' });
      },
      (error: unknown) => setNotice({ intent: 'error', text: `Could not read the workbook: ${errorText(error)}` }),
    );
  };
  return (
    <main className={styles.pane} aria-label="Tiercraft">
      <header className={styles.header}>
        <Title3 as="h1">Tiercraft</Title3>
        <Caption1>
          {`${editor.model.name ?? 'Untitled pricing model'} · ${editor.model.currency ?? ''}`}
          <Text size={200} aria-live="polite">{saved === 'saved' ? ' · Saved with the workbook' : saved === 'failed' ? ' · Not saved' : ''}</Text>
        </Caption1>
      </header>
      <ActionBar buildBlocked={blocked} building={build.state.status === 'running'} onBuild={() => model && void build.start(model, editor.model)} onRead={onRead} onImport={onImport} onExport={() => downloadModel(editor.model)} />
      <BuildStatus build={build} />
      <div aria-live="polite">
        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline"><MessageBarBody>
            {notice.text}
            {notice.items ? <ul aria-label="What is wrong">{notice.items.map((item, i) => <li key={i}>{item}</li>)}</ul> : null}
          </MessageBarBody></MessageBar>
        ) : null}
      </div>
      <div aria-live="polite">
        <IssuesList issues={issues} onShow={setPanel} />
        <WarningsList warnings={editor.validation.warnings} onShow={setPanel} />
      </div>
      <TabList className={styles.tabs} size="small" selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as PanelId)} aria-label="Panels">
        {PANELS.map((p) => (
          <Tab key={p.id} value={p.id} id={`tab-${p.id}`} aria-controls="panel">{p.label}</Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id="panel" aria-labelledby={`tab-${panel}`}>
        <ErrorBoundary area={`The ${PANELS.find((p) => p.id === panel)?.label ?? panel} panel`} model={current} resetKeys={[panel, editor.revision]}>
          <Panel id={panel} port={port} />
        </ErrorBoundary>
      </div>
      {checks && checks !== 'pending' && 'failed' in checks ? <Caption1 role="alert">{`The checks could not be computed: ${checks.failed}`}</Caption1> : null}
      {checks === 'pending' ? <Spinner size="extra-small" labelPosition="after" label="Checking the model against its guardrails…" /> : null}
      <ErrorBoundary area="The Checks list" model={current} resetKeys={[editor.revision]}>
        {checks && checks !== 'pending' && !('failed' in checks) ? <ChecksList checks={checks} onSelect={(location) => void port.selectCell(location).catch((e: unknown) => setNotice({ intent: 'error', text: errorText(e) }))} /> : null}
      </ErrorBoundary>
    </main>
  );
}

export interface TaskPaneProps {
  readonly port: WorkbookPort;
  /** The model to start from when the workbook has none saved (a new user's first model). */
  readonly starter: ModelInput;
  readonly initialPanel?: PanelId;
  /** The separators numbers are typed in; by default Excel's language, else the browser's. */
  readonly locale?: NumberLocale;
}

export function TaskPane(props: TaskPaneProps): ReactNode {
  const styles = useStyles();
  const [initial, setInitial] = useState<{ model: ModelInput } | { unreadable: UnreadableModel } | null>(null);
  // The model as last edited, for Export model when the pane itself fails.
  const latest = useRef<ModelInput | null>(null);
  const [locale] = useState(() => props.locale ?? hostNumberLocale());
  // Each Try again reads the saved model anew.
  const [attempt, setAttempt] = useState(0);
  const remember = useCallback((model: ModelInput): void => {
    latest.current = model;
  }, []);
  useEffect(() => {
    let live = true;
    props.port.loadModel().then(
      (saved) => {
        if (!live) return;
        // A saved model the pane cannot open is kept aside, not replaced: nothing is saved until the user chooses.
        const read = readSavedModel(saved);
        setInitial(read.ok ? { model: withExplicitDefaults(read.model ?? props.starter) } : { unreadable: read.unreadable });
      },
      // Nor is one that could not be read: it may be there, so it is not saved over until the user chooses.
      (error: unknown) => live && setInitial({ unreadable: { saved: undefined, issues: [errorText(error)], readFailed: true } }),
    );
    return () => {
      live = false;
    };
  }, [props.port, props.starter, attempt]);
  if (!initial) return <Spinner className={styles.loading} label="Loading the model…" />;
  if ('unreadable' in initial) {
    const retry = (): void => {
      setInitial(null);
      setAttempt((n) => n + 1);
    };
    return <UnreadableSavedModel unreadable={initial.unreadable} onStartOver={() => setInitial({ model: withExplicitDefaults(props.starter) })} onRetry={retry} />;
  }
  return (
    <ErrorBoundary area="The task pane" model={() => latest.current ?? props.port.loadModel()}>
      <NumberLocaleProvider value={locale}>
        <ModelEditorProvider initial={initial.model}>
          {(editor) => <Editor editor={editor} port={props.port} initialPanel={props.initialPanel ?? 'packaging'} onEdited={remember} />}
        </ModelEditorProvider>
      </NumberLocaleProvider>
    </ErrorBoundary>
  );
}
