// What to do with the selected jobs: tag, untag, change status, delete. Each
// action can be undone from the message it leaves.
import { useState } from 'preact/hooks';
import type { Status } from '../model/saved-job';
import { StatusOptions } from '../ui/StatusOptions';

interface Props {
  count: number;
  onTag: (tag: string, add: boolean) => void;
  onStatus: (status: Status) => void;
  onDelete: () => void;
  onClear: () => void;
}

export function BulkBar({ count, onTag, onStatus, onDelete, onClear }: Props) {
  const [tag, setTag] = useState('');
  return (
    <fieldset class="bulk">
      <legend>{count} selected</legend>
      <label>
        Tag
        <input type="text" value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={!tag.trim()} onClick={() => onTag(tag.trim(), true)}>
        Add tag
      </button>
      <button type="button" disabled={!tag.trim()} onClick={() => onTag(tag.trim(), false)}>
        Remove tag
      </button>
      <label>
        Set status
        <select
          value=""
          onChange={(e) => {
            const status = e.currentTarget.value as Status | '';
            if (status) onStatus(status);
          }}
        >
          <option value="">Choose…</option>
          <StatusOptions />
        </select>
      </label>
      <button type="button" class="danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </fieldset>
  );
}
