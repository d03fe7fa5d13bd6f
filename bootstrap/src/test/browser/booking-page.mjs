// The booking page and the widget in Debian's Chromium, driven by playwright-core. Run by BookingPageBrowserTest,
// which prepares the business and passes it in the environment; exits non-zero on the first failed step, and keeps
// a screenshot of every step in SHOTS.
import {chromium} from 'playwright-core';
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';

const env = process.env;
const BASE = env.CITA_URL.replace(/\/$/, '');
const SLUG = env.CITA_SLUG;
const KEY = env.CITA_KEY;
const BUSINESS_ZONE = env.CITA_ZONE;
const SHOTS = env.SHOTS;
const ALLOWED_PORT = Number(env.ALLOWED_PORT);
const FOREIGN_PORT = Number(env.FOREIGN_PORT);
const STEP = 20_000;
rmSync(SHOTS, {recursive: true, force: true});
mkdirSync(SHOTS, {recursive: true});
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A phone of its own for each booking, so that no holder's quota is shared between the steps. */
function newPhone() {
  return '+3465' + String(Math.floor(Math.random() * 1e7)).padStart(7, '0');
}
/** A context of its own address (behind the trusted proxy), so that no address's quota is shared either. */
function visitorContext(options) {
  const address = `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  return browser.newContext(Object.assign({extraHTTPHeaders: {'X-Forwarded-For': address}}, options));
}

let shot = 0;
async function snap(page, name) {
  shot += 1;
  await page.screenshot({path: `${SHOTS}/${String(shot).padStart(2, '0')}-${name}.png`, fullPage: true});
}
function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}
function log(message) {
  console.log(`[browser] ${message}`);
}

/** The starts of the free times the page shows. */
async function starts(page) {
  await page.locator('button.time').first().waitFor({timeout: STEP});
  return page.locator('button.time').evaluateAll(buttons => buttons.map(b => b.dataset.start));
}

/** Waits for what the page does once its first screen is painted (naming the zones). */
async function ready(page) {
  await page.locator('body[data-ready]').waitFor({state: 'attached', timeout: STEP});
}

/** How ICU (Intl) writes {@code iso} in {@code locale} in Madrid: the oracle for the page's own day names. */
function icu(locale, iso, options) {
  return new Intl.DateTimeFormat(locale, Object.assign({timeZone: 'Europe/Madrid'}, options)).format(new Date(iso));
}
const LONG_DAY = {weekday: 'long', day: 'numeric', month: 'long'};

async function book(page, start, keyboard, phone) {
  const button = page.locator(`button.time[data-start="${start}"]`);
  if (keyboard) {
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(phone);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lucía');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Pérez');
    await page.keyboard.press('Enter');
  } else {
    await button.click();
    await page.fill('#phone', phone);
    await page.fill('#email', `lucia.${Date.now()}@example.com`);
    await page.fill('#firstName', 'Lucía');
    await page.click('#confirm');
  }
  await page.locator('#done').waitFor({state: 'visible', timeout: STEP});
  return (await page.textContent('#reference')).trim();
}

/** Finds the booking by its reference and phone in "my booking", and moves it to another time offered; the start. */
async function moveByReference(page, reference, phone, from) {
  await page.click('#tab-manage');
  await page.fill('#find-reference', reference);
  await page.fill('#find-contact', phone);
  await page.click('#find-submit');
  await page.locator('#found').waitFor({state: 'visible', timeout: STEP});
  await page.click('#move');
  await page.locator('#move-times button.time').first().waitFor({timeout: STEP});
  const offeredNow = await page.locator('#move-times button.time').evaluateAll(b => b.map(x => x.dataset.start));
  const start = offeredNow.filter(s => s !== from).pop();
  await page.locator(`#move-times button.time[data-start="${start}"]`).click();
  await page.locator('#move-times button.time').first().waitFor({state: 'detached', timeout: STEP});
  return start;
}

async function cancelFound(page) {
  await page.click('#cancel');
  await page.waitForFunction(() => /cancel/i.test(document.querySelector('#found-summary').textContent),
    null, {timeout: STEP});
}

