/**
 * A file input kept out of sight, opened by a button through its ref: the file chosen goes to `onFile`,
 * and the input is emptied so that choosing the same file again is seen too.
 */
import type { Ref } from 'react';

export interface HiddenFileInputProps {
  readonly ref: Ref<HTMLInputElement>;
  /** File types offered, as the input's accept attribute (".json,application/json"). */
  readonly accept: string;
  /** The input's accessible name. */
  readonly label: string;
  readonly testId: string;
  readonly onFile: (file: File) => void;
}

export function HiddenFileInput({ ref, accept, label, testId, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      style={{ display: 'none' }}
      type="file"
      accept={accept}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const chosen = e.target.files?.[0];
        if (chosen) onFile(chosen);
        e.target.value = '';
      }}
    />
  );
}
