/** Every issue of the model, each a link to its panel; shown while Build is disabled. */
import type { ReactNode } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { issueLabel, panelOf, type PanelId } from '../state/issueLabel';
import type { FieldIssue } from '../state/validateModel';

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: '160px', overflowY: 'auto' } });

function IssueItems(props: { readonly issues: readonly FieldIssue[]; readonly label: string; readonly onShow: (panel: PanelId) => void }): ReactNode {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.issues.map((issue, i) => (
        <li key={`${issue.key}-${i}`}>
          <Link as="button" inline onClick={() => props.onShow(panelOf(issue.path))}>{issueLabel(issue.path)}</Link>
          {`: ${issue.message}`}
        </li>
      ))}
    </ul>
  );
}

/** What looks wrong but does not stop a build (a bundle that cannot be sold on one term, …). */
export function WarningsList(props: { readonly warnings: readonly FieldIssue[]; readonly onShow: (panel: PanelId) => void }): ReactNode {
  const n = props.warnings.length;
  if (n === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Model warnings">
      <MessageBarBody>
        <MessageBarTitle>{`${n} ${n === 1 ? 'warning' : 'warnings'}`}</MessageBarTitle>
        <IssueItems issues={props.warnings} label="Warnings" onShow={props.onShow} />
      </MessageBarBody>
    </MessageBar>
  );
}

export function IssuesList(props: { readonly issues: readonly FieldIssue[]; readonly onShow: (panel: PanelId) => void }): ReactNode {
  const n = props.issues.length;
  if (n === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" aria-label="Model issues">
      <MessageBarBody>
        <MessageBarTitle>{`${n} ${n === 1 ? 'issue' : 'issues'} to fix before building`}</MessageBarTitle>
        <IssueItems issues={props.issues} label="Issues" onShow={props.onShow} />
      </MessageBarBody>
    </MessageBar>
  );
}
