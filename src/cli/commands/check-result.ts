/** What `rapportstod check` knows about one file after checking it: shared by the listing, `--json` and the folder summary. */
import type { ReportType } from '../../core/model';
import type { Finding } from '../../core/rules/types';

export type FileResult =
  | { file: string; reportType: ReportType | null; unit: string | null; year: number | null; findings: Finding[]; notes: string[] }
  | { file: string; error: string };

export type CheckedFile = Extract<FileResult, { findings: Finding[] }>;

export const TYPE_NAME: Record<ReportType, string> = {
  VB: 'Verksamhetsberättelse (VB)',
  T1: 'Tertialrapport 1 (T1)',
  T2: 'Tertialrapport 2 (T2)',
  VP: 'Verksamhetsplan (VP)',
};
