/** Light or dark: Office's theme inside Excel, the system's preference (prefers-color-scheme) in a browser. */
import { useSyncExternalStore } from 'react';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Whether a CSS hex colour (#rrggbb) is dark (relative luminance below one half). */
export function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export const themeFor = (dark: boolean): Theme => (dark ? webDarkTheme : webLightTheme);

/** Office's theme: dark when the task pane's body background is dark. */
export function officeTheme(): Theme {
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  return themeFor(isDarkColour(theme?.bodyBackgroundColor));
}

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener?.('change', onChange);
  return () => media?.removeEventListener?.('change', onChange);
}

/** The browser's colour scheme, following changes. */
export function usePreferredTheme(): Theme {
  const dark = useSyncExternalStore(subscribe, () => window.matchMedia?.(QUERY).matches ?? false, () => false);
  return themeFor(dark);
}
