/**
 * `npm run validate:online` trusts what Microsoft's `office-addin-manifest validate` prints, not its exit
 * code, and says plainly when the online service could not be reached.
 */
import { onlineVerdict } from '../../../scripts/manifest/online';

const bold = (text: string, colour: number): string => `\u001b[1m\u001b[${colour}m${text}\u001b[39m\u001b[22m`;

describe("reading Microsoft's online validation", () => {
  it.each([
    ['a valid manifest', `${bold('Validation Information: ', 34)}\n…\n${bold('The manifest is valid.\n', 32)}`, { kind: 'valid' }],
    ['an invalid manifest', `${bold('Error #1: ', 31)}\nSchema Validation Error: …\n${bold('The manifest is not valid.\n', 31)}`, { kind: 'invalid' }],
    [
      'no network (it printed an error; its exit code is not trusted)',
      'Error: Unable to contact the manifest validation service.\nFetchError: request to https://validationgateway.omex.office.net/package/api/check?clientId=devx failed, reason: getaddrinfo ENOTFOUND validationgateway.omex.office.net\n',
      { kind: 'unreachable', reason: expect.stringContaining('ENOTFOUND validationgateway.omex.office.net') },
    ],
    ['the service answering an HTTP error', 'Unable to validate the manifest.\n503\nService Unavailable\n', { kind: 'unreachable', reason: 'Unable to validate the manifest. 503 Service Unavailable' }],
    ['nothing it recognises', 'Segmentation fault\n', { kind: 'unknown' }],
  ])('%s', (_case, output, verdict) => {
    expect(onlineVerdict(output)).toEqual(verdict);
  });
});
