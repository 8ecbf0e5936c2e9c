/**
 * Activity dates are ISO dates (YYYY-MM-DD) within the report's year. Copying last year's plan is
 * the usual way a 2020 report ends up with 2019 activities, and a typed date like "2020-13-01" or
 * "2020-02-30" slips through because Word does not check it.
 */
import type { Activity, Report, TextRef } from '../model';
import type { Rule, RuleContext } from './types';
import { allActivityTables } from './util';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as a sortable number (YYYYMMDD), or null. */
export function isoDate(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return y * 10000 + mo * 100 + d;
}

export const activityDates: Rule = {
  meta: {
    id: 'activity-dates',
    messages: {
      dateMissing: { kind: 'date-missing', severity: 'warning', text: '{{label}} saknas för aktiviteten.' },
      dateNotReal: { kind: 'date-invalid', severity: 'error', text: '{{label}} {{date}} är inte ett verkligt datum.' },
      dateNotIso: {
        kind: 'date-invalid',
        severity: 'error',
        text: '{{label}} "{{date}}" är inte skrivet som ÅÅÅÅ-MM-DD.',
      },
      startAfterEnd: {
        kind: 'date-order',
        severity: 'error',
        text: 'Startdatum {{start}} ligger efter slutdatum {{end}}.',
      },
      outsideYear: {
        kind: 'date-outside-year',
        severity: 'warning',
        text: 'Aktiviteten ({{start}} till {{end}}) pågår inte under rapportens år {{year}}.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar aktiviteternas Startdatum och Slutdatum: de ska vara verkliga datum skrivna ÅÅÅÅ-MM-DD (fel), startdatum får inte ligga efter slutdatum (fel), och aktiviteten ska pågå någon gång under rapportens år (varning). Ett saknat datum är en varning.',
      howToFix:
        'Skriv datumen som ÅÅÅÅ-MM-DD, t.ex. 2020-01-01 och 2020-12-31, och kontrollera att de gäller rapportåret.',
    },
  },
  check(context) {
    for (const t of allActivityTables(context.model))
      for (const a of t.activities) checkActivity(context, context.model, a);
  },
};

function checkActivity(context: RuleContext, report: Report, a: Activity): void {
  const start = checkDate(context, a, a.start, 'Startdatum');
  const end = checkDate(context, a, a.end, 'Slutdatum');
  if (start !== null && end !== null && start > end) {
    context.report({
      messageId: 'startAfterEnd',
      data: { start: a.start?.text.trim() ?? '', end: a.end?.text.trim() ?? '' },
      subject: a.text,
      location: a.start?.loc ?? a.loc,
    });
    return;
  }
  const year = report.year;
  if (year === null || (start === null && end === null)) return;
  const first = year * 10000 + 101;
  const last = year * 10000 + 1231;
  const from = start ?? end ?? 0;
  const to = end ?? start ?? 0;
  if (to < first || from > last) {
    const ref = (to < first ? (a.end ?? a.start) : (a.start ?? a.end)) as TextRef;
    context.report({
      messageId: 'outsideYear',
      data: { start: a.start?.text.trim() || '–', end: a.end?.text.trim() || '–', year },
      subject: a.text,
      location: ref.loc,
    });
  }
}

function checkDate(context: RuleContext, a: Activity, ref: TextRef | null, label: string): number | null {
  const text = ref?.text.trim() ?? '';
  if (text === '') {
    context.report({ messageId: 'dateMissing', data: { label }, subject: a.text, location: ref?.loc ?? a.loc });
    return null;
  }
  const value = isoDate(text);
  if (value === null) {
    context.report({
      messageId: ISO.test(text) ? 'dateNotReal' : 'dateNotIso',
      data: { label, date: text },
      subject: a.text,
      location: ref?.loc ?? a.loc,
    });
  }
  return value;
}
