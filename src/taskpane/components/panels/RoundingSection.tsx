/** Rounding and price endings of the model's currency, with a live example of what they do to a price. */
import type { ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { useModelEditor } from '../../state/ModelEditor';
import { HALF_MODES } from '../../state/choices';
import { roundingExamples } from '../../state/roundingExample';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { FieldGrid, PanelSection } from '../PanelSection';

export function RoundingSection(): ReactNode {
  const { model } = useModelEditor();
  const examples = roundingExamples(model);
  return (
    <PanelSection title="Rounding and price endings" description="Money rounds once to the currency's minor unit; customer unit prices of per-unit products then snap to the price ending, if one is set.">
      <FieldGrid>
        <NumberField path={['rounding', 'minorUnits']} label="Decimals" kind="integer" blank="undefined" placeholder="From currency" />
        <NumberField path={['rounding', 'ending']} label="Price ending" blank="undefined" placeholder="None" hint="0.99 → 49.99; 0 → whole steps" />
        <NumberField path={['rounding', 'step']} label="Ending step" blank="undefined" placeholder="1" hint="10 → 19.99, 29.99" />
      </FieldGrid>
      <ChoiceField path={['rounding', 'mode']} label="Halves" choices={HALF_MODES} none="Default: away from zero (Excel ROUND)" />
      <Caption1 role="status" aria-label="Rounding example">
        {examples.ok ? `For example: ${examples.value.join(', ')}` : `No example: ${examples.message}`}
      </Caption1>
    </PanelSection>
  );
}
