/**
 * Budget tables whose figures do not add up: totals, Avvikelse, varav breakdowns, the 5 % column,
 * result transfers — and the result-unit limits the city's rules set (5 % a year, 10 % in all).
 * A wrong figure comes with the value it should have, written the way the table writes numbers.
 */
import { editFor } from '../budget/index';
import { BUDGET_MESSAGES } from '../budget/messages';
import { budgetTablesOf, newestTemplateFile } from '../template/index';
import type { Rule } from './types';

/** The tables the rule checks, by the template's titles ("Uppföljning av driftbudget, Resultatenheter, …"). */
const TABLES = [...new Set(budgetTablesOf(newestTemplateFile()).kinds.map((k) => k.title))].join(', ');

export const budgetSums: Rule = {
  meta: {
    id: 'budget-sums',
    messages: {
      'sum-mismatch': { kind: 'sum-mismatch', severity: 'error', text: BUDGET_MESSAGES['sum-mismatch'] },
      'varav-exceeds': { kind: 'varav-exceeds', severity: 'error', text: BUDGET_MESSAGES['varav-exceeds'] },
      'transfer-limit': { kind: 'transfer-limit', severity: 'warning', text: BUDGET_MESSAGES['transfer-limit'] },
      'fund-limit': { kind: 'fund-limit', severity: 'warning', text: BUDGET_MESSAGES['fund-limit'] },
      'ambiguous-row': { kind: 'ambiguous-row', severity: 'warning', text: BUDGET_MESSAGES['ambiguous-row'] },
    },
    fixable: true,
    docs: {
      description:
        `Räknar om budgettabellerna (${TABLES}): ` +
        'Totalt/Summa ska vara summan av raderna (varav-rader räknas inte), Avvikelse = Budget + budgetjusteringar − Prognos ' +
        '(efter resultatöverföringar när tabellen har båda), varav-rader får inte vara större än sin huvudrad, ' +
        '5 %-kolumnen ska vara 5 % av bruttobudgeten och överföringen till nästa år −(överföring från föregående år + årets resultat). ' +
        'Varnar när en resultatenhets årsöverskott är över 5 % eller resultatfonden över 10 % av bruttobudgeten.',
      howToFix:
        'Använd "Åtgärda" (eller rapportstod fix) för att skriva in det beräknade värdet, eller rätta den rad som är fel. ' +
        'Fyll i tomma celler med 0 eller i.u. så att varje tal står under rätt rubrik.',
    },
  },
  check(context) {
    for (const issue of context.analysis.budget) {
      if (issue.kind === 'number-format') continue;
      const edit = editFor(issue);
      context.report({
        messageId: issue.kind,
        data: issue.data,
        subject: issue.table.rows[issue.row]?.label ?? issue.table.title,
        location: issue.loc,
        ...(edit ? { fix: [edit] } : {}),
      });
    }
  },
};
