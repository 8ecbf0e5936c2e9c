import { Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRecompute, useStrings } from '../services/hooks';
import { ActionTab, useActionTabStyles } from './ActionTab';

const useStyles = makeStyles({
  old: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground3 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function RecomputeTab() {
  const t = useStrings();
  const s = useStyles();
  const lists = useActionTabStyles();
  const r = useRecompute();
  return (
    <ActionTab
      label={t.tabs.recompute}
      intro={t.recompute.intro}
      runLabel={t.recompute.run}
      onRun={() => void r.run()}
      disabled={r.busy}
      busy={r.busy ? { label: t.recompute.working } : null}
      error={r.error}
    >
      {r.refused.length ? (
        <MessageBar intent="warning">
          <MessageBarBody>{r.refused.join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r.notes.length ? (
        <MessageBar intent="info">
          <MessageBarBody>{r.notes.join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r.changes && r.changes.length === 0 && r.refused.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.recompute.nothing}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r.changes && r.changes.length > 0 ? (
        <>
          <Text weight="semibold" role="status">
            {t.recompute.done(r.changes.length)}
          </Text>
          <ul className={lists.list} aria-label={t.recompute.done(r.changes.length)}>
            {r.changes.map((c, i) => (
              <li key={i} className={s.item}>
                <Text weight="semibold">
                  {c.table}
                  {c.row ? (
                    <>
                      {' · '}
                      {c.loc ? (
                        <Link
                          as="button"
                          onClick={() => c.loc && void r.select(c.loc)}
                          aria-label={`${t.recompute.row}: ${c.row}`}
                        >
                          {c.row}
                        </Link>
                      ) : (
                        c.row
                      )}
                    </>
                  ) : null}
                </Text>
                {c.oldText || c.newText ? (
                  <Text>
                    {c.column ? `${c.column}: ` : ''}
                    <span className={s.old}>{c.oldText || '–'}</span> → <strong>{c.newText}</strong>
                  </Text>
                ) : null}
                {c.reason && c.reason !== c.column ? (
                  <Text size={200} className={s.reason}>
                    {c.reason}
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ActionTab>
  );
}
