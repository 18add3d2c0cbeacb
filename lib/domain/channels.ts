// One name for every channel value the data holds: interaction channels ("call", "social_dm"),
// sales channels ("store"), contact channels ("phone", "post") and the timeline's ("social",
// "web"). Client-safe, so tables, charts and the timeline all say the same thing.
import { humanize } from "@/lib/format";

const CHANNEL_NAMES: Record<string, string> = {
  email: "Email", call: "Phone", phone: "Phone", chat: "Chat", sms: "SMS", in_store: "In store", store: "In store",
  social_dm: "Social DM", social: "Social", web: "Web", app: "App", post: "Post", push: "Push",
};

/** "call" → "Phone", "in_store" / "store" → "In store", "sms" → "SMS"; anything else humanized. */
export function channelLabel(channel: string): string {
  return CHANNEL_NAMES[channel] ?? humanize(channel);
}
