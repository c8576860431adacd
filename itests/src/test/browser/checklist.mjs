// Filling a self-inspection checklist on a phone (390×844) in Chromium, as an admin: the enterprise's 隐患排查 list,
// today's due checklist, every item 合格 but one 不合格 without a note (refused in the form: the note is required),
// then with the note; the submission answers with the hazard the failed item became, which opens and is listed on the
// hazard board. ChecklistBrowserIT registers the enterprise and picks the checklist that GET /api/checklists/due says
// is due (SAFEGRID_* below).
import { base, adminPassword, browser, check, screenshot } from './karaf.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error('CHECK FAILED: ChecklistBrowserIT sets ' + name);
  return value;
};
const ENTERPRISE = env('SAFEGRID_ENTERPRISE_ID');
const ENTERPRISE_NAME = env('SAFEGRID_ENTERPRISE_NAME');
const TEMPLATE = env('SAFEGRID_TEMPLATE');
const PERIOD = env('SAFEGRID_PERIOD');
const ITEMS = env('SAFEGRID_ITEMS').split(','); // the template's item codes, in order
const FAIL = env('SAFEGRID_FAIL_ITEM'); // an item whose severity hint is GENERAL
const NOTE = '浏览器测试：2 具灭火器压力不足';
const key = `${TEMPLATE}-${PERIOD}`;

async function waitFor(what, condition, timeout = 30000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await condition();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('CHECK FAILED: timed out waiting for ' + what);
}

const b = await browser();
const context = await b.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
  isMobile: true, hasTouch: true });
const page = await context.newPage();
page.setDefaultTimeout(20000);
page.on('pageerror', (e) => console.log('page error: ' + e.message));
const item = (code, part) => page.getByTestId(`checklist-item-${code}-${part}`);
const noHorizontalScroll = async (what) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 392, `${what} fits the phone's width (${width} px)`);
};

