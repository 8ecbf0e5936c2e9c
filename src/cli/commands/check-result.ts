/** What `rapportstod check` knows about one file after checking it: shared by the listing, `--json` and the folder summary. */
import { REPORT_TYPE_NAMES } from '../../core/blocks/forms';
import type { ReportType } from '../../core/model';
import type { Finding } from '../../core/rules/types';

export type FileResult =
  | {
      file: string;
      reportType: ReportType | null;
      unit: string | null;
      year: number | null;
      findings: Finding[];
      notes: string[];
    }
  | { file: string; error: string };

export type CheckedFile = Extract<FileResult, { findings: Finding[] }>;

/** The report types' Swedish names: the core's list, which the pane's forms use too. */
export const TYPE_NAME: Record<ReportType, string> = REPORT_TYPE_NAMES;
