// Log in, open the emergency duty log, add an entry, and watch the menu change live when the department is
// undeployed and redeployed: the page is never reloaded.
import { base, adminPassword, browser, shell, check, screenshot } from './karaf.mjs';

const b = await browser();
const page = await b.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
page.setDefaultTimeout(20000);
try {
  await page.goto(base + '/');
  await page.getByTestId('login-username').waitFor();
  check(page.url().includes('/ui/'), 'the root redirects to the web shell: ' + page.url());

  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('wrong password');
  await page.getByTestId('login-submit').click();
  await page.getByText('用户名或密码错误').first().waitFor();
  check(true, 'a wrong password shows a clear message in Chinese');

  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-module-emergency').waitFor();
  check(true, 'after login the emergency module is in the navigation');

  await page.evaluate(() => { window.__noReload = 'still here'; });
  await page.getByTestId('nav-module-emergency').click();
  await page.getByTestId('nav-emergency-duty-log').click();
  await page.getByTestId('duty-log-table').waitFor();

  const summary = '浏览器测试：仓库烟感报警 ' + Date.now();
  await page.getByTestId('duty-log-add').click();
  await page.getByTestId('duty-log-summary').fill(summary);
  await page.getByTestId('duty-log-details').fill('值班员到场核实，系误报。');
  await page.getByTestId('duty-log-save').click();
  await page.getByTestId('duty-log-table').getByText(summary).waitFor();
  check(true, 'a new duty-log entry shows in the table');
  await screenshot(page, 'duty-log');

  shell('feature:uninstall safegrid-dept-emergency');
  await page.getByTestId('nav-module-emergency').waitFor({ state: 'detached', timeout: 30000 });
  check(await page.evaluate(() => window.__noReload) === 'still here', 'the menu vanished without a page reload');
  await screenshot(page, 'module-removed');

  shell('feature:install safegrid-dept-emergency');
  await page.getByTestId('nav-module-emergency').waitFor({ timeout: 60000 });
  check(await page.evaluate(() => window.__noReload) === 'still here', 'the menu came back without a page reload');

  await page.getByTestId('nav-module-emergency').click();
  await page.getByTestId('nav-emergency-duty-log').click();
  await page.getByTestId('duty-log-table').getByText(summary).waitFor();
  check(true, 'the entry is still there after undeploy and redeploy');

  await page.getByTestId('lang-switch').click();
  await page.getByText('Duty log').first().waitFor();
  check(true, 'English is one click away');
  await screenshot(page, 'duty-log-en');
} catch (e) {
  await screenshot(page, 'failure').catch(() => {});
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await b.close();
}
