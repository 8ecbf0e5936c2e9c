/**
 * The ribbon's function file (the manifest's FunctionFile, Commands.Url → function-file.html). The button opens the pane through ShowTaskpane in the manifest, so
 * there is no ExecuteFunction command yet; Office still loads this page and waits for onReady.
 */
// onReady's promise is not needed: there is nothing to do after it, and Office reports its own failures.
void Office.onReady(() => {
  // Nothing to register: a future ExecuteFunction command is registered here with Office.actions.associate.
});
