/* Podium: the little script the pages need. Loaded from the site itself (the Content-Security-Policy allows no inline script). */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    // data-confirm-if names a checkbox: ask only when it is ticked and was not before (a change that needs a warning)
    var when = button && button.getAttribute('data-confirm-if');
    var box = when && document.getElementById(when);
    if (box && !(box.checked && !box.defaultChecked)) {
        return;
    }
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
        // numbers in the page's language, not the browser's ("0 de 5.000 caracteres"; grouped from 1,000 on, as the
        // server writes them)
        var lang = document.documentElement.lang || undefined;
        var number = function (n) {
            return Number(n).toLocaleString(lang, {useGrouping: 'always'});
        };
        var update = function () {
            var n = Array.from(field.value).length;
            counter.textContent = text.replace('{0}', number(n)).replace('{1}', number(max));
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

/* The moderation queue from the keyboard (the shortcuts are listed on the page): j/k move between rows, o opens,
   p publishes, r keeps for the record, e rejects (choose the reason, Enter), h opens the redaction, x selects,
   Shift+A selects every row, Shift+P/R/E decide the selection, z undoes the last decision; 1/2/3 label the stance,
   Shift+1 … Shift+9 put the row's topic of that number on its comment or take it off. The row in focus is
   remembered across the page's reload after a decision. Keys typed into a field are left alone. */
(function () {
    var KEY = 'podium.queue.row';
    function rows() {
        return Array.from(document.querySelectorAll('table[data-keys=queue] tbody tr[data-t]'));
    }
    /* The row the keys act on: the one holding the focus, else the one marked as selected (the first, on load), so
       that p publishes the highlighted comment without a j first. */
    function current() {
        var r = document.activeElement && document.activeElement.closest
            ? document.activeElement.closest('tr[data-t]') : null;
        return r || document.querySelector('table[data-keys=queue] tr[data-t].current');
    }
    function focusRow(index) {
        var all = rows();
        if (all.length === 0) {
            return;
        }
        var r = all[Math.max(0, Math.min(all.length - 1, index))];
        r.focus();
        r.scrollIntoView({block: 'nearest'});
    }
    function remember(row) {
        try {
            sessionStorage.setItem(KEY, String(rows().indexOf(row)));
        } catch (e) { /* private mode: the focus starts at the top */ }
    }
    function click(row, selector) {
        var b = row && row.querySelector(selector);
        if (b) {
            remember(row);
            b.click();
        }
    }
    function bulk(decision) {
        var select = document.getElementById('bulkDecision');
        if (!select) {
            return;
        }
        select.value = decision;
        if (decision === 'REJECT') {
            document.getElementById('bulkReason').focus();
            return;
        }
        document.querySelector('#bulk input[type=submit], #bulk button[type=submit]').click();
    }
    /* On a wide screen the selected row's reading and decisions show in a pane on the right (see podium.css); the
       selected row is the one last focused, else the first. */
    var WIDE = window.matchMedia ? window.matchMedia('(min-width: 64rem)') : null;
    function panes() {
        document.documentElement.classList.toggle('panes', !!(WIDE && WIDE.matches) && rows().length > 0);
    }
    function mark(row) {
        rows().forEach(function (r) {
            r.classList.toggle('current', r === row);
        });
    }
    document.addEventListener('focusin', function (event) {
        var r = event.target.closest ? event.target.closest('table[data-keys=queue] tr[data-t]') : null;
        if (r) {
            mark(r);
        }
    });
    document.addEventListener('click', function (event) {
        var r = event.target.closest ? event.target.closest('table[data-keys=queue] tr[data-t]') : null;
        if (r && !event.target.closest('a, input, button, select, label, textarea')) {
            r.focus();
        }
    });
    document.addEventListener('change', function (event) {
        // choosing a meeting shows the queue of that meeting, and with it the filter of its items
        if (event.target.id === 'meeting' && event.target.closest('form#filters')) {
            var items = document.getElementById('item');
            if (items) {
                items.value = '';
            }
            event.target.form.submit();
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        if (WIDE && WIDE.addEventListener) {
            WIDE.addEventListener('change', panes);
        }
        afterLoad();
    });
    /* After the page loads or the queue is replaced in place: the pane, the selected row, the focus. */
    function afterLoad(then) {
        panes();
        if (rows().length === 0) {
            // the view is empty now: the focus goes to what says so, not to the top of the page
            var total = document.getElementById('queueTotal');
            if (then && total) {
                total.setAttribute('tabindex', '-1');
                total.focus();
            }
            return;
        }
        mark(rows()[0]);
        var saved = null;
        try {
            saved = sessionStorage.getItem(KEY);
            sessionStorage.removeItem(KEY);
        } catch (e) { /* ignore */ }
        var back = then && then.ts ? rows().findIndex(function (r) {
            return then.ts.indexOf(r.getAttribute('data-t')) >= 0;
        }) : -1;
        if (back >= 0) {
            focusRow(back);
        } else if (saved !== null) {
            focusRow(Number(saved));
        } else if (then) {
            focusRow(then.index);
        }
    }
    /* Where the focus goes once a form's answer is in: the comments an undo brought back, else the row where the
       decided one (or the first of a selection) was, which is now the next comment. */
    function focusAfter(form) {
        if (form.id === 'undoLast') {
            return {ts: Array.from(form.querySelectorAll('input[name=undo]')).map(function (i) {
                return i.value;
            }), index: 0};
        }
        var all = rows();
        if (form.id === 'bulk') {
            var first = all.findIndex(function (r) {
                var box = r.querySelector('input.select');
                return box && box.checked;
            });
            return {index: Math.max(0, first)};
        }
        var row = form.closest('tr[data-t]') || current();
        return {index: Math.max(0, all.indexOf(row))};
    }
    /* Decisions without a page load: a form of the queue (a row's decision, labels or topics, the selection, undo)
       is posted in the background and the page's answer replaces the queue, the messages and the undo button in
       place; the focus goes back to the row it was on. Anything unexpected falls back to an ordinary post. */
    var SWAPPED = ['pageMessages', 'undoArea', 'queueSection'];
    function ordinaryPost(form, submitter) {
        if (submitter && submitter.name) {
            var hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = submitter.name;
            hidden.value = submitter.value;
            form.appendChild(hidden);
        }
        HTMLFormElement.prototype.submit.call(form);
    }
    function swap(html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        if (!next.getElementById('queueSection') && !next.getElementById('undoArea')) {
            return false;
        }
        SWAPPED.forEach(function (id) {
            var now = document.getElementById(id);
            var then = next.getElementById(id);
            if (now && then && id === 'pageMessages') {
                now.innerHTML = then.innerHTML; // the same live region, so that a screen reader reads what it says
            } else if (now && then) {
                now.replaceWith(document.importNode(then, true));
            }
        });
        // every form of the page goes on with the view state of the answer
        var state = next.querySelector('input[name="jakarta.faces.ViewState"]');
        if (state) {
            document.querySelectorAll('input[name="jakarta.faces.ViewState"]').forEach(function (i) {
                i.value = state.value;
            });
        }
        return true;
    }
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!window.fetch || !window.DOMParser || !form.closest('#queueSection, #undoArea')
            || form.method.toLowerCase() !== 'post') {
            return;
        }
        event.preventDefault();
        var submitter = event.submitter;
        var data = new URLSearchParams(new FormData(form));
        if (submitter && submitter.name) {
            data.append(submitter.name, submitter.value);
        }
        var then = focusAfter(form);
        document.documentElement.setAttribute('aria-busy', 'true');
        fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin', redirect: 'follow',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'}})
            .then(function (r) {
                if (!r.ok || r.redirected) {
                    throw new Error('not the queue');
                }
                return r.text();
            })
            .then(function (html) {
                if (!swap(html)) {
                    throw new Error('not the queue');
                }
                document.documentElement.removeAttribute('aria-busy');
                try {
                    sessionStorage.removeItem(KEY);
                } catch (e) { /* ignore */ }
                afterLoad(then);
                window.podiumOldPage = false; // for the browser tests: the page has its answer
            })
            .catch(function () {
                document.documentElement.removeAttribute('aria-busy');
                ordinaryPost(form, submitter);
            });
    });
    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (target.matches && target.matches('select.reason') && event.key === 'Escape') {
            // Escape leaves the reason without rejecting: back to the row, where j and k work again
            event.preventDefault();
            var back = target.closest('tr[data-t]');
            if (back) {
                back.focus();
            }
            return;
        }
        if (target.matches && target.matches('select.reason') && event.key === 'Enter') {
            event.preventDefault();
            click(target.closest('tr[data-t]'), 'input.reject, button.reject');
            return;
        }
        if (target.id === 'bulkReason' && event.key === 'Enter') {
            event.preventDefault();
            document.querySelector('#bulk input[type=submit], #bulk button[type=submit]').click();
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey || !document.querySelector('table[data-keys=queue], #undoLast')) {
            return;
        }
        if (target.matches && target.matches('input:not([type=checkbox]):not([type=submit]), select, textarea')) {
            return;
        }
        var row = current();
        var held = document.activeElement && document.activeElement.closest
            ? document.activeElement.closest('tr[data-t]') : null;
        // j and k start from the highlighted row itself while no row holds the focus (just after the page loads)
        var index = held ? rows().indexOf(held) : (row ? rows().indexOf(row) - 1 : -1);
        if (rows().length === 0 && event.key !== 'z') {
            return;
        }
        // Shift+1 … Shift+9 (by the key, whatever character the layout gives it): the row's topic of that number
        var digit = /^Digit([1-9])$/.exec(event.code || '');
        if (event.shiftKey && digit) {
            click(row, 'fieldset.topics [data-topic="' + digit[1] + '"]');
            event.preventDefault();
            return;
        }
        switch (event.key) {
            case 'j':
            case 'ArrowDown':
                focusRow(index + 1);
                break;
            case 'k':
            case 'ArrowUp':
                focusRow(held ? index - 1 : index + 1);
                break;
            case 'o':
            case 'Enter':
                if (!row || (target !== row && event.key === 'Enter')) {
                    return;
                }
                row.querySelector('a.open').click();
                break;
            case 'h':
                if (!row) {
                    return;
                }
                window.location.href = row.querySelector('a.open').href + '#redactHeading';
                break;
            case 'p':
                click(row, 'input.publish, button.publish');
                break;
            case 'r':
                click(row, 'input.record, button.record');
                break;
            case 'e':
                if (row) {
                    row.querySelector('select.reason').focus();
                }
                break;
            case 'x':
                if (row) {
                    var box = row.querySelector('input.select');
                    box.checked = !box.checked;
                }
                break;
            case 'A':
                rows().forEach(function (r) {
                    r.querySelector('input.select').checked = true;
                });
                break;
            case 'P':
                bulk('PUBLISH');
                break;
            case 'R':
                bulk('RECORD_ONLY');
                break;
            case 'E':
                bulk('REJECT');
                break;
            case '1':
                click(row, 'input.label-support, button.label-support');
                break;
            case '2':
                click(row, 'input.label-oppose, button.label-oppose');
                break;
            case '3':
                click(row, 'input.label-neutral, button.label-neutral');
                break;
            case 'z':
                var undo = document.querySelector('#undoLast input[type=submit]');
                if (undo) {
                    undo.click();
                }
                break;
            default:
                return;
        }
        event.preventDefault();
    });
})();

