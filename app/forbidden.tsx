import type { Metadata } from "next";
import { LogoMark } from "@/components/shell/logo";
import { ForbiddenMessage } from "@/components/shell/forbidden-message";

export const metadata: Metadata = { title: "No access" };

/** Rendered (with a 403) when a signed-in role may not open a page. */
export default function Forbidden() {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <LogoMark className="size-10" />
      <ForbiddenMessage large />
    </main>
  );
}
