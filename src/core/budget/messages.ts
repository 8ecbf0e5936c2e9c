/**
 * The Swedish text of each budget issue, as templates: the budget rules declare them as their
 * messages (src/core/rules/budget-sums.ts, number-format.ts) and the analysis fills them, so the
 * text exists once.
 */
import { interpolate } from '../interpolate';
import type { BudgetIssueKind } from './types';

export const BUDGET_MESSAGES: Record<BudgetIssueKind, string> = {
  'sum-mismatch': '{{table}}: {{row}}, {{column}} är {{old}}, men ska vara {{expected}}{{because}}.',
  'transfer-limit':
    '{{table}}: {{row}} beräknar ett överskott på {{value}}, mer än 5 % av bruttobudgeten ({{limit}}). Årets överföring får vara högst 5 %.',
  'fund-limit':
    '{{table}}: {{row}} för över {{value}} till nästa år, mer än 10 % av bruttobudgeten ({{limit}}). Resultatfonden får vara högst 10 %.',
  'varav-exceeds':
    '{{table}}: {{row}} ({{value}}) är större än raden den är en del av, {{parent}} ({{parentValue}}), i kolumnen {{column}}.',
  'number-format':
    '{{table}}: {{row}}, {{column}}: "{{value}}" går inte att läsa som ett tal. ' +
    'Skriv talet med decimalkomma och mellanslag som tusentalsavgränsare (t.ex. 2 017,9), eller "i.u." om uppgift saknas.',
  'ambiguous-row':
    '{{table}}: raden {{row}} har färre celler än tabellens kolumner och talen kan inte placeras ' +
    'säkert under rubrikerna. Fyll i de tomma cellerna (0 eller i.u.) så kan summorna kontrolleras.',
};

export function budgetMessage(
  kind: BudgetIssueKind,
  data: Record<string, string>,
): { message: string; data: Record<string, string> } {
  return { message: interpolate(BUDGET_MESSAGES[kind], data), data };
}
