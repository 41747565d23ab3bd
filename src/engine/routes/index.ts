export { compareRoutes, routeChoices, routeLabel, type RouteChoice, type RouteQuery, type RouteRow } from './compareRoutes';
export { pocketMatrix, type PocketMatrix } from './pocketMatrix';
