/*
 * A lobby or LED screen's page: turns the placement's ads on its own in the order of their weights
 * (portalAdRotation.turns), a film until it ends, a picture for the placement's seconds. Asks for
 * the placement's ads every half minute, so a new schedule is on within a minute; when the network
 * is gone it goes on with what it has (the pictures are kept by the browser once shown or fetched).
 * Each turn is counted (a beacon; lost, not retried, while offline).
 */
document.addEventListener('DOMContentLoaded', function () {
    var stage = document.querySelector('.screen-ads');
    if (!stage) { return; }
    var seconds = parseInt(stage.dataset.seconds, 10) || 10;
    var ads = Array.prototype.map.call(stage.querySelectorAll('.screen-ad'), function (figure) {
        return { id: figure.dataset.ad, weight: parseInt(figure.dataset.weight, 10) || 1, figure: figure };
    });
    var next = portalAdRotation.turns(ads.map(function (a) { return a.weight; }));
    var timer = null;

    function figureFor(ad) {
        var figure = document.createElement('figure');
        figure.className = 'screen-ad';
        figure.dataset.ad = ad.id;
        figure.hidden = true;
        if (ad.film) {
            var film = document.createElement('video');
            film.src = ad.film;
            film.poster = ad.picture || '';
            film.muted = true;
            film.playsInline = true;
            film.preload = 'auto';
            film.setAttribute('aria-label', ad.altText);
            if (ad.captions) { // muted on a screen: its words are shown
                var track = document.createElement('track');
                track.kind = 'captions';
                track.srclang = 'zh';
                track.label = stage.dataset.captionsLabel || '';
                track.src = ad.captions;
                track.default = true;
                film.appendChild(track);
            }
            figure.appendChild(film);
        } else {
            var picture = document.createElement('img');
            picture.src = ad.picture;
            picture.alt = ad.altText;
            figure.appendChild(picture);
        }
        stage.appendChild(figure);
        return figure;
    }

    function show() {
        window.clearTimeout(timer);
        if (ads.length === 0) { timer = window.setTimeout(show, 1000 * seconds); return; }
        var ad = ads[next() % ads.length];
        ads.forEach(function (a) {
            a.figure.hidden = a !== ad;
            var other = a.figure.querySelector('video');
            if (other && a !== ad) { other.pause(); }
        });
        stage.dataset.showing = ad.id;
        stage.dataset.turns = String((parseInt(stage.dataset.turns, 10) || 0) + 1);
        portalAdRotation.beacon(ad.id, stage.dataset.placement, 'impression');
        var film = ad.figure.querySelector('video');
        if (film) {
            film.currentTime = 0;
            film.onended = show;
            timer = window.setTimeout(show, 1000 * Math.max(seconds, 300)); // a film that never ends still gives way
            var turn = stage.dataset.turns;
            film.play().catch(function () { // not playable here: its poster stands for the placement's seconds
                if (stage.dataset.turns !== turn) { return; } // a later turn's, not this one's
                window.clearTimeout(timer);
                timer = window.setTimeout(show, 1000 * seconds);
            });
        } else {
            timer = window.setTimeout(show, 1000 * seconds);
        }
    }

    /** A new set from the portal: the ads kept, new ones added, those off air removed; the turns start again. */
    function take(placement) {
        var same = placement.ads.length === ads.length && placement.ads.every(function (a, i) {
            return String(a.id) === ads[i].id && a.weight === ads[i].weight;
        });
        if (same) { return; }
        var kept = {};
        ads.forEach(function (a) { kept[a.id] = a.figure; });
        ads = placement.ads.map(function (a) {
            var figure = kept[String(a.id)] || figureFor(a);
            delete kept[String(a.id)];
            return { id: String(a.id), weight: a.weight, figure: figure };
        });
        Object.keys(kept).forEach(function (id) { kept[id].remove(); });
        next = portalAdRotation.turns(ads.map(function (a) { return a.weight; }));
        stage.dataset.version = String((parseInt(stage.dataset.version, 10) || 0) + 1);
        show();
    }

    window.setInterval(function () {
        fetch(stage.dataset.source, { headers: { Accept: 'application/json' } })
            .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
            .then(take)
            .catch(function () { /* offline: the screen goes on with what it has */ });
    }, 30000);
    show();
});
