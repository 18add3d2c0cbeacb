import { FeedbackPageSkeleton } from "./_components/skeletons";

// Per route, below any layout that checks the role: a loading boundary above that check would
// start the response (status 200) before forbidden() or redirect() could set 403 or 307.
export default FeedbackPageSkeleton;
