/* The booking page's "my booking": a booking found by its reference and the phone or e-mail it was made with, and
   cancelled within the service's notice. */
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
  var state = page.state;
  var boot = page.boot;

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
    var live = booking.status === 'CONFIRMED' || booking.status === 'PENDING';
    $('cancel').hidden = !live;
    $('move').hidden = !live;
    $('move-times').textContent = '';
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

  /** Offers the service's free times this week; the one picked becomes the booking's, within its notice. */
  function offerMove() {
    var found = state.found;
    page.freeTimes(found.booking.serviceId).then(function (availability) {
      page.pickTimes($('move-times'), availability.slots, function (slot) {
        call('POST', '/bookings/' + encodeURIComponent(found.booking.reference) + '/reschedule',
          {contact: found.contact, start: slot.start}).then(function (booking) {
          found.booking = booking;
          showFound(booking);
          say(t('moved'));
        }).catch(failed);
      });
      resized();
    }).catch(failed);
  }

  $('find').addEventListener('submit', find);
  $('move').addEventListener('click', offerMove);
  $('cancel').addEventListener('click', cancel);
})(window.citaBook);
