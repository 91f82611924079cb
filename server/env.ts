import type { ConversationRecord, User } from './model.js';

/** What middleware hands on to handlers through `c.get()`. */
export interface AppEnv {
  Variables: {
    /** The origin every URL the server hands out starts with (`PUBLIC_ORIGIN`). */
    publicOrigin: string;
    /** Whoever the request authenticates as, if anyone. */
    caller: User | undefined;
    /** Set once an API guard has required a caller. */
    user: User;
    /** Set once an API guard has checked that `user` may read it. */
    conversation: ConversationRecord;
  };
}
