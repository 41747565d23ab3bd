/** Which page the task pane shows, from what Office.onReady() resolves with. */
import { paneHostFor, type ReadyInfo } from '../../../src/taskpane/hostDecision';

const EXCEL = 'Excel';

describe('What taskpane.html shows', () => {
  it.each<[string, ReadyInfo | null | undefined, ReturnType<typeof paneHostFor>]>([
    ['inside Excel: the pane', { host: 'Excel' }, { kind: 'excel' }],
    ['in a plain browser (host null): the open-in-Excel page', { host: null }, { kind: 'elsewhere', host: null }],
    ['with no host field at all: the open-in-Excel page', {}, { kind: 'elsewhere', host: null }],
    ['when onReady gives nothing: the open-in-Excel page', undefined, { kind: 'elsewhere', host: null }],
    ['inside Word: the open-in-Excel page, naming Word', { host: 'Word' }, { kind: 'elsewhere', host: 'Word' }],
    ['an Excel spelled otherwise is not Excel', { host: 'EXCEL' }, { kind: 'elsewhere', host: 'EXCEL' }],
  ])('%s', (_case, info, expected) => {
    expect(paneHostFor(info, EXCEL)).toEqual(expected);
  });
});