/* The live display (display.xhtml): reads the meeting's state when the push channel says it changed, and counts the
   speaker's time down locally every quarter of a second — amber at 30 seconds, red at zero, "Paused" and "Time is up"
   in words. A lost connection is
   retried, and the state read again on reconnect. */
(function () {
    var root, state, offset = 0;
    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }
    function clock(ms) {
        var s = Math.ceil(Math.abs(ms) / 1000);
        return (ms < 0 ? '−' : '') + Math.floor(s / 60) + ':' + pad(s % 60);
    }
    function remaining() {
        if (!state || !state.current) {
            return null;
        }
        var elapsed = state.elapsedMs + (state.running ? (Date.now() + offset - state.at) : 0);
        return state.allottedMs - elapsed;
    }
    function tick() {
        var timer = document.getElementById('liveTimer');
        var left = remaining();
        timer.textContent = left === null ? '' : clock(left);
        timer.classList.toggle('red', left !== null && left <= 0);
        timer.classList.toggle('amber', left !== null && left > 0 && left <= 30000);
        // said in words as well as by the clock: a frozen clock looks broken, and a screen reader hears no colour
        var said = document.getElementById('liveTimerState');
        if (said) {
            var words = left === null ? '' : !state.running ? root.getAttribute('data-paused')
                : left <= 0 ? root.getAttribute('data-time-up') : '';
            if (said.textContent !== words) {
                said.textContent = words;
            }
        }
    }
    function name(s) {
        return s.name ? s.name : root.getAttribute('data-speaker-label') + ' ' + s.number;
    }
    function shown(id, visible) {
        var e = document.getElementById(id);
        if (e) {
            e.hidden = !visible;
        }
    }
    function render() {
        // once the meeting has adjourned (or was cancelled) the display says so, instead of an empty line
        var ended = state.meetingStatus === 'ADJOURNED' || state.meetingStatus === 'CANCELLED'
            ? root.getAttribute('data-ended-' + state.meetingStatus.toLowerCase()) : null;
        document.getElementById('liveItem').textContent = state.item && !ended ? state.item.number + ' ' + state.item.title : '';
        // at rest the display says why no one speaks: not started yet, between two speakers, or no one left
        // (a meeting still "scheduled" whose clerk has begun an item has started, whatever its status says)
        var rest = state.meetingStatus === 'SCHEDULED' && !state.item ? root.getAttribute('data-not-started')
            : state.next.length > 0 ? root.getAttribute('data-between') : root.getAttribute('data-nobody');
        document.getElementById('liveSpeaker').textContent = ended ? ended : state.current ? name(state.current)
            : rest;
        shown('liveNowLabel', !ended && !!state.current);
        shown('liveNextLabel', !ended && state.next.length > 0);
        var next = document.getElementById('liveNext');
        next.textContent = '';
        state.next.forEach(function (s) {
            var li = document.createElement('li');
            li.textContent = name(s);
            next.appendChild(li);
        });
        // == null: a field the server leaves out (no total time under the council's rules) is undefined, not null
        document.getElementById('liveTotal').textContent = state.totalLeftSeconds == null ? ''
            : root.getAttribute('data-left-label') + ' ' + clock(state.totalLeftSeconds * 1000);
        root.setAttribute('data-version', String(Number(root.getAttribute('data-version') || '0') + 1));
        tick();
    }
    function load() {
        fetch(root.getAttribute('data-state-url'), {headers: {'Accept': 'application/json'}, cache: 'no-store'})
            .then(function (r) {
                return r.json();
            })
            .then(function (s) {
                offset = s.at - Date.now();
                state = s;
                render();
            });
    }
    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + root.getAttribute('data-socket-path'));
        socket.onmessage = load;
        socket.onopen = function () {
            document.getElementById('liveConnection').textContent = '';
            load();
        };
        socket.onclose = function () {
            setTimeout(connect, 2000);
        };
    }
    document.addEventListener('DOMContentLoaded', function () {
        root = document.querySelector('[data-live]');
        if (!root) {
            return;
        }
        connect();
        setInterval(tick, 250);
    });
})();

