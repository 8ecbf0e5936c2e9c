import { makeReport, ruleTester } from '../../../test/rule-tester';
import { headerFields } from './header-fields';

ruleTester(headerFields, {
  valid: [
    { name: 'seed 000 front matter', report: makeReport() },
    { name: 'a VP has the same front matter', report: makeReport({ type: 'VP', year: 2021 }) },
    {
      name: 'a document that is not a report is not asked for a Dnr',
      report: makeReport({ type: null, frontMatter: { dnr: null, date: null, handlaggare: null } }),
    },
  ],
  invalid: [
    {
      name: 'no Dnr',
      report: makeReport({ frontMatter: { dnr: null } }),
      findings: [
        {
          messageId: 'dnrMissing',
          kind: 'header-field-missing',
          subject: 'Dnr',
          severity: 'error',
          location: { block: 0 },
        },
      ],
    },
    {
      name: 'blank date and no handläggare',
      report: makeReport({ frontMatter: { date: { text: ' ', loc: { block: 1 } }, handlaggare: null } }),
      findings: [
        {
          messageId: 'handlaggareMissing',
          kind: 'header-field-missing',
          subject: 'Handläggare',
          severity: 'warning',
          location: { block: 0 },
        },
        {
          messageId: 'dateMissing',
          kind: 'header-field-missing',
          subject: 'Datum',
          severity: 'warning',
          location: { block: 1 },
        },
      ],
    },
    {
      name: 'date not in ISO form',
      report: makeReport({ frontMatter: { date: { text: '3 februari 2021', loc: { block: 1 } } } }),
      findings: [
        {
          messageId: 'dateFormat',
          kind: 'header-date-format',
          subject: 'Datum',
          severity: 'warning',
          location: { block: 1 },
          data: { date: '3 februari 2021' },
        },
      ],
    },
  ],
});
