import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "./permissions";
import { ROLES } from "./enums";

describe("permission map (DESIGN.md roles table)", () => {
  it("lets every role read the directory but only non-marketers see contact details", () => {
    for (const role of ROLES) expect(can(role, "party:read")).toBe(true);
    expect(can("marketer", "contact:unmasked")).toBe(false);
    expect(can("support_agent", "contact:unmasked")).toBe(true);
  });
  it("keeps users, API keys and the audit log to admins", () => {
    for (const permission of ["staff:manage", "api_key:manage", "audit:read"] as const) {
      expect(ROLES.filter((r) => can(r, permission))).toEqual(["admin"]);
    }
  });
  it("matches the export, case, segment, merge, import and privacy columns", () => {
    expect(ROLES.filter((r) => can(r, "export"))).toEqual(["admin", "cx_manager", "marketer"]);
    expect(ROLES.filter((r) => can(r, "case:write"))).toEqual(["admin", "cx_manager", "support_agent"]);
    expect(ROLES.filter((r) => can(r, "segment:write"))).toEqual(["admin", "cx_manager", "marketer"]);
    expect(ROLES.filter((r) => can(r, "merge:write"))).toEqual(["admin", "cx_manager"]);
    expect(can("support_agent", "merge:propose")).toBe(true);
    expect(ROLES.filter((r) => can(r, "import"))).toEqual(["admin", "cx_manager"]);
    expect(ROLES.filter((r) => can(r, "privacy:export"))).toEqual(["admin", "cx_manager"]);
    expect(ROLES.filter((r) => can(r, "privacy:erase"))).toEqual(["admin"]);
  });
  it("names only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});
