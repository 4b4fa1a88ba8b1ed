/** A loose check: enough to decide whether a contact field can receive a receipt by mail. */
export const looksLikeEmail = (s: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
