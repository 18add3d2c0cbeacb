// A Venn diagram of two or three sets in a fixed, symmetric layout: the circles are all the same
// size (they do not scale with the sets), and every region carries its count. Plain SVG without
// hooks, so it renders on the server; the caller's table is the text alternative.

import { formatNumber } from "@/lib/format";

export interface VennSet {
  name: string;
  size: number;
}

export interface VennRegion {
  /** Indexes into the sets of every set this region is inside (and only those). */
  in: number[];
  count: number;
}

/** The colour of each set, in order; legends and tables use the same ones. */
export const VENN_COLORS = ["var(--chart-1)", "var(--chart-4)", "var(--chart-2)"] as const;

type Point = readonly [number, number];

interface Layout {
  viewBox: string;
  radius: number;
  centers: readonly Point[];
  /** Label position per region, keyed by its sorted indexes ("0", "0,1", "0,1,2"). */
  labels: Record<string, Point>;
}

// Circles of radius 100 whose centres are 100 apart: every pairwise lens is wide enough for a label.
const LAYOUTS: Record<2 | 3, Layout> = {
  2: {
    viewBox: "30 20 340 220",
    radius: 100,
    centers: [[150, 130], [250, 130]],
    labels: { "0": [100, 130], "1": [300, 130], "0,1": [200, 130] },
  },
  3: {
    // A at top left, B at top right, C below, on an equilateral triangle; labels sit away from
    // the centroid (200, 158.9) in each region.
    viewBox: "30 10 340 330",
    radius: 100,
    centers: [[150, 130], [250, 130], [200, 216.6]],
    labels: {
      "0": [100, 102], "1": [300, 102], "2": [200, 272],
      "0,1": [200, 92], "0,2": [141, 193], "1,2": [259, 193],
      "0,1,2": [200, 159],
    },
  },
};

export const regionKey = (indexes: readonly number[]): string => [...indexes].sort((a, b) => a - b).join(",");

/** Every region of `n` sets (non-empty combinations), singles first, then pairs, then all three. */
export function allRegions(n: 2 | 3): number[][] {
  const regions: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    regions.push(Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i)));
  }
  return regions.sort((a, b) => a.length - b.length || regionKey(a).localeCompare(regionKey(b)));
}

export function VennDiagram({ sets, regions, label, className }: {
  sets: readonly VennSet[];
  regions: readonly VennRegion[];
  /** The summary a screen reader hears for the drawing. */
  label: string;
  className?: string;
}) {
  const n = sets.length === 3 ? 3 : 2;
  const layout = LAYOUTS[n];
  const counts = new Map(regions.map((r) => [regionKey(r.in), r.count]));
  return (
    <svg viewBox={layout.viewBox} role="img" aria-label={label} className={className}>
      {layout.centers.map(([cx, cy], i) => (
        <circle
          key={i}
          cx={cx}
          cy={cy}
          r={layout.radius}
          fill={VENN_COLORS[i]}
          fillOpacity={0.18}
          stroke={VENN_COLORS[i]}
          strokeWidth={2}
        />
      ))}
      {allRegions(n).map((indexes) => {
        const key = regionKey(indexes);
        const position = layout.labels[key];
        if (!position) return null;
        const count = counts.get(key) ?? 0;
        return (
          <text
            key={key}
            x={position[0]}
            y={position[1]}
            textAnchor="middle"
            dominantBaseline="central"
            // A halo in the card's colour keeps the number legible where circles overlap.
            stroke="var(--card)"
            strokeWidth={4}
            strokeLinejoin="round"
            paintOrder="stroke"
            className={count === 0 ? "fill-muted-foreground text-[13px]" : "fill-foreground text-[15px] font-semibold"}
            aria-hidden="true"
          >
            {formatNumber(count)}
          </text>
        );
      })}
    </svg>
  );
}
