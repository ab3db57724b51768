// English texts of the newsletter: replies.
export const enReplies = {} as const;
