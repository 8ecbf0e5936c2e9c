import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
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
      {r.changes && r.changes.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.recompute.nothing}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r.changes && r.changes.length > 0 ? (
        <>
          <Text weight="semibold" role="status">
            {t.recompute.done(r.changes.length)}
          </Text>
          <Table size="small" aria-label={t.recompute.done(r.changes.length)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.recompute.table}</TableHeaderCell>
                <TableHeaderCell>{t.recompute.row}</TableHeaderCell>
                <TableHeaderCell>{t.recompute.change}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.changes.map((c, i) => (
                <TableRow key={i}>
                  <TableCell>{c.table}</TableCell>
                  <TableCell>
                    {c.loc ? (
                      <Link as="button" onClick={() => c.loc && void r.select(c.loc)}>
                        {c.row || '–'}
                      </Link>
                    ) : (
                      c.row || '–'
                    )}
                  </TableCell>
                  <TableCell>
                    {c.oldText || c.newText ? (
                      <span>
                        <span className={s.old}>{c.oldText || '(tom)'}</span> → <strong>{c.newText}</strong>
                      </span>
                    ) : null}
                    <div className={s.reason}>{c.reason}</div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </section>
  );
}
