import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PaneError } from '../services/errors';
import { Problem } from './Problem';

/** Shared with the tabs' own result lists, so every tab spaces its items alike. */
export const useActionTabStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

/**
 * The frame of a tab that runs one action on the document (Kontrollera, Räkna om): intro, the action's
 * button (disabled while anything runs), progress and the error, then the tab's own results.
 */
export function ActionTab({
  label,
  intro,
  runLabel,
  onRun,
  disabled,
  busy,
  error,
  children,
}: {
  label: string;
  intro: string;
  runLabel: string;
  onRun(): void;
  disabled: boolean;
  /** What is running now; `live` announces changes of the label to screen readers. */
  busy: { label: string; live?: boolean } | null;
  error: PaneError | null;
  children?: ReactNode;
}) {
  const s = useActionTabStyles();
  return (
    <section className={s.root} aria-label={label}>
      <Text>{intro}</Text>
      <div>
        <Button appearance="primary" onClick={onRun} disabled={disabled}>
          {runLabel}
        </Button>
      </div>
      {busy ? <Spinner size="tiny" label={busy.label} aria-live={busy.live ? 'polite' : undefined} /> : null}
      <Problem error={error} />
      {children}
    </section>
  );
}
