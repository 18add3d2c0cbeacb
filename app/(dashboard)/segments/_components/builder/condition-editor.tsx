"use client";

import type { ReactNode } from "react";
import {
  AGE_BANDS, CAMPAIGN_RESPONSE_KINDS, CASE_CATEGORIES, CONSENT_CHANNELS, CONSENT_PURPOSES, DIRECTIONS, GENDERS,
  INCOME_BANDS, INTERACTION_CHANNELS, LIFECYCLE_STAGES, PARTY_KINDS, SENTIMENTS, SOURCE_CLASSES, SUBSCRIPTION_STATUSES,
  WEB_EVENT_KINDS,
} from "@/lib/domain/enums";
import { NPS_CATEGORIES, TIER_OPTIONS, type Condition } from "@/lib/domain/segment-definition";
import { useBuilder } from "./builder-context";
import { ChoiceChips, ChoiceSelect, DaysField, NumberField, RangeFields, TokenList } from "./controls";
import { channelLabel, countryLabel, languageLabel, npsLabel, sourceClassLabel, tierLabel, toOptions } from "./labels";
import { RfmEditor, SegmentPicker } from "./special-editors";

/** The settings the editors below show at a control; a message about anything else is shown at the node. */
export const EDITED_SETTINGS: ReadonlySet<string> = new Set([
  "values", "min", "max", "withinDays", "recency", "frequency", "monetary", "when", "days", "channels", "direction",
  "present", "kinds", "maxRating", "sentiments", "converted", "plans", "statuses", "renewsWithinDays", "channel",
  "purpose", "segmentId",
]);

const MONEY = { min: 0, max: 1e9 };
const COUNT = { min: 0, max: 100_000 };

/** The object without its undefined settings: an emptied optional setting is left out, not sent as undefined. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An optional list with nothing ticked means "any": the setting is left out. */
const orAny = <T,>(list: T[]): T[] | undefined => (list.length ? list : undefined);

const YES_NO = toOptions(["yes", "no"] as const, (v) => (v === "yes" ? "Yes" : "No"));
const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? "yes" : "no");

