/**
 * Preparation form state ↔ preparationInput. A group left entirely blank means "not recorded" (null), the
 * way the settings form treats the desk; a half-filled group is sent as is, so the missing name is shown.
 */
import type { PreparationView } from '../shared';

export interface PreparationFormState {
  policeName: string;
  policePhone: string;
  policeNote: string;
  noticeName: string;
  noticeContact: string;
  backupsWhere: string;
  backupsTested: string;
  backupsNotes: string;
}

export function preparationToForm(p: PreparationView): PreparationFormState {
  return {
    policeName: p.policeDesk?.name ?? '',
    policePhone: p.policeDesk?.phone ?? '',
    policeNote: p.policeDesk?.note ?? '',
    noticeName: p.publicNoticeOwner?.name ?? '',
    noticeContact: p.publicNoticeOwner?.contact ?? '',
    backupsWhere: p.backups?.where ?? '',
    backupsTested: p.backups?.lastTestedOn ?? '',
    backupsNotes: p.backups?.notes ?? '',
  };
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined);
const blank = (...values: string[]) => values.every((v) => !v.trim());

export function formToPreparationInput(f: PreparationFormState) {
  return {
    policeDesk: blank(f.policeName, f.policePhone, f.policeNote)
      ? null
      : { name: f.policeName.trim(), phone: opt(f.policePhone), note: opt(f.policeNote) },
    publicNoticeOwner: blank(f.noticeName, f.noticeContact)
      ? null
      : { name: f.noticeName.trim(), contact: opt(f.noticeContact) },
    backups: blank(f.backupsWhere, f.backupsTested, f.backupsNotes)
      ? null
      : { where: f.backupsWhere.trim(), lastTestedOn: opt(f.backupsTested), notes: opt(f.backupsNotes) },
  };
}
