/* The booking page's web chat: the business's WhatsApp booking conversation, with its options as buttons. */
(function (page) {
  'use strict';
  var $ = page.$;
  var el = page.el;
  var t = page.t;
  var call = page.call;
  var failed = page.failed;
  var resized = page.resized;
  var normalPhone = page.normalPhone;
  var state = page.state;
  var boot = page.boot;

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
    if (!name || !page.validPhone(phone)) {
      $('chat-error').textContent = name ? t('badPhone') : t('needName');
      return;
    }
    $('chat-error').textContent = '';
    chat.name = name;
    chat.phone = phone;
    $('chat-start').hidden = true;
    // the chat writes times in the business's zone, as on WhatsApp: said when the visitor is elsewhere
    $('chat-zone').hidden = page.zone() === boot.timezone;
    $('chat-log').hidden = false;
    $('chat-send').hidden = false;
    send(state.lang === 'es' ? 'hola' : 'hello', null, null);
  }

  function send(text, replyId, shown) {
    if (shown) { addLine(shown, true, []); }
    var body = {name: chat.name, phone: chat.phone, text: text || undefined, replyId: replyId || undefined,
      conversationId: chat.id || undefined, language: state.lang};
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

  $('chat-start').addEventListener('submit', startChat);
  $('chat-send').addEventListener('submit', sendTyped);
})(window.citaBook);
