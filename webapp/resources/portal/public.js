/* Public pages are cached whole; the one live number on them, an article's readers, is counted and fetched here. */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-views-of]').forEach(function (counter) {
        fetch('/api/articles/' + counter.dataset.viewsOf + '/views', {method: 'POST'})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (result) { if (result) { counter.textContent = result.views; } })
            .catch(function () { /* the count is only a courtesy */ });
    });
});
