/** The pane's actions: Build workbook (disabled, with the reason, while the model has issues), Read, Import, Export. */
import { useRef, type ReactNode } from 'react';
import { Button, makeStyles, Toolbar, ToolbarButton, Tooltip, tokens, Caption1 } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, TableArrowUp20Regular, TableLightning20Regular } from '@fluentui/react-icons';
import { HiddenFileInput } from './fields/HiddenFileInput';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  reason: { color: tokens.colorPaletteRedForeground1 },
});

export interface ActionBarProps {
  /** Why Build is disabled, or null when the model can be built. */
  readonly buildBlocked: string | null;
  readonly building: boolean;
  readonly onBuild: () => void;
  readonly onRead: () => void;
  readonly onImport: (file: File) => void;
  readonly onExport: () => void;
}

export function ActionBar(props: ActionBarProps): ReactNode {
  const styles = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const disabled = props.buildBlocked !== null || props.building;
  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="primary" icon={<TableLightning20Regular />} disabled={disabled} aria-describedby={props.buildBlocked ? 'build-blocked' : undefined} onClick={props.onBuild}>
          Build workbook
        </Button>
        <Toolbar aria-label="Model" size="small">
          <Tooltip content="Read the model back from the workbook's sheets" relationship="description">
            <ToolbarButton icon={<TableArrowUp20Regular />} onClick={props.onRead} disabled={props.building}>Read</ToolbarButton>
          </Tooltip>
          <ToolbarButton icon={<ArrowUpload20Regular />} onClick={() => file.current?.click()} disabled={props.building}>Import</ToolbarButton>
          <ToolbarButton icon={<ArrowDownload20Regular />} onClick={props.onExport}>Export</ToolbarButton>
        </Toolbar>
        <HiddenFileInput ref={file} accept=".json,application/json" label="Import model file" testId="import-file" onFile={props.onImport} />
      </div>
      {props.buildBlocked ? <Caption1 id="build-blocked" className={styles.reason}>{props.buildBlocked}</Caption1> : null}
    </div>
  );
}
