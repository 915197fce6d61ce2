/*
 * An ad's page is cached whole: its download counters are fetched live. An animated GIF stops
 * (shows its still) with the button beside it; in the 长辈版 nothing moves at all (those who asked
 * their system for less motion see the still already, by the page's own <picture>).
 */
document.addEventListener('DOMContentLoaded', function () {
    var ad = document.querySelector('article.ad[data-ad]');
    if (!ad) { return; }
    var motion = ad.querySelector('.ad-motion');
    var stopped = false; // by the visitor, with the button
    function still() {
        var keepStill = stopped || portalElderMode.on();
        document.querySelectorAll('img.moving').forEach(function (img) {
            if (keepStill && img.dataset.still && img.src.indexOf(img.dataset.still) < 0) {
                img.dataset.moving = img.src;
                img.src = img.dataset.still;
            } else if (!keepStill && img.dataset.moving) {
                img.src = img.dataset.moving;
                delete img.dataset.moving;
            }
        });
        if (motion) {
            motion.hidden = portalElderMode.on(); // the 长辈版 has nothing moving to stop
            motion.textContent = stopped ? motion.dataset.start : motion.dataset.stop;
        }
    }
    if (motion) {
        motion.addEventListener('click', function () { stopped = !stopped; still(); });
    }
    still();
    window.addEventListener('pageshow', still);
    fetch('/api/ads/' + ad.dataset.ad, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { files: [] }; })
        .then(function (json) {
            json.files.forEach(function (file) {
                var counter = ad.querySelector('.download-count[data-file="' + file.role.toUpperCase() + '"]');
                if (counter) { counter.textContent = file.downloads; }
            });
        })
        .catch(function () { /* the counts on the page stay */ });
});

/*
 * A placement's ads on a page (the home banner, beside and under articles): every ad on air is in the page (cached, the same for everyone); this picks the
 * first by weight for this visitor and turns them every few seconds, until paused (the button, or
 * the pointer or the keyboard's focus in the banner). In the 长辈版, and for those who asked their
 * system for less motion, it stays still. Each ad shown, and each followed, is counted (a beacon).
 */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ad-rotation').forEach(function (banner) {
        var slides = Array.prototype.slice.call(banner.querySelectorAll('.ad-slide'));
        if (slides.length === 0) { return; }
        var weights = slides.map(function (s) { return parseInt(s.dataset.weight, 10) || 1; });
        var placement = banner.dataset.placement;
        var shown = portalAdRotation.pick(weights, Math.random);
        function show(index) {
            slides.forEach(function (s, i) { s.hidden = i !== index; });
            shown = index;
            portalAdRotation.beacon(slides[index].dataset.ad, placement, 'impression'); // one per ad put on screen
        }
        slides.forEach(function (slide) {
            slide.querySelector('a').addEventListener('click', function () { portalAdRotation.beacon(slide.dataset.ad, placement, 'click'); });
        });
        show(shown);
        var button = banner.querySelector('.ad-pause');
        var still = (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) || portalElderMode.on();
        if (slides.length < 2 || still) {
            if (button) { button.hidden = true; }
            return;
        }
        var next = portalAdRotation.turns(weights);
        var paused = false;
        var held = false; // the pointer or the focus is in the banner
        button.addEventListener('click', function () {
            paused = !paused;
            button.textContent = paused ? button.dataset.play : button.dataset.pause; // says what it does next
        });
        banner.addEventListener('mouseenter', function () { held = true; });
        banner.addEventListener('mouseleave', function () { held = false; });
        banner.addEventListener('focusin', function () { held = true; });
        banner.addEventListener('focusout', function () { held = false; });
        window.setInterval(function () {
            if (paused || held || document.hidden || portalElderMode.on()) { return; } // nobody sees a hidden tab's banner
            var turn = next();
            if (turn === shown) { turn = next(); }
            if (turn !== shown) { show(turn); }
        }, 1000 * (parseInt(banner.dataset.seconds, 10) || 8));
    });
});
