/**
 * The ribbon's function file. The button opens the pane through ShowTaskpane in the manifest, so
 * there is no ExecuteFunction command yet; Office still loads this page and waits for onReady.
 */
Office.onReady(() => {
  // Nothing to register: a future ExecuteFunction command is registered here with Office.actions.associate.
});
