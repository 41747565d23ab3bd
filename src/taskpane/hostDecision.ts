/**
 * What the task pane page shows, decided from what `Office.onReady()` resolves with. Microsoft documents
 * that the promise resolves with the host as an `Office.HostType` value (Excel, Word, …) and that an add-in
 * checks it with `info.host === Office.HostType.Excel`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). Outside Office the host is
 * null and the `Excel` namespace does not exist, so only Excel gets the pane.
 */

/** The pane, inside Excel; anywhere else, the page that says to open the add-in in Excel. */
export type PaneHost = { readonly kind: 'excel' } | { readonly kind: 'elsewhere'; readonly host: string | null };

/**
 * The part of Office.onReady's answer the decision reads. `Host` is `Office.HostType`, whose values are
 * the applications' names at run time ("Excel", "Word") though its typings declare a numeric enum.
 */
export interface ReadyInfo<Host = string> {
  readonly host?: Host | null;
}

/** `excelHost` is `Office.HostType.Excel`, passed in so that the decision stays free of the Office global. */
export function paneHostFor<Host>(info: ReadyInfo<Host> | null | undefined, excelHost: Host): PaneHost {
  const host = info?.host ?? null;
  if (host === null) return { kind: 'elsewhere', host: null };
  return host === excelHost ? { kind: 'excel' } : { kind: 'elsewhere', host: String(host) };
}
