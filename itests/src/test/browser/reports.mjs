// The town report and a department dashboard in Chromium (desktop, town time): as admin, #/reports for the month
// ReportsBrowserIT seeded (an enterprise, an inspection, a hazard), its ECharts canvases drawn with data, a department
// name and a figure label as the server gave them, the charts following a narrower window, then the same page in
// English; then, as a user of the department alone, the town report refused and #/dashboard/<department> with its
// charts drawn. ReportsBrowserIT reads the names and labels from the reports API in both languages (SAFEGRID_* below).
import { base, adminPassword, browser, check, screenshot } from './karaf.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error('CHECK FAILED: ReportsBrowserIT sets ' + name);
  return value;
};
const MONTH = env('SAFEGRID_MONTH');
const DEPARTMENT = env('SAFEGRID_DEPARTMENT');
const DEPT_ZH = env('SAFEGRID_DEPT_NAME_ZH');
const DEPT_EN = env('SAFEGRID_DEPT_NAME_EN');
const FIGURE_ZH = env('SAFEGRID_FIGURE_ZH');
const FIGURE_EN = env('SAFEGRID_FIGURE_EN');
const USER = env('SAFEGRID_DEPT_USER');
const PASSWORD = env('SAFEGRID_DEPT_PASSWORD');

async function waitFor(what, condition, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await condition();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('CHECK FAILED: timed out waiting for ' + what + (last === undefined ? '' : ` (last: ${last})`));
}

/** {points, painted, width} of a chart: the values its option draws, non-transparent canvas pixels, canvas width. */
function chartState(page, testid) {
  return page.evaluate((id) => {
    const box = document.querySelector(`[data-testid="${id}"]`);
    if (!box) return null;
    const canvas = box.querySelector('canvas');
    if (!canvas || !canvas.width || !canvas.height) return { points: Number(box.dataset.points), painted: 0, width: 0 };
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
    return { points: Number(box.dataset.points), painted, width: canvas.width };
  }, testid);
}

/** Waits until a chart has at least `points` values and a canvas with drawn pixels; answers its state. */
async function drawn(page, testid, points = 1) {
  const state = await waitFor(`chart ${testid} drawn`, async () => {
    const s = await chartState(page, testid);
    return s && s.points >= points && s.painted > 200 ? s : false;
  });
  check(true, `${testid}: ${state.points} values drawn on a ${state.width} px canvas (${state.painted} pixels painted)`);
  return state;
}

async function login(page, username, password) {
  await page.goto(base + '/ui/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-menu').waitFor();
}

const textOf = (page, testid) => page.getByTestId(testid).innerText();

const b = await browser();
const options = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } };
try {
  // the committee's view: the town report of the seeded month
  const context = await b.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => console.log('page error: ' + e.message));
  await login(page, 'admin', adminPassword);
  check(true, 'logged in as admin');
  await page.getByTestId('nav-report-town').waitFor();
  check(true, 'the menu has 报表 → 全镇报表');

  await page.goto(`${base}/ui/#/reports?period=${MONTH}`);
  await page.getByTestId('report-title').waitFor();
  const key = (await textOf(page, 'report-period-key')).trim();
  check(key === MONTH, `the report is the one of ${MONTH}: ${key}`);
  const departments = await drawn(page, 'report-chart-departments');
  await drawn(page, 'report-chart-villages');
  await drawn(page, 'report-chart-trend');
  const zh = await textOf(page, 'report-page');
  check(zh.includes(DEPT_ZH), `the department ${DEPT_ZH} is in the report`);
  check(zh.includes(FIGURE_ZH), `the figure label ${FIGURE_ZH} is in the report`);
  check(zh.includes('得分排名') && zh.includes('末位发言') && zh.includes('趋势'), 'ranking, last-place statement and trend are titled in Chinese');
  await page.getByTestId(`report-unit-${DEPARTMENT}`).first().waitFor();
  check(await page.getByTestId('report-export-xlsx').isEnabled() && await page.getByTestId('report-export-pdf').isEnabled(),
    'the XLSX and PDF exports are offered');
  await screenshot(page, 'reports-town-zh');

  // the charts follow the window
  await page.setViewportSize({ width: 1000, height: 900 });
  const narrower = await waitFor('the ranking chart to follow the narrower window', async () => {
    const s = await chartState(page, 'report-chart-departments');
    return s && s.width > 0 && s.width < departments.width ? s : false;
  });
  check(true, `the ranking chart is redrawn narrower: ${departments.width} → ${narrower.width} px`);
  await page.setViewportSize({ width: 1400, height: 900 });

  // English: the labels come again from the server, the shell's own texts switch
  await page.getByTestId('lang-switch').click();
  await waitFor('the English report', async () => {
    const text = await textOf(page, 'report-page');
    return text.includes(FIGURE_EN) && text.includes(DEPT_EN) && text.includes('Ranking by score');
  });
  check(true, `in English: ${DEPT_EN}, ${FIGURE_EN}, "Ranking by score"`);
  const en = await textOf(page, 'report-page');
  check(!en.includes('得分排名'), 'no Chinese section title is left');
  await drawn(page, 'report-chart-departments');
  await drawn(page, 'report-chart-trend');
  await screenshot(page, 'reports-town-en');
  await context.close();

  // a department's own user: no town report, its dashboard with charts
  const deptContext = await b.newContext(options);
  const dept = await deptContext.newPage();
  dept.setDefaultTimeout(20000);
  dept.on('pageerror', (e) => console.log('page error: ' + e.message));
  await login(dept, USER, PASSWORD);
  check(true, `logged in as ${USER} (dept-${DEPARTMENT})`);
  check(await dept.getByTestId('nav-report-town').count() === 0, 'the town report is not in the department user\'s menu');
  await dept.goto(`${base}/ui/#/reports`);
  await dept.getByTestId('forbidden').waitFor();
  check(true, 'the town report is refused to the department user');

  await dept.getByTestId(`nav-dashboard-${DEPARTMENT}`).click();
  await dept.getByTestId(`dept-dashboard-${DEPARTMENT}`).waitFor();
  check(dept.url().endsWith(`#/dashboard/${DEPARTMENT}`), 'the menu opens the department dashboard');
  await drawn(dept, 'dashboard-chart-risk');
  await drawn(dept, 'dashboard-chart-hazards', 4);
  await drawn(dept, 'dashboard-chart-self', 3);
  await drawn(dept, 'dashboard-chart-trend');
  const total = Number((await textOf(dept, 'dashboard-enterprises-total')).trim());
  check(total >= 1, `the dashboard counts the department's enterprises: ${total}`);
  const open = Number((await textOf(dept, 'dashboard-hazards-open')).trim());
  check(open >= 1, `the dashboard counts its open hazards: ${open}`);
  for (const block of ['enterprises', 'self-inspections', 'hazards', 'alerts', 'report']) {
    check(await dept.getByTestId(`dashboard-${block}-unavailable`).count() === 0, `the ${block} block has its data`);
  }
  await screenshot(dept, 'reports-dept-dashboard');
  await deptContext.close();
} finally {
  await b.close();
}
