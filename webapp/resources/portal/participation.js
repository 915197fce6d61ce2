/*
 * The public forms' script (the participation kit). For each form[data-form]: fetches a token
 * for the form and answers its challenge in a worker (challenge-worker.js) while the resident
 * types; a form sent before that is done waits for it and then goes, the button is never
 * disabled. For each [data-verify-contact]: sends the verification code and checks it, and
 * keeps the proof in the form's hidden field. Texts come from #participation-texts, in the
 * page's language; every status is announced (role=status).
 */
(function () {
    'use strict';
    var texts = document.getElementById('participation-texts');
    if (!texts || !window.fetch || !window.Worker) {
        return; // the server then says what is missing, and keeps what was typed
    }

    function text(name, args) {
        var value = texts.getAttribute('data-' + name) || '';
        (args || []).forEach(function (arg, i) { value = value.replace('{' + i + '}', arg); });
        return value;
    }

    function api(path) {
        return texts.getAttribute('data-api') + path;
    }

    function solve(token, bits) {
        if (bits <= 0) {
            return Promise.resolve('0');
        }
        return new Promise(function (resolve, reject) {
            var worker = new Worker(texts.getAttribute('data-worker'));
            worker.onmessage = function (message) { worker.terminate(); resolve(message.data); };
            worker.onerror = function (error) { worker.terminate(); reject(error); };
            worker.postMessage({ token: token, bits: bits });
        });
    }

    /*
     * One visitor cookie per browser. On a first visit each token request would make one, and a
     * form holding a token of the cookie the browser did not keep is refused: the first request
     * asks alone, and the others (and goodpeople.js's like counts) wait for its answer, which
     * brought the cookie.
     */
    var first = null;

    /** A token for the form, with its challenge answered: {token, answer}. */
    function pass(form) {
        var ask = function () {
            return fetch(api('/participation/form?name=' + encodeURIComponent(form)), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : Promise.reject(response); });
        };
        var issued = first ? first.then(ask, ask) : (first = ask());
        window.portalVisitorKnown = first.then(function () {}, function () {});
        return issued.then(function (token) {
            return solve(token.token, token.bits).then(function (answer) { return { token: token.token, answer: answer }; });
        });
    }

    function post(path, fields) {
        return fetch(api(path), {
            method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body: new URLSearchParams(fields).toString()
        }).then(function (response) {
            return response.json().then(function (body) {
                return { ok: response.ok, body: body, retryAfter: Number(response.headers.get('Retry-After') || 0) };
            });
        });
    }

    function field(root, role) {
        return root.querySelector('[data-role="' + role + '"]');
    }

    document.querySelectorAll('form[data-form]').forEach(function (form) {
        var status = field(form, 'form-status');
        var ready = pass(form.getAttribute('data-form')).then(function (p) {
            field(form, 'token').value = p.token;
            field(form, 'answer').value = p.answer;
        });
        var waiting = false;
        form.addEventListener('submit', function (event) {
            if (field(form, 'answer').value) {
                return;
            }
            event.preventDefault();
            if (waiting) {
                return;
            }
            waiting = true;
            var submitter = event.submitter;
            status.textContent = text('checking');
            ready.then(function () {
                status.textContent = '';
                waiting = false;
                if (submitter && form.requestSubmit) {
                    form.requestSubmit(submitter);
                } else {
                    form.submit();
                }
            }, function () {
                waiting = false;
                status.textContent = text('failed');
            });
        });
        form.querySelectorAll('textarea[data-count]').forEach(function (area) {
            var count = document.getElementById(area.getAttribute('data-count'));
            var show = function () { count.textContent = text('count', [Array.from(area.value.trim()).length]); };
            area.addEventListener('input', show);
            show();
        });
    });

    document.querySelectorAll('[data-verify-contact]').forEach(function (box) {
        var contact = field(box, 'contact'), code = field(box, 'code'), status = field(box, 'status');
        var proof = field(box, 'contact-proof'), send = field(box, 'send-code'), verify = field(box, 'verify-code');
        var label = send.textContent;

        function wait(seconds) {
            send.setAttribute('aria-disabled', 'true');
            var left = seconds;
            var tick = function () {
                if (left <= 0) {
                    send.textContent = label;
                    send.removeAttribute('aria-disabled');
                    return;
                }
                send.textContent = label + ' (' + text('resend-in', [left]) + ')';
                left -= 1;
                setTimeout(tick, 1000);
            };
            tick();
        }

        send.addEventListener('click', function () {
            if (send.getAttribute('aria-disabled') === 'true') {
                status.textContent = send.textContent;
                return;
            }
            status.textContent = text('sending');
            pass('contact-code').then(function (p) {
                return post('/participation/contact-codes', { contact: contact.value, token: p.token, answer: p.answer });
            }).then(function (answer) {
                if (answer.ok) {
                    status.textContent = text('sent', [answer.body.to, answer.body.validMinutes]);
                    wait(answer.body.resendAfterSeconds);
                    code.focus();
                } else {
                    status.textContent = answer.body.message;
                    if (answer.retryAfter) {
                        wait(answer.retryAfter);
                    }
                }
            }, function () { status.textContent = text('failed'); });
        });

        verify.addEventListener('click', function () {
            if (!/^\s*[0-9０-９]{6}\s*$/.test(code.value)) {
                status.textContent = text('need-code');
                code.focus();
                return;
            }
            post('/participation/contact-codes/verify', { contact: contact.value, code: code.value }).then(function (answer) {
                if (answer.ok) {
                    proof.value = answer.body.proof;
                    status.textContent = text('verified', [answer.body.contact]);
                } else {
                    status.textContent = answer.body.message;
                }
            }, function () { status.textContent = text('failed'); });
        });

        // Enter in these fields does what their button does, rather than send the whole form.
        [[contact, send], [code, verify]].forEach(function (pair) {
            pair[0].addEventListener('keydown', function (event) {
                if (event.key === 'Enter') {
                    event.preventDefault();
                    pair[1].click();
                }
            });
        });
        // Another contact must be verified again.
        contact.addEventListener('input', function () { proof.value = ''; });
        if (proof.value) {
            status.textContent = text('verified', [contact.value]);
        }
    });
})();

/*
 * A public form the server sent back refused: each field with an error is marked invalid and
 * the first of them (or, without one, the form's own message) takes the focus, so a keyboard
 * or screen-reader user starts where the trouble is. Needs nothing but the page.
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-form]');
    if (!form) {
        return;
    }
    var first = null;
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (error) {
        if (!error.id || !error.textContent.trim()) {
            return;
        }
        var control = form.querySelector('[aria-describedby~="' + error.id + '"]');
        if (!control) {
            var field = error.closest('.field');
            control = field && field.querySelector('input:not([type="hidden"]), select, textarea');
        }
        if (control) {
            control.setAttribute('aria-invalid', 'true');
            first = first || control;
        }
    });
    var messages = form.querySelector('.form-messages');
    if (!first && messages && messages.textContent.trim()) {
        messages.setAttribute('tabindex', '-1');
        first = messages;
    }
    if (first) {
        first.focus();
    }
})();