try {
  await page.goto(base + '/ui/');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-toggle').waitFor();
  check(true, 'logged in on a phone-sized screen');

  // the enterprise, its 隐患排查 button, the due list
  await page.goto(`${base}/ui/#/enterprises/${ENTERPRISE}`);
  await page.getByTestId('enterprise-fields').waitFor();
  await page.getByTestId('enterprise-checklists').click();
  await page.getByTestId('checklist-due-page').waitFor();
  check(page.url().endsWith(`#/enterprises/${ENTERPRISE}/checklists`), '隐患排查 opens #/enterprises/<id>/checklists');
  const card = page.getByTestId('checklist-due-' + key);
  await card.waitFor();
  const state = (await page.getByTestId('checklist-due-state-' + key).innerText()).trim();
  check(state === '待填报', `the ${TEMPLATE} checklist of ${PERIOD} is due: ${state}`);
  await noHorizontalScroll('the due list');
  await screenshot(page, 'checklist-due');

  // the form: one card per item, big toggles
  await page.getByTestId('checklist-fill-' + key).click();
  await page.getByTestId('checklist-fill-page').waitFor();
  check(page.url().endsWith(`#/enterprises/${ENTERPRISE}/checklists/${TEMPLATE}/${PERIOD}`), 'the form has its own route');
  await waitFor('the item cards', async () => (await page.locator('[data-testid^="checklist-item-"].sg-check-item').count()) === ITEMS.length);
  check(true, `the form shows ${ITEMS.length} items, one card each`);
  const box = await item(ITEMS[0], 'pass').boundingBox();
  check(box && box.height >= 40 && box.width >= 90, `the 合格 toggle is big enough to tap (${box && Math.round(box.width)}×${box && Math.round(box.height)})`);
  await noHorizontalScroll('the checklist form');
  await screenshot(page, 'checklist-form');

  for (const code of ITEMS) await item(code, code === FAIL ? 'fail' : 'pass').click();
  await item(FAIL, 'note-item').waitFor();
  const general = item(FAIL, 'level-general');
  check(await general.evaluate((el) => el.classList.contains('is-active')), 'the failed item is a general hazard, as its severity hint says');
  await item(FAIL, 'deadline').waitFor();
  check(true, 'a general hazard offers its deadline');
  check((await page.getByTestId('checklist-progress').innerText()).includes(`${ITEMS.length}/${ITEMS.length}`), 'every item is answered');

  // 不合格 without a note: refused in the form, nothing sent
  await page.getByTestId('checklist-submit').click();
  const noteError = item(FAIL, 'note-item').locator('.el-form-item__error');
  await noteError.waitFor();
  const noteMessage = (await noteError.innerText()).trim();
  check(/说明/.test(noteMessage), 'the failed item says its note is required: ' + noteMessage);
  check(await page.getByTestId('checklist-result').count() === 0, 'nothing was submitted');
  await screenshot(page, 'checklist-note-required');

  await item(FAIL, 'note').fill(NOTE);
  await page.getByTestId('checklist-submit').click();
  await page.getByTestId('checklist-result').or(page.getByTestId('checklist-errors')).or(page.getByTestId('checklist-conflict'))
    .first().waitFor();
  if (await page.getByTestId('checklist-result').count() === 0) {
    const why = await page.locator('.sg-fill-problems').allInnerTexts();
    throw new Error('CHECK FAILED: the submission was refused: ' + why.join(' | '));
  }
  check(await noteError.count() === 0, 'the note error is gone');
  const link = page.getByTestId('checklist-hazard-' + FAIL);
  await link.waitFor();
  const href = await link.getAttribute('href');
  const hazardId = /#\/hazards\/(\d+)$/.exec(href ?? '')?.[1];
  check(!!hazardId, 'the result links the hazard the failed item became: ' + href);
  await screenshot(page, 'checklist-submitted');

  // the hazard
  await link.click();
  await page.getByTestId('hazard-detail').waitFor();
  await page.getByTestId('hazard-fields').waitFor();
  const title = await page.getByTestId('hazard-title').innerText();
  check(title.includes(NOTE), 'the hazard describes the item and the note: ' + title);
  check((await page.getByTestId('hazard-state').innerText()).trim() === '已上报', 'the hazard is 已上报');
  check((await page.getByTestId('hazard-level').innerText()).trim() === '一般隐患', 'the hazard is 一般隐患');
  check((await page.getByTestId('hazard-enterprise').innerText()).includes(ENTERPRISE_NAME), 'the hazard names the enterprise');
  await page.getByTestId('hazard-timeline-REPORT').waitFor();
  check(true, 'the timeline starts with the report');
  await screenshot(page, 'checklist-hazard');

  // the hazard board, searched by the enterprise's name
  await page.goto(`${base}/ui/#/hazards?text=${encodeURIComponent(ENTERPRISE_NAME)}`);
  await page.getByTestId('hazards-page').waitFor();
  await page.getByTestId('hazard-link-' + hazardId).waitFor();
  check((await page.getByTestId('hazard-state-' + hazardId).innerText()).trim() === '已上报', 'the hazard board lists the new hazard as 已上报');
  await screenshot(page, 'checklist-board');

  // the period is done now: the list says so, and the form does not offer a second submission
  await page.goto(`${base}/ui/#/enterprises/${ENTERPRISE}/checklists`);
  await page.getByTestId('checklist-due-page').waitFor();
  await waitFor('the period to be done', async () =>
    (await page.getByTestId('checklist-due-state-' + key).innerText().catch(() => '')).trim() === '已完成');
  check(await page.getByTestId('checklist-view-' + key).count() === 1, 'the due list shows the period 已完成 with its submission');
  await page.goto(`${base}/ui/#/enterprises/${ENTERPRISE}/checklists/${TEMPLATE}/${PERIOD}`);
  await page.getByTestId('checklist-already-done').waitFor();
  check(await page.getByTestId('checklist-submit').count() === 0, 'the form of a submitted period offers no second submission');
} catch (e) {
  await screenshot(page, 'checklist-failure').catch(() => {});
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await b.close();
}
