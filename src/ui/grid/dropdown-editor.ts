/**
 * The grid's dropdown editor (status, quality, yes/no). Handsontable's autocomplete refreshes its list
 * of choices 10–20 ms after each key, on a timer; Enter within that time took the choice highlighted for
 * an earlier, shorter text. Typing "not applicable" fast (or on a busy machine) then stored "not
 * reported", the first choice that matched "not". Before finishing, this editor brings the list up to
 * date with what is typed, so Enter takes the choice that matches the whole text.
 */
import { DropdownEditor, registerEditor } from 'handsontable/editors';

export class FreshDropdownEditor extends DropdownEditor {
  override finishEditing(restoreOriginalValue?: boolean, ctrlDown?: boolean, callback?: () => void): void {
    if (!restoreOriginalValue && this.htEditor && this.isOpened() && this.query !== this.TEXTAREA.value) {
      this.queryChoices(this.TEXTAREA.value);
    }
    super.finishEditing(restoreOriginalValue, ctrlDown, callback);
  }
}

/** The name cell settings use; registered once, when this module loads. */
export const FRESH_DROPDOWN = 'fresh-dropdown';
registerEditor(FRESH_DROPDOWN, FreshDropdownEditor);
