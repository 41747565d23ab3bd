/** One item of an editable list (a persona, a tier, a band…): a titled card with move and remove buttons. */
import type { ReactNode } from 'react';
import { Button, makeStyles, mergeClasses, tokens, Text } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useModelEditor } from '../state/ModelEditor';
import type { Path } from '../state/paths';

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  invalid: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteRedBorder2 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export interface ItemCardProps {
  /** The list the item belongs to, e.g. ["tiers"]. */
  readonly listPath: Path;
  readonly index: number;
  readonly count: number;
  readonly title: string;
  /** What the item is, for the buttons' accessible names ("tier"). */
  readonly noun: string;
  readonly children: ReactNode;
}

export function ItemCard(props: ItemCardProps): ReactNode {
  const styles = useStyles();
  const { dispatch, issuesUnder } = useModelEditor();
  const { listPath, index, count, noun, title } = props;
  const invalid = issuesUnder([...listPath, index]).length > 0;
  const name = `${noun} ${index + 1}${title ? ` (${title})` : ''}`;
  return (
    <section className={mergeClasses(styles.card, invalid && styles.invalid)} aria-label={name}>
      <div className={styles.header}>
        <Text className={styles.title}>{title || `New ${noun}`}</Text>
        <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => dispatch({ type: 'move', path: listPath, from: index, to: index - 1 })} />
        <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', path: listPath, from: index, to: index + 1 })} />
        <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove ${name}`} onClick={() => dispatch({ type: 'remove', path: listPath, index })} />
      </div>
      {props.children}
    </section>
  );
}
