// Helpers shared by the browser scenarios: the browser, the Karaf shell, waiting and checking.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const base = `http://127.0.0.1:${process.env.SAFEGRID_HTTP_PORT}`;
export const adminPassword = process.env.SAFEGRID_ADMIN_PASSWORD;

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Runs Karaf shell commands over SSH as admin (Karaf's own client), as an IT admin would. */
export function shell(...commands) {
  const client = path.join(process.env.KARAF_HOME, 'bin', 'client');
  return execFileSync(client, ['-a', process.env.SAFEGRID_SSH_PORT, '-u', 'admin', '-p', adminPassword, '-r', '3'],
    { input: commands.join('\n') + '\nlogout\n', encoding: 'utf8', timeout: 60000 });
}

export function check(condition, message) {
  if (!condition) {
    throw new Error('CHECK FAILED: ' + message);
  }
  console.log('ok - ' + message);
}

export async function screenshot(page, name) {
  const file = path.join(process.env.SCREENSHOT_DIR || '.', name + '.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log('screenshot ' + file);
}