/* The clerk's console: a key outside a text field presses the button that names it (data-key): n calls the next
   speaker, s marks a no-show, p pauses or resumes, + adds 30 seconds. */
document.addEventListener('keydown', function (event) {
    var t = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey
        || (t.matches && t.matches('input:not([type=submit]):not([type=radio]), select, textarea'))) {
        return;
    }
    var button = document.querySelector('.console [data-key="' + (event.key === '=' ? '+' : event.key) + '"]');
    if (button) {
        event.preventDefault();
        button.click();
    }
});

/* A council member's summary of an item (council/summary.xhtml) or of a meeting (council/meeting.xhtml): when the
   push channel says an item's comments changed, the figures are rendered again (refreshSummary is the page's remote
   command). No polling, no reload. */
(function () {
    function connect(path) {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + path);
        socket.onmessage = function () {
            if (typeof window.refreshSummary === 'function') {
                window.refreshSummary();
            }
        };
        socket.onclose = function () {
            setTimeout(function () {
                connect(path);
            }, 2000);
        };
    }
    document.addEventListener('DOMContentLoaded', function () {
        var root = document.querySelector('[data-summary-socket]');
        if (root) {
            // one channel per item: an item's page has one, a meeting's page one for each of its items
            root.getAttribute('data-summary-socket').split(' ').filter(Boolean).forEach(connect);
        }
    });
})();

