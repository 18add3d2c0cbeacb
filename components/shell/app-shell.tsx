"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "./icons";
import { Brand } from "./logo";
import { SidebarNav, type NavItem } from "./sidebar";

/**
 * The dashboard frame: a fixed sidebar on wide screens; on narrow ones the same navigation in a
 * modal <dialog> behind a menu button (the browser handles focus trapping and Escape).
 */
export function AppShell({ nav, header, children }: { nav: NavItem[]; header: ReactNode; children: ReactNode }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);

  const openMenu = () => {
    dialogRef.current?.showModal();
    setMenuOpen(true);
  };
  const closeMenu = () => dialogRef.current?.close();

  return (
    <div className="min-h-dvh lg:pl-64">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to main content
      </a>

      <aside className="hidden border-r bg-sidebar lg:fixed lg:inset-y-0 lg:left-0 lg:flex lg:w-64 lg:flex-col">
        <div className="flex h-14 items-center px-5">
          <Brand />
        </div>
        <SidebarNav items={nav} />
      </aside>

      <dialog
        ref={dialogRef}
        id="mobile-menu"
        aria-label="Menu"
        onClose={() => setMenuOpen(false)}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself) closes the menu.
          if (event.target === event.currentTarget) closeMenu();
        }}
        className="m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r bg-sidebar p-0 text-sidebar-foreground open:flex open:flex-col"
      >
        <div className="flex h-14 items-center justify-between px-5">
          <Brand />
          <Button variant="ghost" size="icon" onClick={closeMenu}>
            <Icon name="close" className="size-5" />
            <span className="sr-only">Close menu</span>
          </Button>
        </div>
        <SidebarNav items={nav} onNavigate={closeMenu} />
      </dialog>

      <div className="flex min-h-dvh min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/90 px-3 backdrop-blur sm:px-6 lg:px-8">
          <Button
            variant="ghost"
            size="icon"
            className="lg:hidden"
            aria-haspopup="dialog"
            aria-expanded={menuOpen}
            aria-controls="mobile-menu"
            onClick={openMenu}
          >
            <Icon name="menu" className="size-5" />
            <span className="sr-only">Open menu</span>
          </Button>
          <Brand className="lg:hidden [&>span]:hidden sm:[&>span]:inline" />
          {header}
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-8 lg:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
