/*
 * 身边好人 pages are cached whole: the like counts on them are fetched live, and a like is
 * sent from here and shown only once the portal has counted it (one a day per entry).
 */
document.addEventListener('DOMContentLoaded', function () {
    var counters = document.querySelectorAll('[data-likes-of]');
    var ids = Array.prototype.map.call(counters, function (c) { return c.dataset.likesOf; });
    if (ids.length > 0) {
        // The count request gives a first visitor their cookie: after the page's form token's, never beside it (participation.js).
        (window.portalVisitorKnown || Promise.resolve())
            .then(function () { return fetch('/api/goodpeople/likes?ids=' + ids.slice(0, 200).join(','), { credentials: 'same-origin' }); })
            .then(function (response) { return response.ok ? response.json() : {}; })
            .then(function (counts) {
                counters.forEach(function (c) { if (counts[c.dataset.likesOf] !== undefined) { c.textContent = counts[c.dataset.likesOf]; } });
            })
            .catch(function () { /* the counts on the page stay */ });
    }
    document.querySelectorAll('[data-like-of]').forEach(function (button) {
        var id = button.dataset.likeOf;
        var status = document.getElementById('like-status-' + id);
        button.addEventListener('click', function () {
            fetch('/api/goodpeople/likes/' + id, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
                .then(function (answer) {
                    if (answer.ok) {
                        document.querySelectorAll('[data-likes-of="' + id + '"]').forEach(function (c) { c.textContent = answer.body.likes; });
                        button.setAttribute('aria-pressed', 'true');
                        status.textContent = button.dataset.thanks || '';
                    } else {
                        status.textContent = answer.body.message;
                    }
                })
                .catch(function () { status.textContent = ''; });
        });
    });
});
