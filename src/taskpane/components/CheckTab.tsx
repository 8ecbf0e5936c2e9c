import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  CounterBadge,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { editsOf, type Finding, type Severity } from '../../core/rules/types';
import { countSeverities, groupFindings } from '../services/findings';
import { useCheck, useStrings } from '../services/hooks';
import { ActionTab, useActionTabStyles } from './ActionTab';
import { Notice } from './Problem';
import { ReviewComments } from './ReviewComments';

const useStyles = makeStyles({
  summary: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  header: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  tip: { borderLeftColor: tokens.colorBrandStroke1 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  subject: { fontWeight: tokens.fontWeightSemibold, textAlign: 'left' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'brand'> = { error: 'danger', warning: 'warning', tip: 'brand' };

function FindingItem({ finding, selected, disabled, onSelect, onFix, onIgnore }: {
  finding: Finding;
  selected: boolean;
  disabled: boolean;
  onSelect(): void;
  onFix(): void;
  onIgnore(): void;
}) {
  const t = useStrings();
  const s = useStyles();
  return (
    <li className={[s.item, s[finding.severity], selected ? s.selected : ''].join(' ')} data-finding={finding.id}>
      <div className={s.header}>
        <Badge appearance="tint" color={BADGE[finding.severity]} size="small">
          {t.check.severity[finding.severity]}
        </Badge>
        <Link as="button" className={s.subject} onClick={onSelect} title={t.check.show}>
          {finding.subject || t.check.show}
        </Link>
      </div>
      <Text size={200}>{finding.message}</Text>
      <div className={s.actions}>
        {editsOf(finding).length ? (
          <Button size="small" appearance="primary" disabled={disabled} onClick={onFix} aria-label={`${t.check.fix}: ${finding.subject}`}>
            {t.check.fix}
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" disabled={disabled} onClick={onIgnore} aria-label={`${t.check.ignore}: ${finding.subject}`}>
          {t.check.ignore}
        </Button>
      </div>
    </li>
  );
}

export function CheckTab() {
  const t = useStrings();
  const s = useStyles();
  const lists = useActionTabStyles();
  const check = useCheck();
  // The sections the user closed; every other one is open, so a section that appears in a later check
  // (after an insertion, say) never hides its findings in a group nobody opened.
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const groups = check.findings ? groupFindings(check.findings) : [];
  const total = check.findings ? countSeverities(check.findings) : null;
  const busyLabel = check.busy === 'reading' ? t.check.reading : check.busy === 'checking' ? t.check.checking : check.busy === 'applying' ? t.check.applying : null;

  return (
    <ActionTab
      label={t.tabs.check}
      intro={t.check.intro}
      runLabel={check.findings ? t.check.rerun : t.check.run}
      onRun={() => void check.run()}
      disabled={check.busy !== null}
      busy={busyLabel ? { label: busyLabel, live: true } : null}
      error={check.error}
    >
      <Notice text={check.notice} />
      {total ? (
        <div className={s.summary} role="status" aria-live="polite">
          <Text weight="semibold">{t.check.summary(total.error, total.warning, total.tip)}</Text>
          {check.ignored.length ? <Text size={200}>{t.check.ignoredCount(check.ignored.length)}</Text> : null}
        </div>
      ) : null}
      {check.findings && check.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.check.noFindings}</MessageBarBody>
        </MessageBar>
      ) : null}
      {groups.length ? (
        <Accordion
          multiple
          collapsible
          openItems={groups.map((g) => g.section).filter((section) => !closed.has(section))}
          onToggle={(_e, data) => {
            const open = new Set(data.openItems.map(String));
            setClosed(new Set(groups.map((g) => g.section).filter((section) => !open.has(section))));
          }}
        >
          {groups.map((g) => (
            <AccordionItem key={g.section} value={g.section}>
              <AccordionHeader button={{ "aria-label": t.check.findingsIn(g.section, g.findings.length) }}>
                <span className={s.header}>
                  {g.section}
                  {g.counts.error ? <CounterBadge count={g.counts.error} color="danger" size="small" aria-label={`${g.counts.error} ${t.check.errors}`} /> : null}
                  {g.counts.warning ? <CounterBadge count={g.counts.warning} color="important" size="small" aria-label={`${g.counts.warning} ${t.check.warnings}`} /> : null}
                  {g.counts.tip ? <CounterBadge count={g.counts.tip} color="informative" size="small" aria-label={`${g.counts.tip} ${t.check.tips}`} /> : null}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={lists.list}>
                  {g.findings.map((f) => (
                    <FindingItem
                      key={f.id}
                      finding={f}
                      selected={check.selected === f.id}
                      disabled={check.busy !== null}
                      onSelect={() => void check.select(f)}
                      onFix={() => void check.fix(f)}
                      onIgnore={() => void check.ignore(f)}
                    />
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      ) : null}
      {check.findings ? <ReviewComments disabled={check.busy !== null} /> : null}
    </ActionTab>
  );
}
