/**
 * A figure in a budget table that cannot be read as a number cannot be summed; the sums around it
 * are left unchecked. Never fixed automatically: only the writer knows what was meant.
 */
import { BUDGET_MESSAGES } from '../budget/messages';
import type { Rule } from './types';

export const numberFormat: Rule = {
  meta: {
    id: 'number-format',
    messages: { 'number-format': { kind: 'number-format', severity: 'error', text: BUDGET_MESSAGES['number-format'] } },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att talen i budgettabellernas sifferkolumner går att läsa: decimalkomma, mellanslag som tusentalsavgränsare, ' +
        'minustecken (-, − eller –), eventuellt %. Tomma celler, "i.u." och streck godtas som "uppgift saknas".',
      howToFix:
        'Skriv talet som 2 017,9 eller -3,5, eller skriv i.u. om uppgiften saknas. Ta bort ord och tecken som inte hör till talet.',
    },
  },
  check(context) {
    for (const issue of context.analysis.budget) {
      if (issue.kind !== 'number-format') continue;
      context.report({
        messageId: 'number-format',
        data: issue.data,
        subject: issue.table.rows[issue.row]?.label ?? issue.table.title,
        location: issue.loc,
      });
    }
  },
};
