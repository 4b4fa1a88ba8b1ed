/** What one delivery attempt came to, whatever the channel. */
export type SendOutcome =
  | { ok: true; status: number | null; response: string }
  | {
      ok: false;
      /** No retry can help (unknown mailbox, revoked webhook): fail now instead of after the last retry. */
      permanent: boolean;
      status: number | null;
      response: string;
    };
