import { apiError } from "@/lib/api/handler";

// Unknown /api/v1 paths answer the JSON error shape, not an HTML page.
const notFound = () => apiError("not_found", "No such API route. See /api/v1/openapi.json.");
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
