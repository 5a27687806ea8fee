/* Podium: the little script the pages need. Loaded from the site itself (the Content-Security-Policy allows no inline script). */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
