/**
 * Ribbon commands, loaded in the shared runtime page (taskpane.html). The "Pricing" button is a
 * ShowTaskpane action declared in manifest.xml; this module registers the actions that run
 * without a pane, so that keyboard shortcuts or later buttons can reuse them.
 */

/** Opens the Tiercraft pane from a ribbon command (the shared runtime keeps one pane). */
export async function openPricingPane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

/** Hides the pane; the custom functions keep running in the shared runtime. */
export async function closePricingPane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.hide();
  } finally {
    event?.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('openPricingPane', openPricingPane);
    Office.actions.associate('closePricingPane', closePricingPane);
  });
}
