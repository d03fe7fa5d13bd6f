// Accepts the invitation whose token is in this page's address, with what the person typed.
(function () {
  'use strict';
  var page = window.citaAccount;
  var form = document.getElementById('accept');
  var token = page.token(form, 'Falta el enlace de la invitación. · The invitation link is missing.');
  if (!token) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { token: token, password: form.password.value };
    if (form.firstName.value.trim()) { body.firstName = form.firstName.value.trim(); }
    if (form.lastName.value.trim()) { body.lastName = form.lastName.value.trim(); }
    page.post('/v1/invitations/accept', body, function () {
      form.hidden = true;
      page.show('¡Listo! Ya formas parte del equipo; entra con tu correo. · Done! You joined the team; sign in with '
        + 'your e-mail.', false);
    });
  });
}());
