/*
 * The case form offers open cases that may be the same problem while the resident writes
 * (GET /api/feedback/similar): one of them may be theirs, and "mine too" on its page counts
 * them in without a second case. [data-similar] holds the list, its texts and the API's address.
 */
document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-similar]');
    if (!box) {
        return;
    }
    var form = box.closest('form');
    var field = function (name) { return form.querySelector('[name="case:' + name + '"]'); };
    var list = box.querySelector('ul');
    var waiting = null;
    var asked = '';
    var ask = function () {
        var category = field('category').value;
        var text = field('description').value.trim();
        var query = 'category=' + encodeURIComponent(category) + '&text=' + encodeURIComponent(text.slice(0, 2000))
            + (field('latitude').value && field('longitude').value
                ? '&lat=' + encodeURIComponent(field('latitude').value) + '&long=' + encodeURIComponent(field('longitude').value) : '');
        if (!category || text.length < 10 || query === asked) {
            return;
        }
        asked = query;
        fetch(box.dataset.similar + '?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (cases) {
                list.textContent = '';
                cases.forEach(function (c) {
                    var item = document.createElement('li');
                    var link = document.createElement('a');
                    link.href = box.dataset.context + c.path;
                    link.target = '_blank';
                    link.rel = 'noopener';
                    link.textContent = c.trackingNumber + ' ' + c.summary;
                    item.appendChild(link);
                    var meta = document.createElement('span');
                    meta.className = 'meta';
                    meta.textContent = ' ' + c.address + ' · ' + c.state + ' · ' + box.dataset.supporters.replace('{0}', c.supporters);
                    item.appendChild(meta);
                    list.appendChild(item);
                });
                box.hidden = cases.length === 0;
            })
            .catch(function () { /* no offer: the resident sends the form as it is */ });
    };
    var later = function () {
        clearTimeout(waiting);
        waiting = setTimeout(ask, 700);
    };
    ['category', 'description', 'latitude', 'longitude'].forEach(function (name) {
        field(name).addEventListener('input', later);
        field(name).addEventListener('change', later);
    });
});
