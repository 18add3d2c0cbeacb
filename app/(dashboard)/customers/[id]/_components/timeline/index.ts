// The unified timeline of the 360 page: the filters toolbar and the list. Client components; the
// page renders the first page on the server and passes it in.
export { TimelineFilters } from "./timeline-filters";
export { TimelineSection } from "./timeline-section";
