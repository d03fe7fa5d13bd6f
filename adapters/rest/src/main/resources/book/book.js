/* Cita's booking page: services, free times in the visitor's zone, a hold while they type, the booking and its .ics.
   Plain JavaScript; every call goes to this business's public API. book-form.js, book-manage.js and book-chat.js,
   which follow it in the page, use the helpers it shares as window.citaBook. */
(function () {
  'use strict';
  var boot = JSON.parse(document.getElementById('cita-boot').textContent);
  var api = '/v1/public/' + encodeURIComponent(boot.slug);
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone || boot.timezone;
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
  function locale() { return state.lang === 'es' ? 'es-ES' : 'en-GB'; }
  function when(iso, options) {
    return new Intl.DateTimeFormat(locale(), Object.assign({timeZone: visitorZone}, options)).format(new Date(iso));
  }
  function longWhen(iso) {
    return when(iso, {weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit'});
  }
  function money(price) {
    if (!price || price.amount === null || price.amount === undefined) { return ''; }
    return new Intl.NumberFormat(locale(), {style: 'currency', currency: price.currency}).format(price.amount / 100);
  }
  function businessDate(offset) {
    var parts = new Intl.DateTimeFormat('en-CA', {timeZone: boot.timezone, year: 'numeric', month: '2-digit',
      day: '2-digit'}).format(new Date(Date.now() + offset * 86400000));
    return parts;
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
    var zones = $('zones');
    zones.hidden = visitorZone === boot.timezone;
    zones.textContent = t('yourZone').replace('{visitor}', visitorZone).replace('{business}', boot.timezone);
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
          + money(service.price)));
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

  function loadTimes() {
    var days = $('days');
    days.textContent = '';
    say(t('loading'));
    var service = state.service;
    call('GET', '/availability?serviceId=' + encodeURIComponent(service.id) + '&from=' + businessDate(0)
      + '&to=' + businessDate(DAYS - 1)).then(function (availability) {
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
      var day = when(slot.start, {year: 'numeric', month: '2-digit', day: '2-digit'});
      if (!byDay[day]) { byDay[day] = []; order.push(day); }
      byDay[day].push(slot);
    });
    var picker = el('div', {'class': 'daypicker', role: 'group', 'aria-label': t('choose')});
    var times = el('div', {'class': 'times', 'aria-live': 'polite'});
    order.forEach(function (day, index) {
      var first = byDay[day][0].start;
      var button = el('button', {type: 'button', 'class': 'dayname', 'aria-pressed': String(index === 0)},
        when(first, {weekday: 'short', day: 'numeric', month: 'short'}));
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
    times.appendChild(el('h3', {}, when(slots[0].start, {weekday: 'long', day: 'numeric', month: 'long'})));
    slots.forEach(function (slot) {
      var button = el('button', {type: 'button', 'class': 'time', 'data-start': slot.start},
        when(slot.start, {hour: '2-digit', minute: '2-digit'}));
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

  /** Inside the widget's frame, tells the embedding page how tall the page is. */
  function resized() {
    if (boot.embed && window.parent !== window) {
      var bottom = $('app').getBoundingClientRect().bottom + window.scrollY;
      window.parent.postMessage({type: 'cita:height', height: Math.ceil(bottom) + 16}, '*');
    }
  }

  window.citaBook = {$: $, el: el, t: t, say: say, call: call, failed: failed, resized: resized,
    normalPhone: normalPhone, longWhen: longWhen, state: state, boot: boot, pickTimes: pickTimes,
    businessDate: businessDate, loadTimes: loadTimes};
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
})();
