import { describe, expect, it } from 'vitest';
import { appInChromium } from './app-session.ts';

const app = appInChromium();

describe('the Method and sources view', () => {
  it('opens from the header, shows the rules, the comparison and the citations, and serves every data file from the app’s origin', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Method and sources' }).click();
    const view = page.getByTestId('method-view');
    await view.waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('view')).toBe('method');
    expect(await view.getByRole('heading', { level: 2 }).textContent()).toBe('Method and sources');
    expect(await view.textContent()).toMatch(/Data version \d{4}\.\d{2}\.\d{2}, last checked/);
    expect(await view.getByRole('heading', { name: 'Which event ends a period' }).count()).toBe(1);
    expect(await view.getByTestId('published-count').count()).toBeGreaterThanOrEqual(20);

    // Every download is a file of this origin, and what it serves is the data.
    const hrefs = await view
      .getByRole('region', { name: 'Download the data' })
      .getByRole('link', { name: /\.(csv|json)/ })
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(10);
    for (const href of hrefs) {
      expect(new URL(href).origin).toBe(new URL(app.url).origin);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    const relations = await (await page.request.get(new URL('data/diplomatic-relations.csv', app.url).href)).text();
    expect(relations.split('\n')[0]).toBe('iso3,name,name_zh,start,level,diplomatic_from,end,beijing,end_reason,sources,confidence,notes');
    const descriptor = await (await page.request.get(new URL('data/datapackage.json', app.url).href)).json();
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');

    // Back returns to the map.
    await page.goBack();
    await view.waitFor({ state: 'detached', timeout: 5_000 });
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('reads in Chinese, the rules included', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?view=method&lang=zh-TW`);
    const view = page.getByTestId('method-view');
    await view.waitFor({ timeout: 10_000 });
    expect(await view.getByRole('heading', { level: 2 }).textContent()).toBe('方法與資料來源');
    expect(await view.getByRole('heading', { name: '一段關係何時結束' }).count()).toBe(1);
    expect(await view.getByRole('textbox', { name: 'BibTeX 格式' }).inputValue()).toMatch(/^@misc\{taiwanties\d{8},/);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('the legend says what day each count describes, how many places have no visa information, and when the data was last checked', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(app.url);
    const notes = page.locator('.legend-notes');
    await notes.waitFor();
    const text = await notes.textContent();
    expect(text).toMatch(/Visa access for ordinary passports as of 28 Sep 2026/);
    expect(text).toMatch(/; 10 places: no information\./);
    expect(text).toMatch(/Formal relations as of 22 Jan 2026\. Data last checked 4 Dec 2026\./);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => notes.textContent()).toMatch(/10個地方無資料。正式邦交資料截至2026年1月22日。資料最近查核於2026年12月4日。/);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});
