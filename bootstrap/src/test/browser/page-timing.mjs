// Times the booking page in Debian's Chromium: from navigation to the first free times shown (the page's own
// performance mark) against the availability API call for the same service and days, made from the same page
// (its own timing), over RUNS visits after two warm-up visits: each in a fresh browser context (a new renderer
// process), or with "warm" all in one tab, as a visitor whose browser is already running (the cache off either way).
// Then as many visits, the same way, to a blank page (served here, setting the same mark from an inline script): the
// floor that any page pays in this browser on this machine.
// Usage: node page-timing.mjs http://localhost:8080/book/bella-hair-salon [runs] [round trip ms, emulated] [warm]
import {chromium} from 'playwright-core';
import {createServer} from 'node:http';

const url = process.argv[2];
const runs = Number(process.argv[3] || 20);
const latency = Number(process.argv[4] || 0);
const warm = process.argv[5] === 'warm';
const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']});
const samples = [];
const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body>'
  + '<button class="time">10:00</button><script>performance.mark("cita:first-times")</script></body></html>';
const blank = createServer((request, response) => {
  response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'});
  response.end(BLANK);
});
await new Promise(resolve => blank.listen(0, '127.0.0.1', resolve));
async function tab(run) {
  const context = await browser.newContext({extraHTTPHeaders: {'X-Forwarded-For': `198.19.7.${run + 1}`}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  if (latency > 0) {
    await cdp.send('Network.emulateNetworkConditions', {offline: false, latency, downloadThroughput: -1,
      uploadThroughput: -1});
  }
  return {context, page};
}
try {
  const shared = warm ? await tab(0) : null;
  for (let run = 0; run < runs + 2; run++) {
    const {context, page} = shared || await tab(run);
    await page.goto(`${url}?visit=${run}`);
    await page.locator('button.time').first().waitFor({timeout: 20_000});
    const sample = await page.evaluate(async () => {
      const boot = JSON.parse(document.getElementById('cita-boot').textContent);
      const dates = [0, 6].map(offset => new Intl.DateTimeFormat('en-CA', {timeZone: boot.timezone, year: 'numeric',
        month: '2-digit', day: '2-digit'}).format(new Date(Date.now() + offset * 86400000)));
      const started = performance.now();
      await (await fetch(`/v1/public/${boot.slug}/availability?serviceId=${boot.services[0].id}`
        + `&from=${dates[0]}&to=${dates[1]}`)).json();
      return {shown: performance.getEntriesByName('cita:first-times')[0].startTime, api: performance.now() - started};
    });
    if (!shared) {
      await context.close();
    }
    if (run >= 2) {
      samples.push(sample);
    }
  }
  const sharedBlank = warm ? await tab(runs + 2) : null;
  for (let run = 0; run < runs + 2; run++) {
    const {context, page} = sharedBlank || await tab(run);
    await page.goto(`http://127.0.0.1:${blank.address().port}/?visit=${run}`);
    const mark = await page.evaluate(() => performance.getEntriesByName('cita:first-times')[0].startTime);
    if (run >= 2) {
      samples[run - 2].blank = mark;
    }
    if (!sharedBlank) {
      await context.close();
    }
  }
} finally {
  await browser.close();
  blank.close();
}
const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const shown = median(samples.map(s => s.shown));
const api = median(samples.map(s => s.api));
const floor = median(samples.map(s => s.blank));
console.log(JSON.stringify({runs: samples.length, roundTripMs: latency, visits: warm ? 'one tab' : 'fresh contexts',
  medianFirstTimesShownMs: Math.round(shown),
  medianAvailabilityCallMs: Math.round(api), ratio: Math.round(shown / api * 100) / 100,
  medianBlankPageMs: Math.round(floor), blankRatio: Math.round(floor / api * 100) / 100,
  ratios: samples.map(s => Math.round(s.shown / s.api * 100) / 100)}));
