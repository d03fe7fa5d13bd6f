/* A booking as an iCalendar event, for the booking page's "add to calendar" (window.citaIcs). */
(function () {
  'use strict';
  function icsTime(iso) { return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''); }
  function icsText(text) { return String(text).replace(/[\\;,]/g, function (c) { return '\\' + c; }); }

  window.citaIcs = function (booking, summary, description) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cita//Booking page//EN', 'BEGIN:VEVENT',
      'UID:' + booking.id + '@cita', 'DTSTAMP:' + icsTime(new Date().toISOString()),
      'DTSTART:' + icsTime(booking.start), 'DTEND:' + icsTime(booking.end), 'SUMMARY:' + icsText(summary),
      'DESCRIPTION:' + icsText(description), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  };
})();
