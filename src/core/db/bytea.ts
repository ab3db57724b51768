import { customType } from 'drizzle-orm/pg-core';

/** Raw bytes (Buffer in, Buffer out) on both engines: PGlite hands back a Uint8Array. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
