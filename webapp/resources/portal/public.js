/*
 * 长辈版 (the elderly-friendly mode). Public pages are cached and the same bytes for every visitor, so the
 * mode is portal.css under classes on <html> that this script sets from the portal_mode cookie (set by
 * /mode), here in the head, before the body paints: html.elder, and html.elder-dark for its second colour
 * scheme; data-text-size is the step the A− / A+ buttons chose (the portal_text_size cookie).
 */
var portalElderMode = (function () {
    var root = document.documentElement;
    var LARGEST = 4; // the text size steps portal.css knows: 0 (24 px) to 4 (40 px)

    function cookie(name) {
        var found = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
        return found ? decodeURIComponent(found[1]) : null;
    }

    function textSize() {
        var size = parseInt(cookie('portal_text_size'), 10);
        return isNaN(size) ? 0 : Math.max(0, Math.min(LARGEST, size));
    }

    function apply() {
        var mode = cookie('portal_mode');
        root.classList.toggle('elder', mode === 'elder' || mode === 'elder-dark');
        root.classList.toggle('elder-dark', mode === 'elder-dark');
        root.setAttribute('data-text-size', String(textSize()));
        document.querySelectorAll('[data-text-step]').forEach(function (button) {
            var step = parseInt(button.dataset.textStep, 10);
            var size = textSize();
            // Not disabled: a disabled button would drop the keyboard focus on it.
            button.setAttribute('aria-disabled', String(size + step < 0 || size + step > LARGEST));
        });
    }

    function step(by) {
        var size = Math.max(0, Math.min(LARGEST, textSize() + by));
        document.cookie = 'portal_text_size=' + size + '; path=/; max-age=31536000; SameSite=Lax'
            + (location.protocol === 'https:' ? '; Secure' : '');
        apply();
    }

    apply();
    // A page brought back from the browser's back-forward cache shows the mode as it is now.
    window.addEventListener('pageshow', apply);
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-text-step]').forEach(function (button) {
            button.addEventListener('click', function () { step(parseInt(button.dataset.textStep, 10)); });
        });
        apply();
    });
    return {on: function () { return root.classList.contains('elder'); }};
})();

/*
 * Read-aloud of an article with the browser's speech synthesis, only where it has a Chinese voice (the
 * articles are Chinese whatever the page's language): the button stays hidden until one is known.
 * Read sentence by sentence, since some browsers stop a long utterance part way.
 */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-read-aloud]');
    if (!button || !('speechSynthesis' in window)) { return; }
    var readLabel = button.textContent;
    var reading = false;

    function chineseVoice() {
        var voices = window.speechSynthesis.getVoices().filter(function (v) { return /^zh/i.test(v.lang); });
        var wanted = document.documentElement.lang === 'zh-TW' ? /^zh[-_](TW|HK)/i : /^zh[-_]CN/i;
        return voices.filter(function (v) { return wanted.test(v.lang); })[0] || voices[0] || null;
    }

    function offer() { button.hidden = chineseVoice() === null; }

    function stopped() {
        reading = false;
        button.textContent = readLabel;
    }

    button.addEventListener('click', function () {
        window.speechSynthesis.cancel();
        if (reading) { stopped(); return; }
        var voice = chineseVoice();
        if (!voice) { offer(); return; }
        var text = Array.prototype.map.call(document.querySelectorAll(button.dataset.readAloud),
            function (part) { return part.innerText; }).join('\n');
        var sentences = (text.match(/[^。！？!?；;\n]+[。！？!?；;\n]?/g) || []).filter(function (s) { return s.trim().length > 0; });
        if (sentences.length === 0) { return; }
        reading = true;
        button.textContent = button.dataset.stopLabel;
        sentences.forEach(function (sentence, i) {
            var utterance = new SpeechSynthesisUtterance(sentence);
            utterance.voice = voice;
            utterance.lang = voice.lang;
            if (i === sentences.length - 1) { utterance.onend = stopped; }
            window.speechSynthesis.speak(utterance);
        });
    });
    window.addEventListener('pagehide', function () { window.speechSynthesis.cancel(); });

    offer();
    window.speechSynthesis.addEventListener('voiceschanged', offer); // voices often arrive after the page
});

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
        if (typed.length === 0 || portalElderMode.on()) { close(); return; } // the 长辈版 has no pop-ups
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
