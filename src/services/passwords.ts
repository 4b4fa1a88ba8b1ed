/** argon2id password hashing (library defaults follow OWASP's recommended parameters). */
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string): Promise<string> => hash(password);

// A real hash of a random string: verifying against it when the account does not exist costs the same
// time as a real check, so response times do not reveal which e-mail addresses have accounts.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Kr1uZyxCnA7bcaxfKTNJJw$q/mCIfnznmHpIUa+v7YEZ4dQd4LftELnG9Z7+Lf5TxQ';

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(stored ?? DUMMY_HASH, password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}
