/* The booking page's sentences, day and month names, in Spanish and English (book.js reads them as
   window.citaBookTexts). The names are ICU's (es-ES, en-GB): the page writes dates with them rather than Intl. */
(function () {
  'use strict';
  window.citaBookTexts = {
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
      cancelled: 'Reserva cancelada.', move: 'Cambiar la hora', moved: 'Reserva cambiada.',
      notFound: 'No encontramos esa reserva con ese teléfono o correo.',
      needPhoneOrEmail: 'Escribe un teléfono o un correo.',
      badPhone: 'Escribe el teléfono con su prefijo: +34600111222.', badEmail: 'Ese correo no parece válido.',
      needName: 'Escribe tu nombre.', failed: 'Algo falló. Inténtalo de nuevo.',
      yourZone: 'Horas en tu zona horaria ({visitor}). El negocio está en {business}.', minutes: 'min',
      chatZone: 'En el chat, las horas son las del negocio ({business}).',
      status: {CONFIRMED: 'confirmada', PENDING: 'pendiente', CANCELLED: 'cancelada', COMPLETED: 'completada',
        NO_SHOW: 'no asistió'},
      weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
      weekdaysShort: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
      months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
        'noviembre', 'diciembre'],
      monthsShort: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
      shortDay: '{weekday}, {day} {month}', longDay: '{weekday}, {day} de {month}', dayAndTime: '{day}, {time}'
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
      cancelled: 'Booking cancelled.', move: 'Change the time', moved: 'Booking moved.',
      notFound: 'We found no such booking with that phone or e-mail.',
      needPhoneOrEmail: 'Enter a phone or an e-mail.',
      badPhone: 'Enter the phone with its country code: +34600111222.', badEmail: 'That e-mail does not look valid.',
      needName: 'Enter your first name.', failed: 'Something failed. Try again.',
      yourZone: 'Times in your time zone ({visitor}). The business is in {business}.', minutes: 'min',
      chatZone: 'In the chat, times are the business\'s ({business}).',
      status: {CONFIRMED: 'confirmed', PENDING: 'pending', CANCELLED: 'cancelled', COMPLETED: 'completed',
        NO_SHOW: 'no-show'},
      weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
        'November', 'December'],
      monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
      shortDay: '{weekday} {day} {month}', longDay: '{weekday} {day} {month}', dayAndTime: '{day} at {time}'
    }
  };
})();
