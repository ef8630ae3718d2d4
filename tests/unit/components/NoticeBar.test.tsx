// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../../src/components/NoticeBar.tsx';
import { renderWithApp } from './render-app.tsx';

describe('<NoticeBar>', () => {
  it('shows notices in a status region and dismisses them one by one', async () => {
    const { store } = renderWithApp(<NoticeBar />);
    act(() =>
      store.getState().addNotices([
        { id: 'a', message: { en: 'Ignored country "XXX".', 'zh-TW': '已忽略：country "XXX"。' } },
        { id: 'b', message: { en: 'Ignored show "bogus".', 'zh-TW': '已忽略：show "bogus"。' } },
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ignored country "XXX".');
    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]);
    expect(screen.getByRole('status')).not.toHaveTextContent('XXX');
    expect(screen.getByRole('status')).toHaveTextContent('bogus');
  });

  it('shows each notice in the chosen language, switching with it', async () => {
    const { store } = renderWithApp(<NoticeBar />);
    act(() => store.getState().addNotices([{ id: 'a', message: { en: 'Ignored country "XXX".', 'zh-TW': '已忽略：country "XXX"。' } }]));
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('status', { name: '通知' })).toHaveTextContent('已忽略：country "XXX"。');
    expect(screen.getByRole('button', { name: '關閉通知' })).toBeInTheDocument();
  });

  it('words an ignored part of the address in the page’s language, switching with it', () => {
    const { store } = renderWithApp(<NoticeBar />);
    const urlProblem = { code: 'param', key: 'year', raw: '1066', reason: { code: 'not-year', from: 1949, to: 2026 } } as const;
    act(() => store.getState().addNotices([{ id: 'url-0', urlProblem }]));
    expect(screen.getByRole('status')).toHaveTextContent('Ignored year "1066" is not a year from 1949 to 2026.');
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('status')).toHaveTextContent('已忽略：year「1066」不是 1949 到 2026 之間的年份。');
  });
});
