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
