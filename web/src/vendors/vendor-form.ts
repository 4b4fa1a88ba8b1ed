/** The vendor form's state and its conversion into vendorInput. */
import type { VendorInput, VendorView } from '../shared';

export interface ContactRow {
  name: string;
  phone: string;
  email: string;
}

export interface VendorFormState {
  name: string;
  services: string;
  hours: string;
  fees: string;
  conditions: string;
  contractStatus: string;
  notes: string;
  contacts: ContactRow[];
}

export function vendorToForm(v?: VendorView): VendorFormState {
  return {
    name: v?.name ?? '',
    services: v?.services ?? '',
    hours: v?.hours ?? '',
    fees: v?.fees ?? '',
    conditions: v?.conditions ?? '',
    contractStatus: v?.contractStatus ?? 'none',
    notes: v?.notes ?? '',
    contacts: (v?.contacts ?? []).map((c) => ({ name: c.name, phone: c.phone ?? '', email: c.email ?? '' })),
  };
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** Blank optional texts are left out; contact rows left completely empty are dropped. */
export function formToVendorInput(f: VendorFormState): Record<keyof VendorInput, unknown> {
  return {
    name: f.name.trim(),
    services: opt(f.services),
    hours: opt(f.hours),
    fees: opt(f.fees),
    conditions: opt(f.conditions),
    contractStatus: f.contractStatus,
    notes: opt(f.notes),
    contacts: f.contacts
      .filter((c) => c.name.trim() || c.phone.trim() || c.email.trim())
      .map((c) => ({ name: c.name.trim(), phone: opt(c.phone), email: opt(c.email) })),
  };
}
