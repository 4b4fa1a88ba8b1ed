/** When to try a failed message again. */

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * The pause after `failedAttempts` failures: base·2^(n−1), capped at maxMs, with "equal jitter" (half
 * fixed, half random). The random half keeps messages that failed together (a mail server restart) from
 * all coming back in the same second; the fixed half keeps a retry from following its failure at once.
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const planned = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 40));
  return Math.round(planned / 2 + random() * (planned / 2));
}
