// In a route group so this loading boundary wraps the list only: /segments/new and
// /segments/{id}/edit check the role in their layouts and must be able to answer 403.
import { PageLoading } from "../../_components/page-loading";

// Per route, below any layout that checks the role: a loading boundary above that check would
// start the response (status 200) before forbidden() or redirect() could set 403 or 307.
export default PageLoading;
