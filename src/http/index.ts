/**
 * The HTTP edge (restify): the routes in `server.ts` (`/api/messages`, `/healthz`, calendar
 * files, report downloads), the body of `POST /api/messages` read and checked before any
 * botbuilder code sees it (`activity-body.ts`), and the signed `.ics` files (`calendar.ts`). Hands
 * activities to `teams/` and files to the features that make them; holds no feature logic.
 */
export {};
