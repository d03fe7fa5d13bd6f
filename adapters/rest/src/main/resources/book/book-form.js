/* The booking page's form: the visitor's details, the hold placed as soon as they give a phone or e-mail, the
   booking, and what it answers (the reference and an .ics), or another time when the chosen one was taken. */
(function (page) {
  'use strict';
  var $ = page.$;
  var t = page.t;
  var say = page.say;
  var call = page.call;
  var failed = page.failed;
  var resized = page.resized;
  var normalPhone = page.normalPhone;
  var longWhen = page.longWhen;
  var loadTimes = page.loadTimes;
  var state = page.state;
  var boot = page.boot;

  function contactOf(phone, email) { return phone || email; }

  function checked() {
    var phone = normalPhone($('phone').value.trim());
    var email = $('email').value.trim();
    var firstName = $('firstName').value.trim();
    var errors = {};
    if (!phone && !email) { errors.phone = t('needPhoneOrEmail'); }
    if (phone && !page.validPhone(phone)) { errors.phone = t('badPhone'); }
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
    $('ics').href = URL.createObjectURL(new Blob([window.citaIcs(booking, state.service.name + ' · ' + boot.name,
      t('reference') + ' ' + booking.reference)], {type: 'text/calendar'}));
    $('done').hidden = false;
    $('done').focus();
    say(t('confirmed'));
    resized();
  }

  function again() {
    $('done').hidden = true;
    $('services').hidden = false;
    ['phone', 'email', 'firstName', 'lastName'].forEach(function (field) { $(field).value = ''; });
    loadTimes();
  }

  page.release = release;
  $('phone').addEventListener('change', onContactTyped);
  $('email').addEventListener('change', onContactTyped);
  $('details').addEventListener('submit', submit);
  $('back').addEventListener('click', function () { release(); $('details').hidden = true; loadTimes(); });
  $('again').addEventListener('click', again);
  window.addEventListener('pagehide', release);
})(window.citaBook);
