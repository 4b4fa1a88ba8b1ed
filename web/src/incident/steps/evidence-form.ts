/** The evidence form as multipart fields: every evidenceInput field as a string, plus the optional file. */
import { localInputToIso } from '../../lib/dates';

export interface EvidenceFormState {
  item: string;
  source: string;
  collectedBy: string;
  collectedAt: string;
  method: string;
  sha256: string;
  storageLocation: string;
}

/** What zod checks; with a file, the typed hash is ignored (the server computes it). */
export function toEvidenceInput(f: EvidenceFormState, hasFile: boolean): Record<string, string | undefined> {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    item: f.item.trim(),
    source: f.source.trim(),
    collectedBy: f.collectedBy.trim(),
    collectedAt: localInputToIso(f.collectedAt) ?? f.collectedAt,
    method: opt(f.method),
    sha256: hasFile ? undefined : opt(f.sha256)?.toLowerCase(),
    storageLocation: f.storageLocation.trim(),
  };
}

export function toEvidenceFormData(input: Record<string, string | undefined>, file: File | null): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) if (value !== undefined) form.append(key, value);
  if (file) form.append('file', file, file.name);
  return form;
}
