/**
 * "Download quote PDF", beside the quote's totals: the customer quote as the command line writes it.
 * Shown only when the port offers downloads (the playground); progress and failures are said in words.
 */
import { useState, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DocumentPdf20Regular } from '@fluentui/react-icons';
import type { Model } from '../../../engine/model/schema';
import { errorText } from '../../state/useBuild';
import type { WorkbookPort } from '../../workbook/WorkbookPort';

/** What the last download said, and the quote it was for: a message about an earlier quote is not shown. */
type PdfStatus = { readonly intent: 'info' | 'success' | 'error'; readonly text: string; readonly quote: Model['quote'] };

export function QuotePdfDownload(props: { readonly port: WorkbookPort; readonly model: Model }): ReactNode {
  const [said, setStatus] = useState<PdfStatus | null>(null);
  const download = props.port.downloadQuotePdf;
  if (download === undefined) return null;
  const quote = props.model.quote;
  const status = said !== null && (said.quote === quote || said.intent === 'info') ? said : null;
  const busy = status?.intent === 'info';
  const onClick = (): void => {
    setStatus({ intent: 'info', text: 'Preparing the PDF…', quote });
    download(props.model).then(
      (name) => setStatus({ intent: 'success', text: `Downloaded ${name}.`, quote }),
      (error: unknown) => setStatus({ intent: 'error', text: `The PDF could not be made: ${errorText(error)}`, quote }),
    );
  };
  return (
    <>
      <div>
        <Button icon={<DocumentPdf20Regular />} size="small" disabled={busy} onClick={onClick}>Download quote PDF</Button>
      </div>
      <div aria-live="polite">
        {status ? <MessageBar intent={status.intent} data-testid="quote-pdf-status"><MessageBarBody>{status.text}</MessageBarBody></MessageBar> : null}
      </div>
    </>
  );
}
