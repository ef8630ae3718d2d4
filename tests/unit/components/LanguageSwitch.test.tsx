// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportSections } from '../../../src/components/ExportSections.tsx';
import { LanguageSwitch } from '../../../src/components/LanguageSwitch.tsx';
import type { Exporter } from '../../../src/export/exporter.ts';
import { ShareDialog } from '../../../src/components/ShareDialog.tsx';
import { ShortcutsDialog } from '../../../src/components/ShortcutsDialog.tsx';
import { renderWithApp } from './render-app.tsx';

describe('<LanguageSwitch>', () => {
  it('is a group of two toggle buttons, each named and marked in its own language', () => {
    renderWithApp(<LanguageSwitch />);
    const group = screen.getByRole('group', { name: 'Language' });
    const english = within(group).getByRole('button', { name: 'English' });
    const chinese = within(group).getByRole('button', { name: '中文' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(chinese).toHaveAttribute('lang', 'zh-TW');
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(chinese).toHaveAttribute('aria-pressed', 'false');
  });

  it('switches the language and which button is pressed, and its own label follows', async () => {
    const { store } = renderWithApp(<LanguageSwitch />);
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(store.getState().lang).toBe('zh-TW');
    const group = screen.getByRole('group', { name: '語言' });
    expect(within(group).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(store.getState().lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('leaves the store alone when the language shown is pressed again', async () => {
    const { store } = renderWithApp(<LanguageSwitch />);
    let updates = 0;
    store.subscribe(() => updates++);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(updates).toBe(0);
  });
});

describe('<ShareDialog> in each language', () => {
  const linkField = () => screen.getAllByRole('textbox')[0] as HTMLInputElement;
  const codeField = () => screen.getAllByRole('textbox')[1] as HTMLTextAreaElement;

  it('carries lang=en in the link and the embed code in English', () => {
    const { store } = renderWithApp(<ShareDialog onClose={() => {}} />);
    act(() => store.getState().setYear(1971));
    expect(screen.getByRole('dialog', { name: 'Share and export' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'A link to this view (year, layers, country and map position)' })).toBe(linkField());
    expect(new URL(linkField().value).searchParams.get('lang')).toBe('en');
    expect(codeField().value).toContain('?lang=en&amp;embed=1');
    expect(codeField().value).toContain('title="Taiwan Ties: a map of Taiwan’s international ties in 1971"');
  });

  it('carries lang=zh-TW and a Chinese iframe title when Chinese is chosen, with its words in Chinese', () => {
    const { store } = renderWithApp(<ShareDialog onClose={() => {}} />);
    act(() => store.getState().setYear(1971));
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('dialog', { name: '分享與匯出' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '嵌入' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '顯示時間軸' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '貼到網頁中的程式碼' })).toBe(codeField());
    expect(screen.getAllByRole('button', { name: '複製' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: '關閉' })).toBeInTheDocument();
    expect(new URL(linkField().value).searchParams.get('lang')).toBe('zh-TW');
    expect(codeField().value).toContain('?lang=zh-TW&amp;embed=1');
    expect(codeField().value).toContain('title="Taiwan Ties 臺灣邦誼地圖：1971年臺灣國際關係地圖"');
  });

  it('titles a replay by its range in Chinese', () => {
    const { store } = renderWithApp(<ShareDialog onClose={() => {}} />);
    act(() => {
      store.getState().setLang('zh-TW');
      store.getState().playRange({ from: 1971, to: 2000 });
    });
    expect(codeField().value).toContain('1971–2000年重播');
    expect(codeField().value).toContain('&amp;play=1');
  });

  it('says "Copied." in the language shown', async () => {
    const { store } = renderWithApp(<ShareDialog onClose={() => {}} />);
    act(() => store.getState().setLang('zh-TW'));
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: '複製' })[0]);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('已複製。');
  });
});

describe('<ShortcutsDialog> in Chinese', () => {
  it('lists the shortcuts with their descriptions and the space bar’s name in Chinese', () => {
    const { store } = renderWithApp(<ShortcutsDialog onClose={() => {}} />);
    act(() => store.getState().setLang('zh-TW'));
    const dialog = screen.getByRole('dialog', { name: '鍵盤快速鍵' });
    expect(dialog).toHaveTextContent('空白鍵');
    expect(dialog).toHaveTextContent('播放或暫停重播');
    expect(dialog).not.toHaveTextContent('Play or pause');
  });
});

describe('<ExportSections> in Chinese', () => {
  it('names its controls in Chinese, and its status follows the language switch', async () => {
    const exporter = {
      csv: () => ({ blob: new Blob(['x'.repeat(3000)]), fileName: 'taiwan-ties-1971.csv' }),
      png: () => Promise.reject(new DOMException('The export was cancelled.', 'AbortError')),
    } as unknown as Exporter;
    const saved: string[] = [];
    const { store } = renderWithApp(<ExportSections loadExporter={() => Promise.resolve(exporter)} save={(file) => saved.push(file.fileName)} />);
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('heading', { name: '圖片' })).toBeInTheDocument();
    expect(screen.getAllByRole('combobox', { name: '尺寸' })[0]).toHaveDisplayValue('此畫面（與螢幕所見相同）');
    expect(screen.getByRole('textbox', { name: '起始年份' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'GIF 動畫' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '慢（每年 0.45 秒）' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '下載 CSV' }));
    expect(saved).toEqual(['taiwan-ties-1971.csv']);
    expect(screen.getByTestId('csv-export-status')).toHaveTextContent('已儲存 taiwan-ties-1971.csv（3 KB）。');
    await userEvent.click(screen.getByRole('button', { name: '下載 PNG' }));
    expect(screen.getByTestId('image-export-status')).toHaveTextContent('已取消。');
    act(() => store.getState().setLang('en'));
    expect(screen.getByTestId('csv-export-status')).toHaveTextContent('Saved taiwan-ties-1971.csv (3 KB).');
    expect(screen.getByTestId('image-export-status')).toHaveTextContent('Cancelled.');
  });
});
