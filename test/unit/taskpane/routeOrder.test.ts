/** The Routes panel's orders: the vendor's pocket price highest first, the customer price lowest first, routes the engine could not price last, ties in the model's order. */
import { orderRoutes, type RouteFigures } from '../../../src/taskpane/state/routeFigures';

const route = (label: string, customer: number | null, vendorPocket: number | null): RouteFigures => ({
  label,
  status: vendorPocket === null ? 'error' : 'ok',
  messages: [],
  customer,
  resellerMargin: null,
  distributorMargin: null,
  vendorPocket,
  vendorMarginRate: null,
});

const ROUTES = [route('A', 900, 600), route('B', null, null), route('C', 850, 650), route('D', 900, 600), route('E', 950, 700)];
const labels = (rows: readonly RouteFigures[]): string[] => rows.map((r) => r.label);

describe('orderRoutes', () => {
  it.each([
    ['vendorPocket', ['E', 'C', 'A', 'D', 'B']],
    ['customer', ['C', 'A', 'D', 'E', 'B']],
    ['model', ['A', 'B', 'C', 'D', 'E']],
  ] as const)('by %s', (order, expected) => {
    expect(labels(orderRoutes(ROUTES, order))).toEqual(expected);
  });

  it('leaves the engine’s list as it was', () => {
    orderRoutes(ROUTES, 'vendorPocket');
    expect(labels(ROUTES)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});
