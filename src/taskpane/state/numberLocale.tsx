/** The locale whose separators the pane reads and writes numbers in: Excel's language, else the browser's. */
import { createContext, useContext } from 'react';
import { EN_US, numberLocale, type NumberLocale } from './numberText';

const NumberLocaleContext = createContext<NumberLocale>(EN_US);

export const NumberLocaleProvider = NumberLocaleContext.Provider;

export function useNumberLocale(): NumberLocale {
  return useContext(NumberLocaleContext);
}

interface OfficeLanguage {
  readonly Office?: { readonly context?: { readonly contentLanguage?: string; readonly displayLanguage?: string } };
}

/** Excel's content language, then its display language, then the browser's language, then en-US. */
export function hostNumberLocale(host: OfficeLanguage = globalThis as OfficeLanguage): NumberLocale {
  const office = host.Office?.context;
  const tag = office?.contentLanguage || office?.displayLanguage || (typeof navigator === 'undefined' ? '' : navigator.language) || 'en-US';
  return numberLocale(tag);
}
