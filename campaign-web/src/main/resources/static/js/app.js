// Progressive enhancements; every page also works without JavaScript.
document.addEventListener('submit', function (event) {
  // A second click on a submit button while the first request is under way sends nothing.
  var form = event.target;
  if (form.dataset.submitted === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitted = 'true';
  form.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = true; });
});

document.addEventListener('click', function (event) {
  // "Mark all present" on the attendance sheet without a round trip.
  var button = event.target.closest('[data-mark-all]');
  if (!button) {
    return;
  }
  event.preventDefault();
  document.querySelectorAll('input[type=radio][value=' + button.dataset.markAll + ']').forEach(function (radio) {
    radio.checked = true;
  });
});

// Commune picker (fragments/communePicker.html): the field keeps its own name for the form, but the
// suggestions endpoint is asked with ?q=; choosing a suggestion puts its code into the field.
document.addEventListener('htmx:configRequest', function (event) {
  var input = event.detail.elt;
  if (input.matches && input.matches('[data-picker-input]')) {
    var typed = input.value;
    delete event.detail.parameters[input.name];
    event.detail.parameters.q = typed;
  }
});

document.addEventListener('input', function (event) {
  if (event.target.matches && event.target.matches('[data-picker-input]')) {
    // what is typed now is no longer the commune chosen before
    var picker = event.target.closest('[data-commune-picker]');
    picker.querySelector('[data-picker-chosen]').textContent = '';
  }
});

document.addEventListener('click', function (event) {
  var option = event.target.closest('[data-commune-code]');
  var picker = option && option.closest('[data-commune-picker]');
  if (!picker) {
    return;
  }
  var input = picker.querySelector('[data-picker-input]');
  input.value = option.dataset.communeCode;
  input.classList.remove('is-invalid');
  picker.querySelector('[data-picker-chosen]').textContent = option.dataset.communeChosen;
  picker.querySelector('[data-picker-suggestions]').innerHTML = '';
  input.focus();
});

// A change saved by htmx that the server refuses (a form older than its session, a mark that no
// longer exists) shows the server's own error page, as a refused form post would, instead of leaving
// the new choice on screen as if it had been saved.
document.addEventListener('htmx:responseError', function (event) {
  var answer = new DOMParser().parseFromString(event.detail.xhr.responseText, 'text/html');
  if (answer.querySelector('#error-title')) {
    document.title = answer.title;
    document.body.replaceWith(document.adoptNode(answer.body));
  }
});
