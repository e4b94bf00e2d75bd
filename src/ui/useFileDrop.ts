import { useState, type ChangeEvent, type DragEvent } from 'react';

/**
 * What a drop zone with a button does with files, however many it takes: dropped or chosen files go to `take`,
 * and the input is cleared after a choice so that choosing the same file again (fixed, or handed in anew) counts.
 */
export function useFileDrop(take: (files: FileList | null | undefined) => void, disabled = false) {
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  return {
    dragging,
    zone: {
      onDragOver,
      onDragEnter: onDragOver,
      onDragLeave: () => setDragging(false),
      onDrop: (event: DragEvent<HTMLElement>) => {
        event.preventDefault();
        setDragging(false);
        if (!disabled) take(event.dataTransfer.files);
      },
    },
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      take(event.currentTarget.files);
      event.currentTarget.value = '';
    },
  };
}
