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
