/** A titled part of a panel, with an optional "Add" button for the list it holds. */
import type { ReactNode } from 'react';
import { Button, makeStyles, tokens, Subtitle2, Caption1 } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  // Items keep their own height: a field with a hint or a message beside a plain one does not stretch it.
  grid: { display: 'grid', alignItems: 'start', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 120px), 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export function PanelSection(props: { readonly title: string; readonly description?: string; readonly addLabel?: string; readonly onAdd?: () => void; readonly children: ReactNode }): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={props.title}>
      <div className={styles.header}>
        <Subtitle2 as="h2">{props.title}</Subtitle2>
        {props.onAdd ? (
          <Button size="small" icon={<Add16Regular />} onClick={props.onAdd}>
            {props.addLabel ?? 'Add'}
          </Button>
        ) : null}
      </div>
      {props.description ? <Caption1>{props.description}</Caption1> : null}
      {props.children}
    </section>
  );
}

/** Fields side by side, wrapping at the pane's width (320–450 px). */
export function FieldGrid(props: { readonly children: ReactNode }): ReactNode {
  return <div className={useStyles().grid}>{props.children}</div>;
}
