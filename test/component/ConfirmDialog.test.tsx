import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRef, useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmDialog } from '../../src/ui/ConfirmDialog';
import { useWorkbookStore } from '../../src/store/workbookStore';

/** A list whose rows are removed after a confirmation, as My data and the survey waves do it. */
function RemovableRows({ tone = 'danger' }: { tone?: 'danger' | 'primary' }) {
  const [rows, setRows] = useState(['Волна 1', 'Волна 2']);
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <>
      <h2 tabIndex={-1} data-focus-landing>
        Волны
      </h2>
      <ul>
        {rows.map((row) => (
          <li key={row}>
            <button type="button" onClick={() => setRemoving(row)}>
              Удалить {row}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={`Удалить «${removing}»?`}
        confirmLabel="Удалить"
        tone={tone}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          setRows((current) => current.filter((row) => row !== removing));
          setRemoving(null);
        }}
      />
    </>
  );
}

/** A dialog that opens later, on its own (after a file is read), and hands focus back to the button that began it. */
function LateDialog() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={buttonRef}>
        Восстановить из файла
      </button>
      <button type="button" onClick={() => setOpen(true)}>
        Файл прочитан
      </button>
      <ConfirmDialog open={open} title="Восстановить?" confirmLabel="Восстановить" onCancel={() => setOpen(false)} onConfirm={() => setOpen(false)} returnFocusTo={buttonRef} />
    </>
  );
}

describe('a confirmation dialog', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: {} });
  });

  it('takes focus on Cancel when it asks to destroy something, so a stray Enter cannot confirm it', async () => {
    const user = userEvent.setup();
    render(<RemovableRows />);
    await user.click(screen.getByRole('button', { name: 'Удалить Волна 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Удалить «Волна 1»?' });
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toHaveFocus();
  });

  it('takes focus on its confirming button when nothing is lost', async () => {
    const user = userEvent.setup();
    render(<RemovableRows tone="primary" />);
    await user.click(screen.getByRole('button', { name: 'Удалить Волна 1' }));
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Удалить' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<RemovableRows />);
    const opener = screen.getByRole('button', { name: 'Удалить Волна 2' });
    opener.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps the Escape that closed it from the page (presenter mode leaves on Escape)', async () => {
    const user = userEvent.setup();
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    try {
      render(<RemovableRows />);
      await user.click(screen.getByRole('button', { name: 'Удалить Волна 1' }));
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(pageKeys.mock.calls.filter(([event]) => (event as KeyboardEvent).key === 'Escape')).toEqual([]);
    } finally {
      window.removeEventListener('keydown', pageKeys);
    }
  });

  it('gives focus back after Cancel too', async () => {
    const user = userEvent.setup();
    render(<RemovableRows />);
    const opener = screen.getByRole('button', { name: 'Удалить Волна 1' });
    await user.click(opener);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Отмена' }));
    expect(opener).toHaveFocus();
  });

  it('lands on the heading when the button that opened it went with the row it removed', async () => {
    const user = userEvent.setup();
    render(<RemovableRows />);
    await user.click(screen.getByRole('button', { name: 'Удалить Волна 1' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Удалить' }));
    expect(screen.queryByRole('button', { name: 'Удалить Волна 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Волны' })).toHaveFocus();
  });

  it('gives focus to the control that began it when it opens later on its own', async () => {
    const user = userEvent.setup();
    render(<LateDialog />);
    await user.click(screen.getByRole('button', { name: 'Файл прочитан' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Восстановить из файла' })).toHaveFocus();
  });
});
