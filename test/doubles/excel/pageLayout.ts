/**
 * Excel.PageLayout and Excel.HeaderFooter in the double (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout), limited to what the docs say:
 * `orientation` is "Portrait" or "Landscape"; `zoom` is set as a whole object (PageLayoutZoomOptions:
 * horizontalFitToPages, verticalFitToPages, scale 10–400); margins are points; `setPrintArea` takes an
 * address or addresses; `setPrintTitleRows` "must span the entire row"; headersFooters.state is one of
 * HeaderFooterState's values. The worksheet hands a page layout out only where ExcelApi 1.9 is supported.
 */
import { parseAddress, MAX_COLS } from './a1';
import { ExcelApiError, type Host } from './host';
import { Loadable } from './loadable';
import type { PageLayoutState, SheetState, WorkbookState } from './state';

const ORIENTATIONS = ['Portrait', 'Landscape'];
const HEADER_FOOTER_STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
const HEADER_FOOTER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type Part = (typeof HEADER_FOOTER_PARTS)[number];

export const emptyPageLayout = (): PageLayoutState => ({ margins: {}, headers: {} });

type SheetOf = (wb: WorkbookState) => SheetState;

function update(sheetOf: SheetOf, wb: WorkbookState, change: (p: PageLayoutState) => PageLayoutState): void {
  const sheet = sheetOf(wb);
  sheet.pageLayout = change(sheet.pageLayout ?? emptyPageLayout());
}

const invalid = (what: string): ExcelApiError => new ExcelApiError('InvalidArgument', what);

/** Excel.HeaderFooter: six texts in Excel's header and footer codes. */
export class FakeHeaderFooter extends Loadable {
  protected readonly defaultLoad = [...HEADER_FOOTER_PARTS];
  constructor(host: Host, path: string, private readonly sheetOf: SheetOf) {
    super(host, path);
    for (const part of HEADER_FOOTER_PARTS) {
      Object.defineProperty(this, part, {
        set: (text: string) => this.setPart(part, text),
        get: () => this.read(part),
      });
    }
  }
  private setPart(part: Part, text: string): void {
    this.queue(part, text, (wb) => {
      if (typeof text !== 'string') throw invalid(`${part} must be text`);
      update(this.sheetOf, wb, (p) => ({ ...p, headers: { ...p.headers, [part]: text } }));
    });
  }
  protected readProp(wb: WorkbookState, prop: string): unknown {
    return this.sheetOf(wb).pageLayout?.headers[prop as Part] ?? '';
  }
}

export class FakePageLayout extends Loadable {
  protected readonly defaultLoad = ['orientation', 'printGridlines', 'centerHorizontally', 'zoom'];
  readonly headersFooters: { state: string; readonly defaultForAllPages: FakeHeaderFooter };

  constructor(host: Host, path: string, private readonly sheetOf: SheetOf) {
    super(host, path);
    const defaultForAllPages = new FakeHeaderFooter(host, `${path}.headersFooters.defaultForAllPages`, sheetOf);
    const setState = (state: string): void =>
      this.queue('headersFooters.state', state, (wb) => {
        if (!HEADER_FOOTER_STATES.includes(state)) throw invalid(`headersFooters.state ${state}`);
        update(sheetOf, wb, (p) => ({ ...p, headerFooterState: state }));
      });
    this.headersFooters = {
      set state(s: string) {
        setState(s);
      },
      get state(): string {
        throw new ExcelApiError('InvalidArgument', 'the double does not read headersFooters.state');
      },
      defaultForAllPages,
    };
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const p = this.sheetOf(wb).pageLayout ?? emptyPageLayout();
    if (prop === 'orientation') return p.orientation ?? 'Portrait';
    if (prop === 'printGridlines') return p.printGridlines ?? false;
    if (prop === 'centerHorizontally') return p.centerHorizontally ?? false;
    if (prop === 'zoom') return p.zoom ?? { scale: 100 };
    throw invalid(`the double does not load PageLayout.${prop}`);
  }

  private set<K extends keyof PageLayoutState>(member: string, key: K, value: PageLayoutState[K], check: () => void): void {
    this.queue(member, value, (wb) => {
      check();
      update(this.sheetOf, wb, (p) => ({ ...p, [key]: value }));
    });
  }

  set orientation(o: string) {
    this.set('orientation', 'orientation', o, () => {
      if (!ORIENTATIONS.includes(o)) throw invalid(`orientation ${o}`);
    });
  }
  set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set('zoom', 'zoom', { ...z }, () => {
      if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw invalid(`zoom scale ${z.scale}`);
      for (const n of [z.horizontalFitToPages, z.verticalFitToPages]) if (n !== undefined && (!Number.isInteger(n) || n < 0)) throw invalid(`zoom pages ${n}`);
    });
  }
  set printGridlines(on: boolean) {
    this.set('printGridlines', 'printGridlines', on, () => undefined);
  }
  set centerHorizontally(on: boolean) {
    this.set('centerHorizontally', 'centerHorizontally', on, () => undefined);
  }
  private margin(side: string, points: number): void {
    this.queue(`${side}Margin`, points, (wb) => {
      if (!(points >= 0)) throw invalid(`${side}Margin ${points}`);
      update(this.sheetOf, wb, (p) => ({ ...p, margins: { ...p.margins, [side]: points } }));
    });
  }
  set leftMargin(points: number) {
    this.margin('left', points);
  }
  set rightMargin(points: number) {
    this.margin('right', points);
  }
  set topMargin(points: number) {
    this.margin('top', points);
  }
  set bottomMargin(points: number) {
    this.margin('bottom', points);
  }
  set headerMargin(points: number) {
    this.margin('header', points);
  }
  set footerMargin(points: number) {
    this.margin('footer', points);
  }

  /** The range or ranges to print: addresses separated by commas. */
  setPrintArea(area: string): void {
    this.set('setPrintArea', 'printArea', area, () => {
      if (typeof area !== 'string' || area.trim() === '') throw invalid('setPrintArea needs a range');
      area.split(',').forEach((a) => parseAddress(a.trim()));
    });
  }

  /** Whole rows only ("The range must span the entire row to be valid"). */
  setPrintTitleRows(rows: string): void {
    this.set('setPrintTitleRows', 'printTitleRows', rows, () => {
      const rect = parseAddress(rows);
      if (rect.col !== 0 || rect.lastCol !== MAX_COLS - 1) throw invalid(`setPrintTitleRows ${rows} does not span entire rows`);
    });
  }
}
