import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRecompute, useStrings } from '../services/hooks';
import { Problem } from './Problem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  old: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
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
  const r = useRecompute();
  return (
    <section className={s.root} aria-label={t.tabs.recompute}>
      <Text>{t.recompute.intro}</Text>
      <div>
        <Button appearance="primary" onClick={() => void r.run()} disabled={r.busy}>
          {t.recompute.run}
        </Button>
      </div>
      {r.busy ? <Spinner size="tiny" label={t.recompute.working} /> : null}
      <Problem error={r.error} />
      {r.refused.length ? (
        <MessageBar intent="warning">
          <MessageBarBody>{r.refused.join(' ')}</MessageBarBody>
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
          <ul className={s.list} aria-label={t.recompute.done(r.changes.length)}>
            {r.changes.map((c, i) => (
              <li key={i} className={s.item}>
                <Text weight="semibold">
                  {c.table}
                  {c.row ? (
                    <>
                      {' · '}
                      {c.loc ? (
                        <Link as="button" onClick={() => c.loc && void r.select(c.loc)} aria-label={`${t.recompute.row}: ${c.row}`}>
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
                {c.reason && c.reason !== c.column ? <Text size={200} className={s.reason}>{c.reason}</Text> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
