/** Contact tree form state ↔ contactTreeInput (the notification contact tree: desk and management, in order). */
import type { ContactTreeView, TreeRole } from '../shared';

export interface ContactRowState {
  /** Stable React key for a row that moves up and down. */
  id: number;
  name: string;
  phone: string;
  email: string;
  note: string;
}

export type ContactTreeFormState = Record<TreeRole, ContactRowState[]>;

let nextRowId = 1;
export const newContactRow = (c: Partial<Omit<ContactRowState, 'id'>> = {}): ContactRowState => ({
  id: nextRowId++,
  name: c.name ?? '',
  phone: c.phone ?? '',
  email: c.email ?? '',
  note: c.note ?? '',
});

export const treeToForm = (tree: ContactTreeView): ContactTreeFormState => ({
  desk: tree.desk.map((c) => newContactRow(c)),
  manager: tree.manager.map((c) => newContactRow(c)),
});

const blank = (r: ContactRowState) => ![r.name, r.phone, r.email, r.note].some((v) => v.trim());
const opt = (v: string) => (v.trim() ? v.trim() : undefined);

/**
 * Drops rows left completely empty (an "add" clicked by mistake should not block saving). Done on the form
 * state before validating, so error paths like `desk.2.name` point at the row shown.
 */
export const dropBlankRows = (f: ContactTreeFormState): ContactTreeFormState => ({
  desk: f.desk.filter((r) => !blank(r)),
  manager: f.manager.filter((r) => !blank(r)),
});

const toContact = (r: ContactRowState) => ({
  name: r.name.trim(),
  phone: opt(r.phone),
  email: opt(r.email),
  note: opt(r.note),
});

export const formToTreeInput = (f: ContactTreeFormState) => ({
  desk: f.desk.map(toContact),
  manager: f.manager.map(toContact),
});