function Settings({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap items-start gap-x-5 gap-y-3">{children}</div>;
}

/** The settings of one condition; `id` prefixes its controls' ids. */
export function ConditionEditor({ condition: c, onChange, id, errors }: {
  condition: Condition;
  onChange: (next: Condition) => void;
  id: string;
  errors: Record<string, string>;
}) {
  const { options } = useBuilder();
  const set = <C extends Condition>(current: C, patch: Partial<C>) => onChange(clean({ ...current, ...patch }));
  const at = (setting: string) => `${id}-${setting}`;
  const within = (value: number | undefined, onDays: (days: number | undefined) => void, optional = true) => (
    <DaysField id={at("withinDays")} value={value} onChange={onDays} optional={optional} error={errors.withinDays} />
  );

  switch (c.field) {
    case "profile.kind":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(PARTY_KINDS)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "profile.country":
      return (
        <TokenList
          id={at("values")} label="Is any of" values={c.values} onChange={(values) => set(c, { values })} error={errors.values}
          suggestions={options.countries} normalize={(v) => v.trim().toUpperCase()} display={countryLabel}
          placeholder="Country code, like DE" hint="Two-letter codes; pick from the list or type them."
        />
      );
    case "profile.region":
    case "profile.city":
      return (
        <TokenList
          id={at("values")} label="Is any of" values={c.values} onChange={(values) => set(c, { values })} error={errors.values}
          placeholder={c.field === "profile.city" ? "A city, then Enter" : "A region, then Enter"} hint="Matched as written, ignoring case."
        />
      );
    case "profile.age_band":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(AGE_BANDS, (v) => v)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "profile.gender":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(GENDERS)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "profile.income_band":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(INCOME_BANDS)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "profile.language":
      return (
        <TokenList
          id={at("values")} label="Is any of" values={c.values} onChange={(values) => set(c, { values })} error={errors.values}
          suggestions={options.languages} normalize={(v) => v.trim().toLowerCase()} display={languageLabel} placeholder="Language code, like en"
        />
      );
    case "profile.time_zone":
      return (
        <TokenList
          id={at("values")} label="Is any of" values={c.values} onChange={(values) => set(c, { values })} error={errors.values}
          suggestions={options.timeZones} placeholder="Like Europe/Berlin"
        />
      );
    case "profile.lifecycle":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(LIFECYCLE_STAGES)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "loyalty.tier":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(TIER_OPTIONS, tierLabel)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "value.lifetime":
      return (
        <Settings>
          <RangeFields id={id} min={c.min} max={c.max} onChange={(r) => set(c, r)} errors={errors} bounds={MONEY} step="any" />
        </Settings>
      );
    case "value.rfm":
      return <RfmEditor id={id} condition={c} onChange={(patch) => set(c, patch)} errors={errors} />;
    case "orders.count":
      return (
        <Settings>
          <RangeFields id={id} min={c.min} max={c.max} onChange={(r) => set(c, r)} errors={errors} bounds={COUNT} unit="orders" />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "orders.total":
      return (
        <Settings>
          <RangeFields id={id} min={c.min} max={c.max} onChange={(r) => set(c, r)} errors={errors} bounds={MONEY} step="any" />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "orders.last":
      return (
        <Settings>
          <ChoiceSelect
            id={at("when")} label="Last order was" value={c.when} error={errors.when}
            options={[{ value: "within", label: "In the last" }, { value: "before", label: "More than" }]}
            onChange={(when) => when && set(c, { when })}
          />
          <NumberField id={at("days")} label="Days" value={c.days} onChange={(days) => set(c, { days })} min={1} unit={c.when === "before" ? "days ago" : "days"} error={errors.days} />
        </Settings>
      );
    case "orders.category":
      return (
        <Settings>
          <TokenList
            id={at("values")} label="Any of these categories" values={c.values} onChange={(values) => set(c, { values })} error={errors.values}
            suggestions={options.productCategories} placeholder="A category, then Enter"
          />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "interactions.count":
      return (
        <div className="space-y-3">
          <Settings>
            <RangeFields id={id} min={c.min} max={c.max} onChange={(r) => set(c, r)} errors={errors} bounds={COUNT} unit="times" />
            {within(c.withinDays, (withinDays) => set(c, { withinDays }), false)}
            <ChoiceSelect
              id={at("direction")} label="Direction" value={c.direction} anyLabel="Either" error={errors.direction}
              options={toOptions(DIRECTIONS)} onChange={(direction) => set(c, { direction })}
            />
          </Settings>
          <ChoiceChips
            id={at("channels")} legend="Channels (none ticked: any)" options={toOptions(INTERACTION_CHANNELS, channelLabel)}
            selected={c.channels} onChange={(channels) => set(c, { channels: orAny(channels) })} error={errors.channels}
          />
        </div>
      );
    case "cases.open":
      return (
        <ChoiceSelect
          id={at("present")} label="Open case" value={yesNo(c.present)} error={errors.present}
          options={[{ value: "yes", label: "Has an open case" }, { value: "no", label: "Has no open case" }]}
          onChange={(v) => v && set(c, { present: v === "yes" })}
        />
      );
    case "cases.complaints":
      return (
        <Settings>
          <NumberField id={at("min")} label="At least" value={c.min} onChange={(min) => set(c, { min })} min={1} max={1000} unit="complaints" error={errors.min} />
          <ChoiceSelect
            id={at("withinDays")} label="When" value={c.withinDays === undefined ? undefined : String(c.withinDays)} anyLabel="Ever" error={errors.withinDays}
            options={[{ value: "7", label: "In the last 7 days" }, { value: "30", label: "In the last 30 days" }, { value: "90", label: "In the last 90 days" }]}
            onChange={(v) => set(c, { withinDays: v === "7" ? 7 : v === "30" ? 30 : v === "90" ? 90 : undefined })}
          />
        </Settings>
      );
    case "cases.category":
      return (
        <Settings>
          <ChoiceChips id={at("values")} legend="Any of these categories" options={toOptions(CASE_CATEGORIES)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "feedback.nps_category":
      return <ChoiceChips id={at("values")} legend="Is any of" options={toOptions(NPS_CATEGORIES, npsLabel)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "feedback.latest_nps":
      return (
        <Settings>
          <RangeFields id={id} min={c.min} max={c.max} onChange={(r) => set(c, r)} errors={errors} bounds={{ min: 0, max: 10 }} />
        </Settings>
      );
    case "feedback.csat":
      return (
        <Settings>
          <RangeFields id={id} min={c.min} max={c.max} onChange={(r) => set(c, r)} errors={errors} bounds={{ min: 1, max: 5 }} />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "campaign.response":
      return (
        <Settings>
          <ChoiceChips id={at("kinds")} legend="Any of" options={toOptions(CAMPAIGN_RESPONSE_KINDS)} selected={c.kinds} onChange={(kinds) => set(c, { kinds })} error={errors.kinds} />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "web.event":
      return (
        <Settings>
          <ChoiceChips id={at("kinds")} legend="Any of" options={toOptions(WEB_EVENT_KINDS)} selected={c.kinds} onChange={(kinds) => set(c, { kinds })} error={errors.kinds} />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "earned.review":
      return (
        <Settings>
          <ChoiceSelect
            id={at("maxRating")} label="Rating" value={c.maxRating === undefined ? undefined : String(c.maxRating)} anyLabel="Any rating" error={errors.maxRating}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} or less` }))}
            onChange={(v) => set(c, { maxRating: v === undefined ? undefined : Number(v) })}
          />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "earned.mention":
      return (
        <Settings>
          <ChoiceChips
            id={at("sentiments")} legend="Sentiment (none ticked: any)" options={toOptions(SENTIMENTS)}
            selected={c.sentiments} onChange={(sentiments) => set(c, { sentiments: orAny(sentiments) })} error={errors.sentiments}
          />
          {within(c.withinDays, (withinDays) => set(c, { withinDays }))}
        </Settings>
      );
    case "earned.referral":
      return (
        <ChoiceSelect
          id={at("converted")} label="The referred customer bought" value={yesNo(c.converted)} anyLabel="Either way" error={errors.converted}
          options={YES_NO} onChange={(v) => set(c, { converted: v === undefined ? undefined : v === "yes" })}
        />
      );
    case "subscription":
      return (
        <div className="space-y-3">
          <ChoiceChips
            id={at("statuses")} legend="Status (none ticked: any)" options={toOptions(SUBSCRIPTION_STATUSES)}
            selected={c.statuses} onChange={(statuses) => set(c, { statuses: orAny(statuses) })} error={errors.statuses}
          />
          <Settings>
            <TokenList
              id={at("plans")} label="Plan (none: any)" values={c.plans} onChange={(plans) => set(c, { plans: orAny(plans) })} error={errors.plans}
              suggestions={options.plans} placeholder="A plan, then Enter"
            />
            <NumberField
              id={at("renewsWithinDays")} label="Renews within (optional)" value={c.renewsWithinDays} onChange={(renewsWithinDays) => set(c, { renewsWithinDays })}
              min={1} unit="days" placeholder="any time" error={errors.renewsWithinDays}
            />
          </Settings>
        </div>
      );
    case "consent.reachable":
      return (
        <Settings>
          <ChoiceSelect id={at("channel")} label="By" value={c.channel} options={toOptions(CONSENT_CHANNELS, channelLabel)} onChange={(channel) => channel && set(c, { channel })} error={errors.channel} />
          <ChoiceSelect id={at("purpose")} label="For" value={c.purpose} options={toOptions(CONSENT_PURPOSES)} onChange={(purpose) => purpose && set(c, { purpose })} error={errors.purpose} />
        </Settings>
      );
    case "source.class":
      return <ChoiceChips id={at("values")} legend="Any of" options={toOptions(SOURCE_CLASSES, sourceClassLabel)} selected={c.values} onChange={(values) => set(c, { values })} error={errors.values} />;
    case "segment.member":
      return <SegmentPicker id={at("segmentId")} value={c.segmentId} onChange={(segmentId) => set(c, { segmentId })} error={errors.segmentId} />;
  }
}
