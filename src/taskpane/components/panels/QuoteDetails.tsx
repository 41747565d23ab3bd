/**
 * What the customer quote carries besides its lines: the quote's number, date and validity, a note on
 * the currency, the vendor's and the customer's details, payment terms and notes. All optional; a
 * field cleared is removed from the model. Dates are written yyyy-mm-dd, as the model stores them.
 */
import type { ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { TextField } from '../fields/TextField';
import { FieldGrid, PanelSection } from '../PanelSection';

function ContactFields(props: { readonly party: 'vendor' | 'customerDetails'; readonly who: string }): ReactNode {
  const base = ['quote', props.party];
  return (
    <>
      <Caption1>{`${props.who}'s details`}</Caption1>
      <FieldGrid>
        <TextField path={[...base, 'name']} label={`${props.who} name`} optional />
        <TextField path={[...base, 'contact']} label={`${props.who} contact`} optional />
        <TextField path={[...base, 'email']} label={`${props.who} e-mail`} optional />
      </FieldGrid>
      <TextField path={[...base, 'address']} label={`${props.who} address`} multiline optional />
    </>
  );
}

export function QuoteDetails(): ReactNode {
  return (
    <PanelSection title="Quote details" description="Printed on the customer quote. The customer's name falls back to the Customer field above.">
      <FieldGrid>
        <TextField path={['quote', 'number']} label="Quote number" optional placeholder="Q-2026-0142" />
        <TextField path={['quote', 'date']} label="Date" optional placeholder="yyyy-mm-dd" />
        <TextField path={['quote', 'validUntil']} label="Valid until" optional placeholder="yyyy-mm-dd" />
      </FieldGrid>
      <TextField path={['quote', 'currencyNote']} label="Currency note" optional placeholder="Prices in US dollars, excluding tax" />
      <ContactFields party="vendor" who="Vendor" />
      <ContactFields party="customerDetails" who="Customer" />
      <TextField path={['quote', 'terms']} label="Payment terms" multiline optional placeholder="Net 30" />
      <TextField path={['quote', 'notes']} label="Notes" multiline optional />
    </PanelSection>
  );
}
