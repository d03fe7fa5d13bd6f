/* Cita's booking page: services, free times in the visitor's zone, a hold while they type, the booking, its .ics,
   and finding a booking again to cancel it. Plain JavaScript; every call goes to this business's public API. */
(function () {
  'use strict';
  var boot = JSON.parse(document.getElementById('cita-boot').textContent);
  var api = '/v1/public/' + encodeURIComponent(boot.slug);
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone || boot.timezone;
  var DAYS = 7;
  var TEXT = {
    es: {
      book: 'Reservar', manage: 'Mi reserva', chat: 'Chat', begin: 'Empezar a chatear', send: 'Enviar',
      message: 'Mensaje', other: 'English', loading: 'Buscando horas libres…',
      none: 'No quedan horas libres estos días.', choose: 'Elige una hora', details: 'Tus datos',
      phone: 'Teléfono (con prefijo, p. ej. +34)', email: 'Correo electrónico', firstName: 'Nombre',
      lastName: 'Apellidos (opcional)', confirm: 'Confirmar la reserva', back: 'Elegir otra hora',
      held: 'Te guardamos esta hora mientras terminas.', taken: 'Esa hora se acaba de ocupar. Elige otra.',
      confirmed: 'Reserva confirmada', pending: 'Reserva recibida: el negocio la confirmará.',
      reference: 'Referencia', ics: 'Añadir al calendario', again: 'Hacer otra reserva',
      contact: 'Teléfono o correo de la reserva', find: 'Buscar mi reserva', cancel: 'Cancelar la reserva',
      cancelled: 'Reserva cancelada.', notFound: 'No encontramos esa reserva con ese teléfono o correo.',
      needPhoneOrEmail: 'Escribe un teléfono o un correo.', badPhone: 'Escribe el teléfono con su prefijo: +34600111222.',
      badEmail: 'Ese correo no parece válido.', needName: 'Escribe tu nombre.', failed: 'Algo falló. Inténtalo de nuevo.',
      yourZone: 'Horas en tu zona horaria ({visitor}). El negocio está en {business}.', minutes: 'min',
      status: {CONFIRMED: 'confirmada', PENDING: 'pendiente', CANCELLED: 'cancelada', COMPLETED: 'completada',
        NO_SHOW: 'no asistió'}
    },
    en: {
      book: 'Book', manage: 'My booking', chat: 'Chat', begin: 'Start chatting', send: 'Send',
      message: 'Message', other: 'Español', loading: 'Looking for free times…',
      none: 'No free times left these days.', choose: 'Choose a time', details: 'Your details',
      phone: 'Phone (with country code, e.g. +34)', email: 'E-mail', firstName: 'First name',
      lastName: 'Last name (optional)', confirm: 'Confirm the booking', back: 'Choose another time',
      held: 'We are keeping this time for you while you finish.', taken: 'That time was just taken. Choose another.',
      confirmed: 'Booking confirmed', pending: 'Booking received: the business will confirm it.',
      reference: 'Reference', ics: 'Add to calendar', again: 'Make another booking',
      contact: 'Phone or e-mail of the booking', find: 'Find my booking', cancel: 'Cancel the booking',
      cancelled: 'Booking cancelled.', notFound: 'We found no such booking with that phone or e-mail.',
      needPhoneOrEmail: 'Enter a phone or an e-mail.', badPhone: 'Enter the phone with its country code: +34600111222.',
      badEmail: 'That e-mail does not look valid.', needName: 'Enter your first name.', failed: 'Something failed. Try again.',
      yourZone: 'Times in your time zone ({visitor}). The business is in {business}.', minutes: 'min',
      status: {CONFIRMED: 'confirmed', PENDING: 'pending', CANCELLED: 'cancelled', COMPLETED: 'completed',
        NO_SHOW: 'no-show'}
    }
  };
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
    var days = $('days');
    days.textContent = '';
    say('');
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
        showDay(times, byDay[day]);
      });
      picker.appendChild(button);
    });
    days.appendChild(picker);
    days.appendChild(times);
    showDay(times, byDay[order[0]]);
    if (window.performance && performance.mark && !performance.getEntriesByName('cita:first-times').length) {
      performance.mark('cita:first-times');
    }
  }

  function showDay(times, slots) {
    times.textContent = '';
    times.appendChild(el('h3', {}, when(slots[0].start, {weekday: 'long', day: 'numeric', month: 'long'})));
    slots.forEach(function (slot) {
      var button = el('button', {type: 'button', 'class': 'time', 'data-start': slot.start},
        when(slot.start, {hour: '2-digit', minute: '2-digit'}));
      button.addEventListener('click', function () { chooseSlot(slot); });
      times.appendChild(button);
    });
    resized();
  }

  function chooseSlot(slot) {
    release();
    state.slot = slot;
    $('chosen').textContent = state.service.name + ' · ' + longWhen(slot.start);
    $('held').textContent = '';
    $('details').hidden = false;
    $('phone').focus();
    resized();
  }

  function contactOf(phone, email) { return phone || email; }
  function normalPhone(value) { return value.replace(/[\s().-]/g, ''); }

  function checked() {
    var phone = normalPhone($('phone').value.trim());
    var email = $('email').value.trim();
    var firstName = $('firstName').value.trim();
    var errors = {};
    if (!phone && !email) { errors.phone = t('needPhoneOrEmail'); }
    if (phone && !/^\+[1-9]\d{6,14}$/.test(phone)) { errors.phone = t('badPhone'); }
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) { errors.email = t('badEmail'); }
    if (!firstName) { errors.firstName = t('needName'); }
    return {phone: phone, email: email, firstName: firstName, lastName: $('lastName').value.trim(), errors: errors};
  }

  function showErrors(errors) {
    ['phone', 'email', 'firstName'].forEach(function (field) {
      $(field + '-error').textContent = errors[field] || '';
      $(field).setAttribute('aria-invalid', errors[field] ? 'true' : 'false');
    });
    var first = ['phone', 'email', 'firstName'].filter(function (field) { return errors[field]; })[0];
    if (first) { $(first).focus(); }
    resized();
  }

  /** Holds the chosen time as soon as the visitor has given a phone or e-mail to hold it for. */
  function holdFor(contact) {
    if (state.hold || state.holding || !state.slot) { return state.holding || Promise.resolve(state.hold); }
    var slot = state.slot;
    state.holding = call('POST', '/holds', {serviceId: state.service.id, start: slot.start, contact: contact})
      .then(function (hold) {
        state.holding = null;
        if (state.slot !== slot) { call('DELETE', '/holds/' + hold.id).catch(function () {}); return null; }
        state.hold = hold;
        $('held').textContent = t('held');
        return hold;
      }, function (error) { state.holding = null; throw error; });
    return state.holding;
  }

  function release() {
    if (state.hold) { call('DELETE', '/holds/' + state.hold.id).catch(function () {}); }
    state.hold = null;
  }

  function onContactTyped() {
    var form = checked();
    if (!form.errors.phone && !form.errors.email && contactOf(form.phone, form.email)) {
      holdFor(contactOf(form.phone, form.email)).catch(taken);
    }
  }

  function submit(event) {
    event.preventDefault();
    var form = checked();
    showErrors(form.errors);
    if (Object.keys(form.errors).length) { return; }
    $('confirm').disabled = true;
    holdFor(contactOf(form.phone, form.email)).then(function (hold) {
      var client = {firstName: form.firstName};
      if (form.lastName) { client.lastName = form.lastName; }
      if (form.phone) { client.phone = form.phone; }
      if (form.email) { client.email = form.email; }
      return call('POST', '/bookings', {serviceId: state.service.id, start: state.slot.start,
        holdId: hold ? hold.id : undefined, client: client});
    }).then(booked).catch(function (error) {
      if (error && error.status === 409) { taken(); return; }
      var fields = {};
      ((error && error.problem && error.problem.errors) || []).forEach(function (problem) {
        fields[String(problem.field).replace('client.', '')] = problem.message;
      });
      if (Object.keys(fields).length) { showErrors(fields); } else { failed(error); }
    }).then(function () { $('confirm').disabled = false; });
  }

  function taken() {
    state.hold = null;
    $('details').hidden = true;
    say(t('taken'));
    loadTimes();
  }

  function booked(booking) {
    state.hold = null;
    $('details').hidden = true;
    $('days').textContent = '';
    $('services').hidden = true;
    $('reference').textContent = booking.reference;
    $('summary').textContent = state.service.name + ' · ' + longWhen(booking.start)
      + (booking.status === 'PENDING' ? ' · ' + t('pending') : '');
    $('ics').href = URL.createObjectURL(new Blob([ics(booking)], {type: 'text/calendar'}));
    $('done').hidden = false;
    $('done').focus();
    say(t('confirmed'));
    resized();
  }

  function icsTime(iso) { return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''); }
  function icsText(text) { return String(text).replace(/[\\;,]/g, function (c) { return '\\' + c; }); }
  function ics(booking) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cita//Booking page//EN', 'BEGIN:VEVENT',
      'UID:' + booking.id + '@cita', 'DTSTAMP:' + icsTime(new Date().toISOString()),
      'DTSTART:' + icsTime(booking.start), 'DTEND:' + icsTime(booking.end),
      'SUMMARY:' + icsText(state.service.name + ' · ' + boot.name), 'DESCRIPTION:' + icsText(t('reference') + ' '
        + booking.reference), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  }

  function again() {
    $('done').hidden = true;
    $('services').hidden = false;
    ['phone', 'email', 'firstName', 'lastName'].forEach(function (field) { $(field).value = ''; });
    loadTimes();
  }

  function find(event) {
    event.preventDefault();
    var reference = $('find-reference').value.trim().toUpperCase();
    var contact = $('find-contact').value.trim();
    if (!reference || !contact) { say(t('needPhoneOrEmail')); return; }
    contact = contact.indexOf('@') >= 0 ? contact : normalPhone(contact);
    call('POST', '/bookings/' + encodeURIComponent(reference) + '/lookup', {contact: contact}).then(function (b) {
      state.found = {booking: b, contact: contact};
      showFound(b);
    }).catch(function (error) { if (error && error.status === 404) { say(t('notFound')); } else { failed(error); } });
  }

  function showFound(booking) {
    var service = boot.services.filter(function (s) { return s.id === booking.serviceId; })[0];
    $('found-summary').textContent = (service ? service.name + ' · ' : '') + longWhen(booking.start) + ' · '
      + t('status')[booking.status];
    $('cancel').hidden = booking.status !== 'CONFIRMED' && booking.status !== 'PENDING';
    $('found').hidden = false;
    $('found').focus();
    say('');
    resized();
  }

  function cancel() {
    var found = state.found;
    call('POST', '/bookings/' + encodeURIComponent(found.booking.reference) + '/cancel', {contact: found.contact})
      .then(function (booking) { showFound(booking); say(t('cancelled')); }).catch(failed);
  }

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

  /** The web chat: the booking conversation of WhatsApp; the browser keeps the conversation's id for the tab. */
  var chat = {name: '', phone: '', id: remembered()};

  /** The conversation's id kept for this tab (a browser that keeps nothing in a frame starts a new one). */
  function remembered(id) {
    try {
      if (id) { sessionStorage.setItem('cita-chat-' + boot.slug, id); }
      return sessionStorage.getItem('cita-chat-' + boot.slug);
    } catch (blocked) {
      return id || null;
    }
  }

  function startChat(event) {
    event.preventDefault();
    var name = $('chat-name').value.trim();
    var phone = normalPhone($('chat-phone').value.trim());
    if (!name || !/^\+[1-9]\d{6,14}$/.test(phone)) {
      $('chat-error').textContent = name ? t('badPhone') : t('needName');
      return;
    }
    $('chat-error').textContent = '';
    chat.name = name;
    chat.phone = phone;
    $('chat-start').hidden = true;
    $('chat-log').hidden = false;
    $('chat-send').hidden = false;
    send(state.lang === 'es' ? 'hola' : 'hello', null, null);
  }

  function send(text, replyId, shown) {
    if (shown) { addLine(shown, true, []); }
    var body = {name: chat.name, phone: chat.phone, text: text || undefined, replyId: replyId || undefined,
      conversationId: chat.id || undefined};
    call('POST', '/chat', body).then(function (answer) {
      chat.id = remembered(answer.conversationId);
      $('chat-log').querySelectorAll('.options').forEach(function (old) { old.remove(); });
      answer.replies.forEach(function (reply) { addLine(reply.text, false, reply.options); });
      $('chat-text').focus();
    }).catch(failed);
  }

  function addLine(text, mine, options) {
    var line = el('li', {'class': mine ? 'mine' : 'bot'});
    String(text).split(/\*([^*]+)\*/).forEach(function (part, index) {
      line.appendChild(index % 2 ? el('strong', {}, part) : document.createTextNode(part));
    });
    if (options && options.length) {
      var box = el('div', {'class': 'options'});
      options.forEach(function (option) {
        var button = el('button', {type: 'button', 'class': 'option', 'data-id': option.id}, option.title);
        button.addEventListener('click', function () { send(null, option.id, option.title); });
        box.appendChild(button);
      });
      line.appendChild(box);
    }
    $('chat-log').appendChild(line);
    resized();
  }

  function sendTyped(event) {
    event.preventDefault();
    var text = $('chat-text').value.trim();
    if (!text) { return; }
    $('chat-text').value = '';
    send(text, null, text);
  }

  /** Inside the widget's frame, tells the embedding page how tall the page is. */
  function resized() {
    if (boot.embed && window.parent !== window) {
      var bottom = $('app').getBoundingClientRect().bottom + window.scrollY;
      window.parent.postMessage({type: 'cita:height', height: Math.ceil(bottom) + 16}, '*');
    }
  }

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
  $('chat-start').addEventListener('submit', startChat);
  $('chat-send').addEventListener('submit', sendTyped);
  $('phone').addEventListener('change', onContactTyped);
  $('email').addEventListener('change', onContactTyped);
  $('details').addEventListener('submit', submit);
  $('back').addEventListener('click', function () { release(); $('details').hidden = true; loadTimes(); });
  $('again').addEventListener('click', again);
  $('find').addEventListener('submit', find);
  $('cancel').addEventListener('click', cancel);
  window.addEventListener('pagehide', release);
  renderStatic();
  state.service = boot.services[0] || null;
  renderServices();
  if (state.service && boot.availability && boot.availability.serviceId === state.service.id) {
    renderTimes(boot.availability.slots);
  } else if (state.service) {
    loadTimes();
  }
})();
