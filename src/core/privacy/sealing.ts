// Sealing: contact channels of protected people are stored encrypted (AES-256-GCM, from Node's
// crypto) under ENCRYPTION_KEY, which lives in the configuration, never in the database. A copy
// of the database, or of a backup, does not tell how to reach them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 1;
const ivLength = 12;
const tagLength = 16;

export class UnsealError extends Error {
  constructor() {
    super('A sealed value could not be opened: wrong ENCRYPTION_KEY, or damaged data.');
    this.name = 'UnsealError';
  }
}

/** Layout: one version byte, the 12-byte nonce, the 16-byte tag, then the ciphertext. */
export function seal(key: Buffer, plaintext: string): Buffer {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, sealed: Buffer): string {
  if (sealed.length < 1 + ivLength + tagLength || sealed[0] !== version) throw new UnsealError();
  const iv = sealed.subarray(1, 1 + ivLength);
  const tag = sealed.subarray(1 + ivLength, 1 + ivLength + tagLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    const body = sealed.subarray(1 + ivLength + tagLength);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new UnsealError();
  }
}