function host(port, body) {
  const server = createServer((request, response) => {
    response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
    response.end(body);
  });
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const servers = [];
try {
  // 1. Desktop, a visitor in Madrid booking at a business in Santiago: both zones named; book, then a second
  //    visitor no longer sees the time; cancelled by reference, the time is back.
  const visitor = await visitorContext({timezoneId: 'Europe/Madrid', locale: 'es-ES'});
  const page = await visitor.newPage();
  const started = Date.now();
  await page.goto(`${BASE}/book/${SLUG}`);
  const offered = await starts(page);
  log(`first free times shown ${Date.now() - started} ms after navigation`);
  check(offered.length > 0, 'no free times shown');
  const heading = await page.textContent('#days h3');
  check(heading === icu('es-ES', offered[0], LONG_DAY), `the first day as Spanish writes it in Madrid: ${heading}`);
  const dayButton = await page.locator('#days button.dayname').first().textContent();
  check(dayButton === icu('es-ES', offered[0], {weekday: 'short', day: 'numeric', month: 'short'}),
    `the first day's button: ${dayButton}`);
  const price = await page.locator('.service .meta').first().textContent();
  check(/25,00\s€/.test(price), `the price as Spanish writes it: ${price}`);
  await ready(page);
  const zones = await page.textContent('#zones');
  check(zones.includes('Europe/Madrid') && zones.includes(BUSINESS_ZONE), `both zones named: ${zones}`);
  // a time at least half an hour away, so that it cannot begin while the test moves and cancels it
  const first = offered.find(start => Date.parse(start) > Date.now() + 30 * 60_000) || offered[offered.length - 1];
  const shown = await page.locator(`button.time[data-start="${first}"]`).textContent();
  const madrid = new Intl.DateTimeFormat('es-ES', {timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit'})
    .format(new Date(first));
  check(shown.trim() === madrid, `the time in the visitor's zone: ${shown} for ${first}, expected ${madrid}`);
  await snap(page, 'free-times');
  const phoneOfFirst = newPhone();
  const reference = await book(page, first, false, phoneOfFirst);
  check(/^[A-Z0-9]{6,12}$/.test(reference), `a reference: ${reference}`);
  const summary = await page.textContent('#summary');
  const longWhen = icu('es-ES', first, Object.assign({hour: '2-digit', minute: '2-digit'}, LONG_DAY));
  check(summary.includes(longWhen), `the booked time as Spanish writes it: ${summary}, expected ${longWhen}`);
  const [download] = await Promise.all([page.waitForEvent('download', {timeout: STEP}), page.click('#ics')]);
  check(download.suggestedFilename().endsWith('.ics'), `an .ics to download: ${download.suggestedFilename()}`);
  const calendar = readFileSync(await download.path(), 'utf8');
  check(calendar.includes('BEGIN:VEVENT') && calendar.includes(reference), 'the .ics names the booking');
  await snap(page, 'booked');

  const other = await visitorContext({timezoneId: 'Europe/Madrid'});
  const second = await other.newPage();
  await second.goto(`${BASE}/book/${SLUG}`);
  check(!(await starts(second)).includes(first), 'a second visitor no longer sees the booked time');
  await snap(second, 'second-visitor');
  const moved = await moveByReference(page, reference, phoneOfFirst, first);
  await snap(page, 'moved');
  await second.reload();
  const afterMove = await starts(second);
  check(afterMove.includes(first) && !afterMove.includes(moved), 'moved: the old time free, the new one taken');
  await cancelFound(page);
  await snap(page, 'cancelled');
  await second.reload();
  check((await starts(second)).includes(moved), 'the cancelled time is free again');
  log('booked, hidden from another visitor, moved and cancelled by reference, and free again');

  // 2. English, switched by the visitor.
  await second.click('#language');
  await second.locator('#tab-book').filter({hasText: 'Book'}).waitFor({timeout: STEP});
  check((await second.textContent('#days h2')) === 'Choose a time', 'the page in English');
  const englishDay = await second.textContent('#days h3');
  const englishFirst = (await starts(second))[0];
  check(englishDay === icu('en-GB', englishFirst, LONG_DAY), `the first day as English writes it: ${englishDay}`);
  const englishPrice = await second.locator('.service .meta').first().textContent();
  check(englishPrice.includes('€25.00'), `the price as English writes it: ${englishPrice}`);
  await snap(second, 'english');

  // 3. A phone, with the keyboard alone, and no serious accessibility violation.
  const phone = await visitorContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true,
    timezoneId: BUSINESS_ZONE, locale: 'es-CL'});
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE}/book/${SLUG}`);
  const mobileStarts = await starts(mobile);
  await ready(mobile);
  check(await mobile.locator('#zones').isHidden(), 'one zone named when the visitor shares it');
  await mobile.evaluate(axeSource);
  const found = await mobile.evaluate(async () => (await window.axe.run()).violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.help}`));
  check(found.length === 0, `accessibility: ${found.join('; ')}`);
  await snap(mobile, 'mobile');
  const byKeyboard = await book(mobile, mobileStarts[mobileStarts.length - 1], true, newPhone());
  check(byKeyboard.length > 0, 'booked with the keyboard alone');
  await snap(mobile, 'mobile-booked');
  log('booked on a phone with the keyboard alone; axe found no serious violation');

  // 4. A booking by web chat in English, from the first message to the confirmation, picking the options offered.
  const chatter = await (await visitorContext({timezoneId: 'Europe/Madrid'})).newPage();
  await chatter.goto(`${BASE}/book/${SLUG}`);
  await ready(chatter);
  await chatter.click('#language');
  await chatter.click('#tab-chat');
  await chatter.fill('#chat-name', 'Lucía');
  await chatter.fill('#chat-phone', newPhone());
  await chatter.click('#chat-begin');
  await chatter.locator('#chat-log li.bot').first().waitFor({timeout: STEP});
  const hello = await chatter.locator('#chat-log li.bot').first().textContent();
  check(hello.startsWith('Hi!'), `the chat in the page's language, English: ${hello}`);
  const chatZone = await chatter.textContent('#chat-zone');
  check(await chatter.locator('#chat-zone').isVisible() && chatZone.includes(BUSINESS_ZONE),
    `the chat names the business's zone to a visitor in Madrid: ${chatZone}`);
  let confirmed = null;
  for (let step = 0; step < 8 && !confirmed; step++) {
    await chatter.locator('#chat-log .option').first().waitFor({timeout: STEP});
    const answered = await chatter.locator('#chat-log li.bot').count();
    await chatter.locator('#chat-log .option').first().click();
    await chatter.waitForFunction(count => document.querySelectorAll('#chat-log li.bot').length > count, answered,
      {timeout: STEP});
    const strong = await chatter.locator('#chat-log li.bot strong').allTextContents();
    confirmed = strong.find(text => /^[A-Z0-9]{6,12}$/.test(text)) || null;
  }
  check(confirmed, 'booked by web chat');
  await snap(chatter, 'web-chat-booked');
  log(`booked by web chat: ${confirmed}`);

  // 5. The widget on a site the key allows books; on another site the page refuses to be framed.
  const embed = `<!doctype html><html lang="en"><head><title>Salon</title></head><body><h1>Our salon</h1>`
    + `<script src="${BASE}/widget.js" data-key="${KEY}" async></script></body></html>`;
  servers.push(await host(ALLOWED_PORT, embed), await host(FOREIGN_PORT, embed));
  const site = await (await visitorContext({timezoneId: 'Europe/Madrid'})).newPage();
  await site.goto(`http://127.0.0.1:${ALLOWED_PORT}/`);
  const frame = site.frameLocator('iframe');
  await frame.locator('button.time').first().waitFor({timeout: STEP});
  const widgetStart = await frame.locator('button.time').last().getAttribute('data-start');
  await frame.locator(`button.time[data-start="${widgetStart}"]`).click();
  await frame.locator('#phone').fill(newPhone());
  await frame.locator('#firstName').fill('Lucía');
  await frame.locator('#confirm').click();
  await frame.locator('#done').waitFor({state: 'visible', timeout: STEP});
  await snap(site, 'widget-booked');
  const foreign = await (await visitorContext({})).newPage();
  const refusals = [];
  foreign.on('console', message => refusals.push(message.text()));
  await foreign.goto(`http://127.0.0.1:${FOREIGN_PORT}/`);
  for (let waited = 0; waited < STEP && !refusals.some(r => /frame-ancestors/.test(r)); waited += 250) {
    await foreign.waitForTimeout(250);
  }
  check(refusals.some(r => /frame-ancestors/.test(r)), `the browser refused the frame: ${refusals.join(' | ')}`);
  const framed = foreign.frames().find(f => f !== foreign.mainFrame());
  const times = framed ? await framed.locator('button.time').count().catch(() => 0) : 0;
  check(times === 0, 'a site the key does not allow gets nothing to book');
  await snap(foreign, 'widget-refused');
  log('the widget books on an allowed site, and the browser refuses to frame the page elsewhere');
} catch (error) {
  for (const context of browser.contexts()) {
    for (const open of context.pages()) {
      await snap(open, 'failed').catch(() => {});
    }
  }
  throw error;
} finally {
  servers.forEach(server => server.close());
  await browser.close();
}
