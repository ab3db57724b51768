// What an SMTP failure means for a delivery: a 5xx reply is final, anything else (a 4xx reply, a
// refused or dropped connection, a timeout) may pass, so the row is tried again later. An error
// with neither (the message could not be built, say a malformed address) cannot pass either.
export interface SendFailure {
  permanent: boolean;
  /** Kept in last_error: the class and code only, never an address or the server's text. */
  summary: string;
}

export function classifySendError(error: unknown): SendFailure {
  const details = error as { responseCode?: number; code?: string } | undefined;
  const code = details?.responseCode;
  if (typeof code === 'number') {
    return { permanent: code >= 500, summary: `smtp ${code}` };
  }
  if (details?.code) return { permanent: false, summary: `connection ${details.code}` };
  return { permanent: true, summary: 'message not built' };
}
