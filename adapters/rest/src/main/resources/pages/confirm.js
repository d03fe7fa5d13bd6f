// Confirms the sign-up whose token is in this page's address, when the person presses the button.
(function () {
  'use strict';
  var page = window.citaAccount;
  var form = document.getElementById('confirm');
  var token = page.token(form, 'Falta el enlace de confirmación. · The confirmation link is missing.');
  if (!token) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    page.post('/v1/signup/confirm', { token: token }, function (tenant) {
      form.hidden = true;
      page.show('¡Listo! ' + tenant.name + ' ya está en Cita; entra con tu correo y contraseña. · Done! '
        + tenant.name + ' is on Cita; sign in with your e-mail and password.', false);
    });
  });
}());
