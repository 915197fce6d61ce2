/* Public pages are cached whole; the one live number on them, an article's readers, is counted and fetched here. */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-views-of]').forEach(function (counter) {
        fetch('/api/articles/' + counter.dataset.viewsOf + '/views', {method: 'POST'})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (result) { if (result) { counter.textContent = result.views; } })
            .catch(function () { /* the count is only a courtesy */ });
    });
});

/*
 * Titles offered while typing in the search box: asked for 250 ms after the last key,
 * shown as a listbox the arrow keys move through; Enter opens the chosen title,
 * Escape closes the list and keeps the text. Without JavaScript the box still searches.
 */
document.addEventListener('DOMContentLoaded', function () {
    var input = document.getElementById('site-search');
    var list = document.getElementById('site-search-titles');
    if (!input || !list) { return; }
    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
        list.hidden = true;
        list.innerHTML = '';
        active = -1;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function show(titles) {
        list.innerHTML = '';
        titles.forEach(function (title, i) {
            // The link is the option itself (an option holding a link would nest one control in another);
            // the list item around it is only layout. The focus stays in the box: the link is not a tab stop.
            var item = document.createElement('li');
            item.setAttribute('role', 'none');
            var link = document.createElement('a');
            link.id = 'site-search-title-' + i;
            link.setAttribute('role', 'option');
            link.href = title.url;
            link.textContent = title.title;
            link.tabIndex = -1;
            item.appendChild(link);
            list.appendChild(item);
        });
        list.hidden = titles.length === 0;
        input.setAttribute('aria-expanded', titles.length > 0 ? 'true' : 'false');
        active = -1;
    }

    function highlight(index) {
        var items = list.querySelectorAll('[role=option]');
        if (items.length === 0) { return; }
        active = (index + items.length) % items.length;
        items.forEach(function (item, i) { item.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
        input.setAttribute('aria-activedescendant', items[active].id);
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        var typed = input.value.trim();
        if (typed.length === 0) { close(); return; }
        timer = setTimeout(function () {
            var asked = ++latest;
            fetch(input.dataset.titles + '?q=' + encodeURIComponent(typed))
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (titles) { if (asked === latest) { show(titles); } })
                .catch(close);
        }, 250);
    });

    input.addEventListener('keydown', function (event) {
        if (list.hidden) { return; }
        if (event.key === 'ArrowDown') { highlight(active + 1); event.preventDefault(); }
        else if (event.key === 'ArrowUp') { highlight(active - 1); event.preventDefault(); }
        else if (event.key === 'Escape') { close(); event.preventDefault(); } // a search box would clear itself
        else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            window.location.href = list.querySelectorAll('[role=option]')[active].href;
        }
    });

    input.addEventListener('blur', function () { setTimeout(close, 200); });
});
