import { ChartOverviewInteractionVolume } from "@/components/charts/chart-overview-interaction-volume";
import { getInteractionVolume, PULSE_DAYS, type InteractionVolume } from "@/lib/dal/overview";
import { formatNumber, formatPercent } from "@/lib/format";
import { settle } from "../../_lib/loaded";
import { CardUnavailable, ChangeLine, OverviewCard } from "./overview-card";
import { direction, formatDayRange, plural } from "./overview-text";

/** How much customers got in touch, and through which channels, day by day. */
export async function InteractionVolumeCard() {
  const volume = await settle(getInteractionVolume(), "interaction volume");
  const first = volume.ok ? volume.data.days[0]?.day : undefined;
  const last = volume.ok ? volume.data.days.at(-1)?.day : undefined;
  return (
    <OverviewCard
      id="overview-volume"
      title="Interactions by channel"
      period={first && last ? `Last ${PULSE_DAYS} days · ${formatDayRange(first, last)}` : `Last ${PULSE_DAYS} days`}
      href="/customers?sort=last_interaction"
      linkLabel="Recently contacted customers"
    >
      {volume.ok ? <VolumeBody volume={volume.data} /> : <CardUnavailable what="Interaction volume" />}
    </OverviewCard>
  );
}

function VolumeBody({ volume }: { volume: InteractionVolume }) {
  const { total, previousTotal } = volume;
  return (
    <>
      <p className="text-3xl font-semibold tracking-tight tabular-nums">
        {formatNumber(total)} <span className="text-base font-normal text-muted-foreground">{total === 1 ? "interaction" : "interactions"}</span>
      </p>
      <div className="mt-1">
        {previousTotal === 0 ? (
          <p className="text-sm text-muted-foreground">No interactions in the {PULSE_DAYS} days before to compare with.</p>
        ) : (
          // Volume is neither good nor bad in itself, so the change is not coloured.
          <ChangeLine dir={direction((total - previousTotal) / previousTotal, 0.01)} amount={formatPercent(Math.abs(total - previousTotal) / previousTotal)}>
            vs previous {PULSE_DAYS} days ({plural(previousTotal, "interaction")})
          </ChangeLine>
        )}
      </div>
      <div className="mt-4">
        {total === 0 ? (
          <p className="py-10 text-center text-sm text-muted-foreground">
            No interactions in the last {PULSE_DAYS} days. Calls, emails, chats and visits appear here once logged or imported.
          </p>
        ) : (
          <ChartOverviewInteractionVolume
            days={volume.days}
            channels={volume.channels}
            label={`Interactions per day by channel, last ${PULSE_DAYS} days`}
          />
        )}
      </div>
    </>
  );
}
