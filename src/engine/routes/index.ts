export { compareRoutes, routeChoices, routeLabel, type RouteChoice, type RouteQuery, type RouteRow } from './compareRoutes';
export { pocketMatrix, type PocketMatrix, type PocketMatrixQuery } from './pocketMatrix';
