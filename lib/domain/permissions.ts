import type { Role } from "./enums";

/**
 * The one permission map, matching the roles table in DESIGN.md. The data access layer checks
 * these; the UI only uses them to hide what a role cannot use.
 */
export const PERMISSIONS = {
  "party:read": ["admin", "cx_manager", "support_agent", "marketer"],
  /** Without this, contact details are masked in the data access layer. */
  "contact:unmasked": ["admin", "cx_manager", "support_agent"],
  "case:read": ["admin", "cx_manager", "support_agent"],
  "case:write": ["admin", "cx_manager", "support_agent"],
  "interaction:write": ["admin", "cx_manager", "support_agent"],
  "feedback:read": ["admin", "cx_manager", "support_agent", "marketer"],
  "feedback:write": ["admin", "cx_manager", "support_agent"],
  /** Close a follow-up someone else has claimed. */
  "follow_up:manage": ["admin", "cx_manager"],
  "segment:read": ["admin", "cx_manager", "support_agent", "marketer"],
  "segment:write": ["admin", "cx_manager", "marketer"],
  export: ["admin", "cx_manager", "marketer"],
  "merge:write": ["admin", "cx_manager"],
  "merge:propose": ["admin", "cx_manager", "support_agent"],
  import: ["admin", "cx_manager"],
  "privacy:export": ["admin", "cx_manager"],
  "privacy:erase": ["admin"],
  "staff:manage": ["admin"],
  "api_key:manage": ["admin"],
  "audit:read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  cx_manager: "CX manager",
  support_agent: "Support agent",
  marketer: "Marketer",
};
