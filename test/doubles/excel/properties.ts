/**
 * `workbook.properties` (Excel.DocumentProperties, ExcelApi 1.7): the double reads `lastAuthor` ("Gets
 * the last author of the workbook", read-only: https://learn.microsoft.com/javascript/api/excel/excel.documentproperties)
 * like every other property: readable only after `load()` and a sync. A host without ExcelApi 1.7 is
 * played by `documentProperties: 'unsupported'`: the sync that loads it fails (ApiNotFound).
 */
import { ExcelApiError, type Host } from './host';
import { Loadable } from './loadable';
import type { WorkbookState } from './state';

export class FakeDocumentProperties extends Loadable {
  protected readonly defaultLoad = ['lastAuthor'];

  constructor(host: Host) {
    super(host, 'workbook.properties');
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (wb.documentProperties === 'unsupported') throw new ExcelApiError('ApiNotFound', 'DocumentProperties needs ExcelApi 1.7');
    if (prop !== 'lastAuthor') throw new ExcelApiError('InvalidArgument', `the double does not load DocumentProperties.${prop}`);
    return wb.documentProperties.lastAuthor;
  }

  get lastAuthor(): string {
    return this.read<string>('lastAuthor');
  }
}
