/**
 * The model being edited, as the user wrote it (ModelInput), changed one edit at a time. Validation
 * runs on every revision (see validateModel); the reducer itself never refuses an edit, so a value the
 * user is halfway through typing stays on screen with its message beside it.
 */
import type { ModelInput } from '../../engine/model/schema';
import { moveItem, setAt, updateListAt, type Path } from './paths';

export interface EditorState {
  readonly model: ModelInput;
  /** Increases with every change; saves and builds are keyed on it. */
  readonly revision: number;
}

export type ModelEdit =
  | { readonly type: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly type: 'insert'; readonly path: Path; readonly item: unknown; readonly index?: number }
  | { readonly type: 'remove'; readonly path: Path; readonly index: number }
  | { readonly type: 'move'; readonly path: Path; readonly from: number; readonly to: number }
  | { readonly type: 'replace'; readonly model: ModelInput };

export function editModel(model: ModelInput, edit: ModelEdit): ModelInput {
  switch (edit.type) {
    case 'set':
      return setAt(model, edit.path, edit.value);
    case 'insert':
      return updateListAt(model, edit.path, (list) => {
        const copy = list.slice();
        copy.splice(edit.index ?? copy.length, 0, edit.item);
        return copy;
      });
    case 'remove':
      return updateListAt(model, edit.path, (list) => list.filter((_, i) => i !== edit.index));
    case 'move':
      return updateListAt(model, edit.path, (list) => moveItem(list, edit.from, edit.to));
    case 'replace':
      return edit.model;
  }
}

export function modelReducer(state: EditorState, edit: ModelEdit): EditorState {
  const model = editModel(state.model, edit);
  return model === state.model ? state : { model, revision: state.revision + 1 };
}

export const initialEditorState = (model: ModelInput): EditorState => ({ model, revision: 0 });
