/**
 * "Lägg fynden som kommentarer" / "Ta bort Rapportstöds kommentarer" in the Kontrollera tab: the
 * manager's review as Word comments. Kept apart from CheckTab so the check list stays as it is; shown
 * when the services have a review (Word and the demo), with the reason instead when the host lacks
 * WordApi 1.4.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useServices, useStrings } from '../services/hooks';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export function ReviewComments({ disabled = false }: { disabled?: boolean }) {
  const services = useServices();
  const s = useStyles();
  const t = useStrings().review;
  const [busy, setBusy] = useState<'add' | 'remove' | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const running = useRef(false);
  const review = services.reviewComments;
  if (!review) return null;
  const unsupported = review.unsupported();

  const run = async (what: 'add' | 'remove') => {
    if (running.current) return;
    running.current = true;
    setBusy(what);
    setMessage(null);
    try {
      if (what === 'add') {
        const r = await review.add();
        setMessage({ intent: 'success', text: t.added(r.written, r.alreadyThere) });
      } else {
        const r = await review.remove();
        setMessage({ intent: 'success', text: t.removed(r.removed, r.keptWithReplies) });
      }
    } catch (e) {
      setMessage({ intent: 'error', text: t.failed(e instanceof Error ? e.message : String(e)) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  return (
    <section className={s.root} aria-label={t.add}>
      <div className={s.buttons}>
        <Button disabled={disabled || busy !== null || unsupported !== null} onClick={() => void run('add')}>
          {busy === 'add' ? t.adding : t.add}
        </Button>
        <Button
          appearance="subtle"
          disabled={disabled || busy !== null || unsupported !== null}
          onClick={() => void run('remove')}
        >
          {busy === 'remove' ? t.removing : t.remove}
        </Button>
      </div>
      {unsupported ? (
        <MessageBar intent="info">
          <MessageBarBody>{unsupported}</MessageBarBody>
        </MessageBar>
      ) : null}
      {message ? (
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
