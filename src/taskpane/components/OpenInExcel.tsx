/**
 * What taskpane.html shows outside Excel (a plain browser, or another Office application): the pane
 * works only inside Excel, how to open it there, and the playground, which runs the same pane without Excel.
 */
import type { ReactNode } from 'react';
import { Body1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Title3, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '40em', boxSizing: 'border-box', color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, minHeight: '100vh' },
});

export const OPEN_IN_EXCEL_TEXT = {
  title: 'Open Tiercraft in Excel',
  why: 'This page is the Tiercraft task pane: it reads and writes an Excel workbook, so it works only inside Excel.',
  how: 'In Excel, add Tiercraft (Home > Add-ins > More Add-ins > Upload My Add-in, with manifest.xml), then choose Home > Pricing.',
  playground: 'Try the pane without Excel in the playground',
} as const;

/** `host` is the Office application the page was opened in, or null in a plain browser. */
export function OpenInExcel(props: { readonly host: string | null; readonly playgroundHref?: string }): ReactNode {
  const styles = useStyles();
  return (
    <main className={styles.page} aria-label="Tiercraft">
      <Title3 as="h1">{OPEN_IN_EXCEL_TEXT.title}</Title3>
      <MessageBar intent="info" layout="multiline" data-testid="open-in-excel">
        <MessageBarBody>
          <MessageBarTitle>{props.host ? `Tiercraft does not run in ${props.host}` : 'Excel is not here'}</MessageBarTitle>
          {OPEN_IN_EXCEL_TEXT.why}
        </MessageBarBody>
      </MessageBar>
      <Body1>{OPEN_IN_EXCEL_TEXT.how}</Body1>
      <Body1>
        <Link href={props.playgroundHref ?? 'playground.html'} inline>{OPEN_IN_EXCEL_TEXT.playground}</Link>
        {' (the same pane, with a preview of the workbook it builds).'}
      </Body1>
    </main>
  );
}
