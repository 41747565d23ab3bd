/** Inputs shrink to their grid cell (Fluent's inputs have a minimum width wider than a narrow pane's column). */
import { makeStyles } from '@fluentui/react-components';

export const useFieldStyles = makeStyles({
  field: { minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
});
