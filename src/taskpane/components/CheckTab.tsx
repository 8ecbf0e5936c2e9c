import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { editsOf, type Finding, type Severity } from '../../core/rules/types';
import { countSeverities, groupFindings, type SeverityCounts } from '../services/findings';
import { useCheck, useStrings } from '../services/hooks';
import { ActionTab, useActionTabStyles } from './ActionTab';
import { Notice } from './Problem';
import { ReviewComments } from './ReviewComments';

/**
 * One colour per severity everywhere in the pane: the badge on a finding, the counts in a group's
 * header and the finding's left border (Fluent's danger / warning / brand palettes).
 */
export const SEVERITY_BADGE: Record<Severity, 'danger' | 'warning' | 'brand'> = {
  error: 'danger',
  warning: 'warning',
  tip: 'brand',
};

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'center',
    outlineStyle: 'none',
  },
  summaryFocus: {
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  header: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  tip: { borderLeftColor: tokens.colorBrandStroke1 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  subject: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'left',
    // A visible focus ring on every finding link (Fluent's Link only underlines).
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  ignoredBox: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

function SeverityCountBadges({ counts }: { counts: SeverityCounts }) {
  const t = useStrings();
  return (
    <>
      {(['error', 'warning', 'tip'] as const).map((sev) =>
        counts[sev] ? (
          <Badge key={sev} appearance="filled" color={SEVERITY_BADGE[sev]} size="small" data-count={sev}>
            {t.check.severityCount[sev](counts[sev])}
          </Badge>
        ) : null,
      )}
    </>
  );
}

function FindingItem({
  finding,
  selected,
  disabled,
  linkRef,
  onSelect,
  onFix,
  onIgnore,
  onRestore,
}: {
  finding: Finding;
  selected: boolean;
  disabled: boolean;
  linkRef?: (el: HTMLElement | null) => void;
  onSelect(): void;
  onFix?(): void;
  onIgnore?(): void;
  onRestore?(): void;
}) {
  const t = useStrings();
  const s = useStyles();
  return (
    <li className={[s.item, s[finding.severity], selected ? s.selected : ''].join(' ')} data-finding={finding.id}>
      <div className={s.header}>
        <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]} size="small">
          {t.check.severity[finding.severity]}
        </Badge>
        <Link as="button" className={s.subject} onClick={onSelect} title={t.check.show} ref={linkRef}>
          {finding.subject || t.check.show}
        </Link>
      </div>
      <Text size={200}>{finding.message}</Text>
      <div className={s.actions}>
        {onFix && editsOf(finding).length ? (
          <Button
            size="small"
            appearance="primary"
            disabled={disabled}
            onClick={onFix}
            aria-label={`${t.check.fix}: ${finding.subject}`}
          >
            {t.check.fix}
          </Button>
        ) : null}
        {onIgnore ? (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            onClick={onIgnore}
            aria-label={`${t.check.ignore}: ${finding.subject}`}
          >
            {t.check.ignore}
          </Button>
        ) : null}
        {onRestore ? (
          <Button
            size="small"
            appearance="secondary"
            disabled={disabled}
            onClick={onRestore}
            aria-label={`${t.check.restore}: ${finding.subject}`}
          >
            {t.check.restore}
          </Button>
        ) : null}
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
  const [showIgnored, setShowIgnored] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const links = useRef(new Map<string, HTMLElement>());
  const groups = check.findings ? groupFindings(check.findings) : [];
  const total = check.findings ? countSeverities(check.findings) : null;
  const busyLabel =
    check.busy === 'reading'
      ? t.check.reading
      : check.busy === 'checking'
        ? t.check.checking
        : check.busy === 'applying'
          ? t.check.applying
          : null;

  // After Kontrollera, Åtgärda and Ignorera focus goes to the summary or the next finding, never <body>.
  const focus = check.focus;
  useEffect(() => {
    if (!focus) return;
    const target = focus.kind === 'finding' ? links.current.get(focus.id) : summaryRef.current;
    (target ?? summaryRef.current)?.focus();
  }, [focus]);

  const linkRef = (id: string) => (el: HTMLElement | null) => {
    if (el) links.current.set(id, el);
    else links.current.delete(id);
  };

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
      <div
        className={`${s.summary} ${s.summaryFocus}`}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        ref={summaryRef}
        data-testid="check-summary"
      >
        {total ? (
          <>
            <Text weight="semibold">{t.check.summary(total.error, total.warning, total.tip)}</Text>
            {check.ignored.length ? <Text size={200}>{t.check.ignoredCount(check.ignored.length)}</Text> : null}
          </>
        ) : null}
      </div>
      {check.notes.length ? (
        <MessageBar intent="info" layout="multiline" data-testid="check-notes">
          <MessageBarBody>
            <MessageBarTitle>{t.check.notesTitle}</MessageBarTitle>
            <ul>
              {check.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
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
              {/* The button's name is its visible text: the section and the counts written out ("6 fel"). */}
              <AccordionHeader>
                <span className={s.header}>
                  <span>{g.section}</span>
                  <SeverityCountBadges counts={g.counts} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={lists.list} aria-label={t.check.findingsIn(g.section, g.findings.length)}>
                  {g.findings.map((f) => (
                    <FindingItem
                      key={f.id}
                      finding={f}
                      selected={check.selected === f.id}
                      disabled={check.busy !== null}
                      linkRef={linkRef(f.id)}
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
      {check.findings && check.ignoredFindings.length ? (
        <div className={s.ignoredBox}>
          <div>
            <Button
              appearance="secondary"
              size="small"
              aria-expanded={showIgnored}
              aria-controls="ignored-findings"
              onClick={() => setShowIgnored((v) => !v)}
            >
              {showIgnored ? t.check.hideIgnored : t.check.showIgnored(check.ignoredFindings.length)}
            </Button>
          </div>
          {showIgnored ? (
            <ul className={lists.list} id="ignored-findings" aria-label={t.check.ignoredHeading}>
              {check.ignoredFindings.map((f) => (
                <FindingItem
                  key={f.id}
                  finding={f}
                  selected={check.selected === f.id}
                  disabled={check.busy !== null}
                  onSelect={() => void check.select(f)}
                  onRestore={() => void check.restore(f)}
                />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {check.findings ? <ReviewComments disabled={check.busy !== null} /> : null}
    </ActionTab>
  );
}
