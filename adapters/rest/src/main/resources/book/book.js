/* Cita's booking page: services, free times in the visitor's zone, a hold while they type, the booking and its .ics.
   Plain JavaScript; every call goes to this business's public API. book-form.js, book-manage.js and book-chat.js,
   which follow it in the page, use the helpers it shares as window.citaBook. */
(function () {
  'use strict';
  var boot = JSON.parse(document.getElementById('cita-boot').textContent);
  var api = '/v1/public/' + encodeURIComponent(boot.slug);
  var visitorZone = null;
  var DAYS = 7;
  var TEXT = window.citaBookTexts;
  var state = {lang: boot.language, service: null, slot: null, hold: null, holding: null, found: null};

  function $(id) { return document.getElementById(id); }
  function t(key) { return TEXT[state.lang][key]; }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function say(message) { $('status').textContent = message || ''; }
  /**
   * The visitor's zone: the browser's own. Its name is asked of Intl only when it is needed, after the first times are
   * shown: Intl's first use loads its data, about 50 ms in a new renderer. The times themselves are the browser's
   * local time (Date's own getters) written with the page's day and month names.
   */
  function zone() {
    return visitorZone || (visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone || boot.timezone);
  }
  function two(number) { return (number < 10 ? '0' : '') + number; }
  function clock(iso) { var date = new Date(iso); return two(date.getHours()) + ':' + two(date.getMinutes()); }
  function dayKey(iso) {
    var date = new Date(iso);
    return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate());
  }
  /** The day of {@code iso} in the visitor's zone: "mié, 3 dic", or long, "miércoles, 3 de diciembre". */
  function dayName(iso, long) {
    var date = new Date(iso);
    return t(long ? 'longDay' : 'shortDay').replace('{weekday}', t(long ? 'weekdays' : 'weekdaysShort')[date.getDay()])
      .replace('{day}', date.getDate()).replace('{month}', t(long ? 'months' : 'monthsShort')[date.getMonth()]);
  }
  function longWhen(iso) { return t('dayAndTime').replace('{day}', dayName(iso, true)).replace('{time}', clock(iso)); }
  /** A service's price as the server wrote it in each language, in the currency's own minor unit. */
  function money(service) { return (boot.prices[service.id] || {})[state.lang] || ''; }
  /** Today plus {@code offset} days in the business's zone, as yyyy-MM-dd. */
  function businessDate(offset) {
    return new Intl.DateTimeFormat('en-CA', {timeZone: boot.timezone, year: 'numeric', month: '2-digit',
      day: '2-digit'}).format(new Date(Date.now() + offset * 86400000));
  }

  function call(method, path, body) {
    var options = {method: method, headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(api + path, options).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : null;
        if (!response.ok) { throw {status: response.status, problem: json || {}}; }
        return json;
      });
    });
  }

  function renderStatic() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-t]').forEach(function (node) { node.textContent = t(node.dataset.t); });
    $('language').textContent = t('other');
    $('language').lang = state.lang === 'es' ? 'en' : 'es';
    $('tab-book').textContent = t('book');
    $('tab-manage').textContent = t('manage');
    $('tab-chat').textContent = t('chat');
    $('chat-begin').textContent = t('begin');
    $('chat-submit').textContent = t('send');
    $('details-title').textContent = t('details');
    $('confirm').textContent = t('confirm');
    $('back').textContent = t('back');
    $('ics').textContent = t('ics');
    $('again').textContent = t('again');
    $('find-submit').textContent = t('find');
    $('cancel').textContent = t('cancel');
    $('move').textContent = t('move');
    if (visitorZone) { renderZones(); }
  }

  /** Names both zones when the visitor's is not the business's (the chat's note is shown by the chat). */
  function renderZones() {
    var zones = $('zones');
    zones.hidden = zone() === boot.timezone;
    zones.textContent = t('yourZone').replace('{visitor}', zone()).replace('{business}', boot.timezone);
    $('chat-zone').textContent = t('chatZone').replace('{business}', boot.timezone);
  }

  function renderServices() {
    var box = $('services');
    box.textContent = '';
    var groups = {};
    boot.categories.forEach(function (category) { groups[category.id] = {name: category.name, services: []}; });
    var loose = {name: '', services: []};
    boot.services.forEach(function (service) {
      (groups[service.categoryId] || loose).services.push(service);
    });
    Object.keys(groups).map(function (id) { return groups[id]; }).concat([loose]).forEach(function (group) {
      if (!group.services.length) { return; }
      var fieldset = el('fieldset');
      if (group.name) { fieldset.appendChild(el('legend', {}, group.name)); }
      group.services.forEach(function (service) {
        var label = el('label', {'class': 'service'});
        var input = el('input', {type: 'radio', name: 'service', value: service.id});
        input.checked = state.service && state.service.id === service.id;
        input.addEventListener('change', function () { chooseService(service); });
        label.appendChild(input);
        label.appendChild(el('span', {'class': 'name'}, service.name));
        label.appendChild(el('span', {'class': 'meta'}, service.durationMinutes + ' ' + t('minutes') + ' · '
          + money(service)));
        fieldset.appendChild(label);
      });
      box.appendChild(fieldset);
    });
  }

  function chooseService(service) {
    state.service = service;
    state.slot = null;
    $('details').hidden = true;
    loadTimes();
  }

  /** The free times of {@code serviceId} in the days the page shows, from the business's today. */
  function freeTimes(serviceId) {
    return call('GET', '/availability?serviceId=' + encodeURIComponent(serviceId) + '&from=' + businessDate(0)
      + '&to=' + businessDate(DAYS - 1));
  }

  function loadTimes() {
    var days = $('days');
    days.textContent = '';
    say(t('loading'));
    var service = state.service;
    freeTimes(service.id).then(function (availability) {
      if (state.service !== service) { return; }
      renderTimes(availability.slots);
    }).catch(failed);
  }

  /** The days with free times as a row of buttons, and the times of the chosen day (the first one at first). */
  function renderTimes(slots) {
    say('');
    pickTimes($('days'), slots, chooseSlot);
    if (window.performance && performance.mark && !performance.getEntriesByName('cita:first-times').length) {
      performance.mark('cita:first-times');
    }
  }

  /** Into {@code days}: the days with free times as a row of buttons and the chosen day's times, each picked. */
  function pickTimes(days, slots, picked) {
    days.textContent = '';
    var future = slots.filter(function (slot) { return new Date(slot.start).getTime() > Date.now(); });
    if (!future.length) { days.appendChild(el('p', {'class': 'note'}, t('none'))); return; }
    days.appendChild(el('h2', {}, t('choose')));
    var byDay = {};
    var order = [];
    future.forEach(function (slot) {
      var day = dayKey(slot.start);
      if (!byDay[day]) { byDay[day] = []; order.push(day); }
      byDay[day].push(slot);
    });
    var picker = el('div', {'class': 'daypicker', role: 'group', 'aria-label': t('choose')});
    var times = el('div', {'class': 'times', 'aria-live': 'polite'});
    order.forEach(function (day, index) {
      var first = byDay[day][0].start;
      var button = el('button', {type: 'button', 'class': 'dayname', 'aria-pressed': String(index === 0)},
        dayName(first, false));
      button.addEventListener('click', function () {
        picker.querySelectorAll('button').forEach(function (other) { other.setAttribute('aria-pressed', 'false'); });
        button.setAttribute('aria-pressed', 'true');
        showDay(times, byDay[day], picked);
      });
      picker.appendChild(button);
    });
    days.appendChild(picker);
    days.appendChild(times);
    showDay(times, byDay[order[0]], picked);
  }

  function showDay(times, slots, picked) {
    times.textContent = '';
    times.appendChild(el('h3', {}, dayName(slots[0].start, true)));
    slots.forEach(function (slot) {
      var button = el('button', {type: 'button', 'class': 'time', 'data-start': slot.start},
        clock(slot.start));
      button.addEventListener('click', function () { picked(slot); });
      times.appendChild(button);
    });
    resized();
  }

  function chooseSlot(slot) {
    window.citaBook.release();
    state.slot = slot;
    $('chosen').textContent = state.service.name + ' · ' + longWhen(slot.start);
    $('held').textContent = '';
    $('details').hidden = false;
    $('phone').focus();
    resized();
  }

  function normalPhone(value) { return value.replace(/[\s().-]/g, ''); }
  /** A phone as the API takes it: E.164, after {@link normalPhone}. */
  function validPhone(phone) { return /^\+[1-9]\d{6,14}$/.test(phone); }

  function failed(error) {
    var detail = error && error.problem && error.problem.detail;
    say(detail || t('failed'));
  }

  function showTab(name) {
    ['book', 'manage', 'chat'].forEach(function (tab) {
      $(tab).hidden = name !== tab;
      $('tab-' + tab).setAttribute('aria-pressed', String(name === tab));
    });
    say('');
    resized();
  }

  /** Runs {@code work}, which the first screen can do without, once the browser has painted that screen. */
  function afterFirstPaint(work) {
    if (document.hidden || !window.requestAnimationFrame) { setTimeout(work, 0); return; }
    requestAnimationFrame(function () { setTimeout(work, 0); });
  }

  /** Inside the widget's frame, tells the embedding page how tall the page is. */
  function resized() {
    if (boot.embed && window.parent !== window) {
      var bottom = $('app').getBoundingClientRect().bottom + window.scrollY;
      window.parent.postMessage({type: 'cita:height', height: Math.ceil(bottom) + 16}, '*');
    }
  }

  window.citaBook = {$: $, el: el, t: t, say: say, call: call, failed: failed, resized: resized,
    normalPhone: normalPhone, validPhone: validPhone, longWhen: longWhen, state: state, boot: boot, pickTimes: pickTimes,
    freeTimes: freeTimes, loadTimes: loadTimes, zone: zone};
  document.documentElement.style.setProperty('--brand', boot.color);
  $('language').addEventListener('click', function () {
    state.lang = state.lang === 'es' ? 'en' : 'es';
    renderStatic();
    renderServices();
    if (state.service && $('done').hidden) { loadTimes(); }
  });
  $('tab-book').addEventListener('click', function () { showTab('book'); });
  $('tab-manage').addEventListener('click', function () { showTab('manage'); });
  $('tab-chat').addEventListener('click', function () { showTab('chat'); });
  renderStatic();
  state.service = boot.services[0] || null;
  renderServices();
  if (state.service && boot.availability && boot.availability.serviceId === state.service.id) {
    renderTimes(boot.availability.slots);
  } else if (state.service) {
    loadTimes();
  }
  afterFirstPaint(function () {
    renderZones();
    document.body.setAttribute('data-ready', '');
  });
})();
