// What the account pages share: the token of the link that opened the page, the outcome line, and a JSON post
// whose answer (or problem) is handed on.
window.citaAccount = (function () {
  'use strict';
  var outcome = document.getElementById('outcome');

  function show(text, failed) {
    outcome.textContent = text;
    outcome.className = failed ? 'error' : '';
  }

  function token(form, missing) {
    var value = new URLSearchParams(window.location.search).get('token');
    if (!value) {
      form.hidden = true;
      show(missing, true);
    }
    return value;
  }

  function post(path, body, done) {
    fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok) {
          done(answer);
        } else {
          show(answer.errors && answer.errors.length ? answer.errors[0].field + ': ' + answer.errors[0].message
            : answer.detail || ('HTTP ' + response.status), true);
        }
      });
    }).catch(function () {
      show('No se pudo conectar; inténtalo de nuevo. · Could not connect; try again.', true);
    });
  }

  return { show: show, token: token, post: post };
}());
