/**
 * The model editor's context: the model as written, the edit dispatcher, and the validation of the
 * current revision. Fields read their value and their issues from it by path.
 */
import { createContext, useContext, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import type { ModelInput } from '../../engine/model/schema';
import { initialEditorState, modelReducer, type ModelEdit } from './modelReducer';
import { getAt, pathKey, type Path } from './paths';
import { validateModel, type FieldIssue, type Validation } from './validateModel';

export interface ModelEditor {
  readonly model: ModelInput;
  readonly revision: number;
  readonly dispatch: Dispatch<ModelEdit>;
  readonly validation: Validation;
  /** Issues of exactly this field. */
  readonly issuesAt: (path: Path) => readonly FieldIssue[];
  /** Issues of this field and everything inside it. */
  readonly issuesUnder: (path: Path) => readonly FieldIssue[];
}

const EditorContext = createContext<ModelEditor | null>(null);

export function useModelEditor(): ModelEditor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useModelEditor must be used inside <ModelEditorProvider>.');
  return editor;
}

/** The value and issues of one field. */
export function useField(path: Path): { value: unknown; issues: readonly FieldIssue[]; set: (value: unknown) => void } {
  const { model, dispatch, issuesAt } = useModelEditor();
  return { value: getAt(model, path), issues: issuesAt(path), set: (value) => dispatch({ type: 'set', path, value }) };
}

export function buildEditor(model: ModelInput, revision: number, dispatch: Dispatch<ModelEdit>): ModelEditor {
  const validation = validateModel(model);
  const byKey = new Map<string, FieldIssue[]>();
  for (const issue of validation.issues) byKey.set(issue.key, [...(byKey.get(issue.key) ?? []), issue]);
  return {
    model,
    revision,
    dispatch,
    validation,
    issuesAt: (path) => byKey.get(pathKey(path)) ?? [],
    issuesUnder: (path) => {
      const key = pathKey(path);
      return validation.issues.filter((i) => i.key === key || i.key.startsWith(`${key}.`) || key === '');
    },
  };
}

export function ModelEditorProvider(props: { readonly initial: ModelInput; readonly children: (editor: ModelEditor) => ReactNode }): ReactNode {
  const [state, dispatch] = useReducer(modelReducer, props.initial, initialEditorState);
  const editor = useMemo(() => buildEditor(state.model, state.revision, dispatch), [state.model, state.revision]);
  return <EditorContext.Provider value={editor}>{props.children(editor)}</EditorContext.Provider>;
}