/* An item's page answered to a post (a preview, a refused form) has the address /item.xhtml without the item: the
   address bar gets the item's own address, for a reload or a bookmark. */
document.addEventListener('DOMContentLoaded', function () {
    var item = document.getElementById('itemAddress');
    if (item && window.history && history.replaceState && !/[?&]id=/.test(window.location.search)) {
        history.replaceState(history.state, '', item.getAttribute('data-address'));
    }
});

/* A refused form: the summary of its problems, at the top, takes the focus (a screen reader reads it; a phone shows it). */
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('formErrors');
    if (summary) {
        summary.focus();
        return;
    }
    // the preview of a comment, further down the item's page than the form was: the resident sees it at once
    var preview = document.getElementById('previewLead');
    if (preview) {
        preview.focus();
        return;
    }
    // a receipt just given (a comment filed, a sign-up made): the focus starts on what it says
    var lead = document.getElementById('receiptLead') || document.getElementById('speakerLead');
    if (lead) {
        lead.setAttribute('tabindex', '-1');
        lead.focus();
    }
});

/* Date-time fields: "Now" writes the present time of the council's zone; "Calendar" opens the browser's own picker
   and writes what was chosen. The field itself reads any reasonable format, so both are conveniences. */
(function () {
    function field(button) {
        return button.closest('.datetime').querySelector('input[type=text]');
    }
    function present(zone) {
        // Swedish writes dates as 2026-12-04 16:47, which is the form's own pattern
        return new Intl.DateTimeFormat('sv-SE', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', hour12: false}).format(new Date());
    }
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.datetime button[hidden]').forEach(function (b) {
            var picker = b.parentNode.querySelector('.datetime-picker');
            if (b.classList.contains('datetime-pick') && !(picker && typeof picker.showPicker === 'function')) {
                return;
            }
            b.hidden = false;
        });
    });
    document.addEventListener('click', function (event) {
        var now = event.target.closest('[data-datetime-now]');
        if (now) {
            var input = field(now);
            input.value = present(input.getAttribute('data-zone') || undefined);
            input.dispatchEvent(new Event('change', {bubbles: true}));
            input.focus();
            return;
        }
        var pick = event.target.closest('[data-datetime-pick]');
        if (pick) {
            var text = field(pick);
            var picker = pick.parentNode.querySelector('.datetime-picker');
            var typed = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(text.value.trim());
            picker.value = typed ? typed[1] + 'T' + typed[2] : present(text.getAttribute('data-zone') || undefined).replace(' ', 'T');
            picker.onchange = function () {
                if (picker.value) {
                    text.value = picker.value.replace('T', ' ');
                    text.focus();
                }
            };
            try {
                picker.showPicker();
            } catch (e) {
                text.focus();
            }
        }
    });
})();

/* Enter in a field with data-enter-submits="rename" presses the button of its own field (the id ending ":rename"), not
   the form's first button: on the clerk's key points page every point's edits share one form. */
document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || !field.matches || !field.matches('input[data-enter-submits]')) {
        return;
    }
    var own = field.closest('.field');
    var button = own && own.querySelector('[id$=":' + field.getAttribute('data-enter-submits') + '"]');
    if (button) {
        event.preventDefault();
        button.click();
    }
});

/*
 * Whether someone is editing in the form of this element: a field of it has the focus, holds what was typed, or a
 * point's edits are open. A page that refreshes itself while it waits (the key points while their comments are matched
 * again) skips a refresh then, so that nothing typed is lost and nothing moves under the keyboard.
 */
window.podiumEditing = function (form) {
    if (!form) {
        return false;
    }
    var active = document.activeElement;
    if (active && active !== document.body && form.contains(active) && active.matches('input, textarea, select')) {
        return true;
    }
    if (form.querySelector('details[open]')) {
        return true;
    }
    return Array.prototype.some.call(form.querySelectorAll('input[type=text], textarea'), function (f) {
        return f.value !== f.defaultValue;
    });
};
