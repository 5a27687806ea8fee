/* Podium: the little script the pages need. Loaded from the site itself (the Content-Security-Policy allows no inline script). */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});

/* Live character counters: <p data-counter-for="form:field" data-max="5000" data-counter-text="{0} of {1} characters"> */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-counter-for]').forEach(function (counter) {
        var field = document.getElementById(counter.getAttribute('data-counter-for'));
        if (!field) {
            return;
        }
        var max = counter.getAttribute('data-max');
        var text = counter.getAttribute('data-counter-text');
        var update = function () {
            var n = Array.from(field.value).length;
            counter.textContent = text.replace('{0}', n.toLocaleString()).replace('{1}', Number(max).toLocaleString());
        };
        field.addEventListener('input', update);
        update();
    });
});

/* File limits, checked before anything is sent (the server checks again):
   <input type="file" data-max-files="3" data-max-bytes="10485760" data-too-many="…" data-too-big="…"
   data-message-for="id of the message region">. A file over the limit is taken off the field and the reason is said. */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var region = document.getElementById(input.getAttribute('data-message-for'));
    var problems = [];
    var files = Array.from(input.files || []);
    if (files.length > Number(input.getAttribute('data-max-files'))) {
        problems.push(input.getAttribute('data-too-many'));
    }
    files.forEach(function (f) {
        if (f.size > Number(input.getAttribute('data-max-bytes'))) {
            problems.push(input.getAttribute('data-too-big') + ' ' + f.name);
        }
    });
    if (region) {
        region.textContent = problems.join(' ');
    }
    if (problems.length > 0) {
        input.value = '';
        input.setAttribute('aria-invalid', 'true');
    } else {
        input.removeAttribute('aria-invalid');
    }
});
