import type { Role } from "./permissions";

/** The signed-in staff member acting in a request. Data functions take it as their first argument. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  role: Role;
  /** Gerai (Counter.id) an OFFICER is bound to; empty for other roles (they see all gerai). */
  counterIds: string[];
}
