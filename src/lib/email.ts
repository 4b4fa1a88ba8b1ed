/** A loose check: enough to decide whether a contact field can receive a receipt by mail. */
export const looksLikeEmail = (s: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());

/**
 * Where to write to the person who reported: their account's address, or the contact they typed when it
 * is an e-mail address (it may be a phone extension instead); null when there is none.
 */
export const finderAddress = (accountEmail: string | undefined, contact: string): string | null =>
  accountEmail ?? (looksLikeEmail(contact) ? contact.trim() : null);
