import { BuilderSkeleton } from "../../_components/builder/page-parts";

// Below the layout's role check, like every route's loading boundary (see segments/loading.tsx).
export default function EditSegmentLoading() {
  return <BuilderSkeleton label="Loading segment" />;
}
