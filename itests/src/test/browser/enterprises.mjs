// The shared registry pages in Chromium, as an admin: import a CSV with the wizard (dry run, error report, import
// of the valid rows only), find the imported enterprises in the list, then fill one enterprise's responsibility plate
// (a bad phone first, answered under the field) until it is complete, and see its history.
// EnterprisesBrowserIT creates the village and the sector named by SAFEGRID_VILLAGE and SAFEGRID_SECTOR first.
import { base, adminPassword, browser, check, screenshot } from './karaf.mjs';

const VILLAGE = process.env.SAFEGRID_VILLAGE || 'bsy';
const SECTOR = process.env.SAFEGRID_SECTOR || 'it-trade';
const DEPARTMENT = process.env.SAFEGRID_DEPARTMENT || 'emergency';

// GB 32100-2015: 18 characters, the last a check character over the first 17
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function checkCharacter(first17) {
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** A valid credit code unique to this run: 91 (enterprise), 500106 (a Chongqing district), 9 characters of `n`. */
function creditCode(n) {
  let tail = '';
  for (let v = n; tail.length < 9; v = Math.floor(v / 31)) tail = ALPHABET[v % 31] + tail;
  const first17 = '91500106' + tail;
  return first17 + checkCharacter(first17);
}

/** The same code with another last character: its check fails. */
function wrongCheck(code) {
  const last = code[17];
  return code.slice(0, 17) + (last === 'A' ? 'B' : 'A');
}

const stamp = Date.now();
const run = stamp.toString(36).toUpperCase(); // in the names, to find this run's enterprises
const codes = [1, 2, 3, 4].map((i) => creditCode(stamp * 4 + i));
const badCode = wrongCheck(codes[3]);
check(codes.every((c) => c.length === 18) && badCode !== codes[3], 'test credit codes: ' + codes.join(' ') + ', bad ' + badCode);

const HEADER = ['统一社会信用代码', '企业名称', '地址', '村社区', '行业', '监管部门', '第二监管部门', '从业人数', '经营状态', '风险等级',
  '规上企业', '重大危险源', '火灾高危', '特种设备', '联系人', '联系人职务', '联系电话'];
const row = (code, name, staff, phone) => [code, name, `白市驿镇正街 ${staff} 号`, VILLAGE, SECTOR, DEPARTMENT, '', String(staff),
  '在营', '黄', '否', '否', '否', '否', '张三', '负责人', phone];
const names = ['甲', '乙', '丙', '丁'].map((x) => `浏览器测试${run}${x}商行`);
const csv = [
  HEADER,
  row(codes[0], names[0], 12, '13812345678'),
  row(codes[1], names[1], 45, '13812345679'),
  row(codes[2], names[2], 8, '023-65671234'),
  row(badCode, names[3], 20, '13812345670'), // row 5 of the sheet: the header is row 1
].map((cells) => cells.join(',')).join('\r\n') + '\r\n';

const rowsOf = (table) => table.locator('tr.el-table__row');

async function waitFor(what, condition, timeout = 30000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await condition();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('CHECK FAILED: timed out waiting for ' + what);
}

const b = await browser();
const page = await b.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 960 } });
page.setDefaultTimeout(20000);
page.on('pageerror', (e) => console.log('page error: ' + e.message));
try {
  await page.goto(base + '/ui/');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-enterprises').waitFor();
  check(true, 'the navigation has 企业台账 for a logged-in user');

  // (a) the import wizard
  await page.getByTestId('nav-enterprises').click();
  await page.getByTestId('enterprises-page').waitFor();
  await page.getByTestId('enterprise-import').click();
  await page.getByTestId('import-wizard').waitFor();
  check(page.url().includes('#/enterprises/import'), '导入 opens the wizard at #/enterprises/import');

  await page.getByTestId('import-file').setInputFiles({ name: 'enterprises.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await page.getByTestId('import-file-refused').waitFor();
  check(await page.getByTestId('import-next').isDisabled(), 'a .txt file is refused in the browser with a message');

  await page.getByTestId('import-file').setInputFiles({ name: 'enterprises.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('import-file-name').getByText('enterprises.csv').waitFor();
  check(await page.getByTestId('import-file-refused').count() === 0, 'the CSV file is taken');
  await page.getByTestId('import-next').click();

  await page.getByTestId('import-mode-atomic').click();
  await page.getByTestId('import-dry-run').click();
  await page.getByTestId('import-error').or(page.getByTestId('import-report')).first().waitFor({ timeout: 60000 });
  if (await page.getByTestId('import-error').count()) {
    throw new Error('CHECK FAILED: the dry run was refused: ' + (await page.getByTestId('import-error').innerText()));
  }
  check(true, 'the dry run finished with a report');
  await screenshot(page, 'enterprises-import-report');

  check((await page.getByTestId('import-total').innerText()).trim() === '4', 'the report counts 4 data rows');
  const errorRows = await rowsOf(page.getByTestId('import-errors-table')).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
  console.log('errors: ' + JSON.stringify(errorRows));
  check(errorRows.length >= 1, 'the error table lists the bad row');
  check(errorRows.every((cells) => cells[0] === '5'), 'every error is on row 5, none on the three good rows');
  check(errorRows.some((cells) => /统一社会信用代码|creditCode|credit code/i.test(cells[1])),
    'an error names the credit code column: ' + JSON.stringify(errorRows));
  check((await page.getByTestId('import-valid-rows').innerText()).trim() === '3', 'the report counts 3 valid rows');
  await page.getByTestId('import-atomic-blocked').waitFor();
  check(await page.getByTestId('import-run').isDisabled(), '「全部校验通过才导入」 with an error does not offer to import');

  await page.getByTestId('import-mode-valid-rows').click();
  check(!(await page.getByTestId('import-run').isDisabled()), '「只导入正确的行」 offers to import');
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-done').or(page.getByTestId('import-error')).or(page.getByTestId('import-failed')).first()
    .waitFor({ timeout: 60000 });
  check(await page.getByTestId('import-done').count() === 1, 'the import finished');
  check((await page.getByTestId('import-imported').innerText()).trim() === '3', 'the import reports 3 enterprises imported');
  await screenshot(page, 'enterprises-import-done');

  // the list: this run's three enterprises, found by text; the filter stays in the URL
  await page.getByTestId('import-to-list').click();
  await page.getByTestId('enterprises-table').waitFor();
  await page.getByTestId('enterprises-search').fill(run);
  const table = page.getByTestId('enterprises-table');
  await waitFor('3 rows for ' + run, async () => page.url().includes('text=' + run) && (await rowsOf(table).count()) === 3);
  const listed = await rowsOf(table).allInnerTexts();
  check(names.slice(0, 3).every((n) => listed.some((r) => r.includes(n))) && !listed.some((r) => r.includes(names[3])),
    'the list shows the 3 imported enterprises and not the bad row');
  check((await page.getByTestId('enterprises-pagination').innerText()).includes('3'), 'the pagination total is 3');
  await page.reload();
  await page.getByTestId('enterprises-table').waitFor();
  await waitFor('3 rows after a reload', async () => (await rowsOf(page.getByTestId('enterprises-table')).count()) === 3);
  check(await page.getByTestId('enterprises-search').inputValue() === run, 'after a reload the search text is still there');
  await screenshot(page, 'enterprises-list');

  // (b) the plate editor of the first imported enterprise
  await page.getByTestId('enterprise-link-' + codes[0]).click();
  await page.getByTestId('enterprise-fields').waitFor();
  check((await page.getByTestId('enterprise-title').innerText()).includes(names[0]), 'the detail page shows the enterprise');
  await page.getByTestId('plate-summary-missing').waitFor();
  check(true, 'the detail page says the plate is incomplete');
  await page.getByTestId('plate-edit-link').click();
  await page.getByTestId('plate-editor').waitFor();

  const roles = await page.locator('[data-testid^="plate-role-"]').evaluateAll((els) => els.map((e) => e.dataset.testid));
  check(JSON.stringify(roles) === JSON.stringify(['plate-role-regulator', 'plate-role-town-official', 'plate-role-enterprise-head']),
    'a yellow enterprise without flags requires the three responsible persons, in order: ' + roles.join(', '));
  const missing = await page.getByTestId('plate-missing').innerText();
  check(['监管责任人', '镇级分管责任人', '企业主体责任人'].every((r) => missing.includes(r)) && missing.includes('缺'),
    'the plate says which 3 roles are missing: ' + missing.trim());

  const fill = async (role, name, position, phone) => {
    await page.getByTestId('plate-add-' + role).click();
    await page.getByTestId(`plate-person-${role}-0-name`).fill(name);
    await page.getByTestId(`plate-person-${role}-0-position`).fill(position);
    await page.getByTestId(`plate-person-${role}-0-phone`).fill(phone);
  };
  await fill('regulator', '王监管', '应急办科员', '12345');
  await fill('town-official', '李分管', '副镇长', '023-65671234');
  await fill('enterprise-head', '赵主体', '总经理', '13900001111');
  check(await page.getByTestId('plate-add-regulator').count() === 0, 'a single role offers no second person');
  await page.getByTestId('plate-save').click();
  const phoneError = page.getByTestId('plate-person-regulator-0-phone-item').locator('.el-form-item__error');
  await phoneError.waitFor();
  check((await phoneError.innerText()).trim().length > 0, 'the bad phone is answered under its field: ' + (await phoneError.innerText()).trim());
  check(await page.getByTestId('plate-missing').count() === 1, 'nothing was saved: the plate is still incomplete');
  await screenshot(page, 'plate-bad-phone');

  await page.getByTestId('plate-person-regulator-0-phone').fill('13812345678');
  await page.getByTestId('plate-save').click();
  await page.getByTestId('plate-complete').waitFor();
  check(await page.getByTestId('plate-missing').count() === 0, 'after saving, the plate is complete');
  check(await phoneError.count() === 0, 'the phone error is gone');
  await screenshot(page, 'plate-complete');

  await page.getByTestId('plate-tab-history').click();
  const history = page.getByTestId('plate-history-table');
  await waitFor('history entries', async () => (await rowsOf(history).count()) > 0);
  const entries = await rowsOf(history).allInnerTexts();
  check(entries.length > 0, `the history tab shows ${entries.length} entries`);
  console.log('history: ' + JSON.stringify(entries.slice(0, 5)));
  await screenshot(page, 'plate-history');
} catch (e) {
  await screenshot(page, 'enterprises-failure').catch(() => {});
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await b.close();
}
