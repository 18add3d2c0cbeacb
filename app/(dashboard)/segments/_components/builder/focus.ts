// Putting focus back after the tree re-renders: nodes and their controls have ids derived from
// the node's id (see domId), so a moved or re-mounted node's control can be found again.
import { domId, type FocusRequest } from "./builder-context";

const usable = (el: HTMLElement | null): el is HTMLElement =>
  el !== null && !(el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.disabled : false);

const FIELDS = "input:not([disabled]), select:not([disabled]), textarea:not([disabled])";
const ANY = `${FIELDS}, button:not([disabled])`;
const INVALID = '[aria-invalid="true"]:is(input, select, textarea), fieldset[aria-invalid="true"] input';

export function applyFocus(request: FocusRequest) {
  for (const id of [request.elementId, ...(request.fallbacks ?? [])]) {
    const el = id ? document.getElementById(id) : null;
    if (usable(el)) return el.focus();
  }
  const node = document.getElementById(domId(request.nodeId));
  if (request.firstControl) {
    const body = document.getElementById(`${domId(request.nodeId)}-body`);
    const first = body?.querySelector<HTMLElement>(FIELDS) ?? body?.querySelector<HTMLElement>(ANY);
    if (first) return first.focus();
  }
  node?.focus();
}

/** Takes the user to a node with a problem: its first invalid control, else the node itself. */
export function goToNode(nodeId: string) {
  const node = document.getElementById(domId(nodeId));
  if (!node) return;
  const body = document.getElementById(`${domId(nodeId)}-body`);
  const target = body?.querySelector<HTMLElement>(INVALID) ?? (node.tabIndex >= -1 && node.hasAttribute("tabindex") ? node : node.querySelector<HTMLElement>(ANY));
  target?.focus();
  target?.scrollIntoView({ block: "nearest" });
}
