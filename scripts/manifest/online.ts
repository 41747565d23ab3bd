/**
 * Reading the output of Microsoft's `office-addin-manifest validate`, which posts the manifest to an
 * online service. Its exit code cannot be trusted (it can print an error and exit 0), so the verdict
 * comes from what it prints.
 */
export type OnlineVerdict =
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'unknown' };

// ANSI colour codes (chalk) around the verdict lines.
const plain = (output: string): string => output.replace(/\u001b\[[0-9;]*m/g, '');

export function onlineVerdict(output: string): OnlineVerdict {
  const text = plain(output);
  if (/^The manifest is not valid\./m.test(text)) return { kind: 'invalid' };
  if (/^The manifest is valid\./m.test(text)) return { kind: 'valid' };
  const unreachable = /(Unable to contact the manifest validation service\.?|Unable to validate the manifest\.?)[\s\S]*/.exec(text);
  if (unreachable) return { kind: 'unreachable', reason: unreachable[0].trim().replace(/\s+/g, ' ') };
  return { kind: 'unknown' };
}
