import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Reading, joinSentences } from '../../src/ui/Reading';
import { useWorkbookStore } from '../../src/store/workbookStore';

describe('the reading at the top of a results step', () => {
  it('shows the sentences under a heading, with the caution inside it', () => {
    useWorkbookStore.setState({ settings: { locale: 'ru', currency: null, presenter: false } });
    render(<Reading reading={{ sentences: ['Первое.', 'Второе.'], caution: 'Всего 5 анкет.' }} />);
    const region = screen.getByRole('region', { name: 'Что это значит' });
    expect(region).toHaveTextContent('Первое. Второе.');
    expect(region).toHaveTextContent('Осторожно: Всего 5 анкет.');
  });

  it('runs Chinese sentences on without spaces, others with one', () => {
    expect(joinSentences(['结果很好。', '请检查。'])).toBe('结果很好。请检查。');
    expect(joinSentences(['Good.', 'Check.'])).toBe('Good. Check.');
  });

  it('shows nothing when there is nothing to say', () => {
    const { container } = render(<Reading reading={{ sentences: [], caution: null }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
