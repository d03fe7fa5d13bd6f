// Accepts the invitation whose token is in this page's address, with what the person typed.
(function () {
  'use strict';
  var form = document.getElementById('accept');
  var outcome = document.getElementById('outcome');
  var token = new URLSearchParams(window.location.search).get('token');

  function show(text, failed) {
    outcome.textContent = text;
    outcome.className = failed ? 'error' : '';
  }

  if (!token) {
    form.hidden = true;
    show('Falta el enlace de la invitación. · The invitation link is missing.', true);
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { token: token, password: form.password.value };
    if (form.firstName.value.trim()) { body.firstName = form.firstName.value.trim(); }
    if (form.lastName.value.trim()) { body.lastName = form.lastName.value.trim(); }
    fetch('/v1/invitations/accept', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok) {
          form.hidden = true;
          show('¡Listo! Ya formas parte del equipo; entra con tu correo. · Done! You joined the team; sign in with '
            + 'your e-mail.', false);
        } else {
          var detail = answer.errors && answer.errors.length ? answer.errors[0].field + ': ' + answer.errors[0].message
            : answer.detail || ('HTTP ' + response.status);
          show(detail, true);
        }
      });
    }).catch(function () {
      show('No se pudo conectar; inténtalo de nuevo. · Could not connect; try again.', true);
    });
  });
}());
