/*
 * An ad's page is cached whole: its download counters are fetched live. In the 长辈版 nothing
 * moves: an animated GIF is shown as its still (those who asked their system for less motion see
 * the still already, by the page's own <picture>).
 */
document.addEventListener('DOMContentLoaded', function () {
    var ad = document.querySelector('[data-ad]');
    if (!ad) { return; }
    function still() {
        document.querySelectorAll('img.moving').forEach(function (img) {
            if (portalElderMode.on() && img.dataset.still && img.src.indexOf(img.dataset.still) < 0) {
                img.dataset.moving = img.src;
                img.src = img.dataset.still;
            } else if (!portalElderMode.on() && img.dataset.moving) {
                img.src = img.dataset.moving;
                delete img.dataset.moving;
            }
        });
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
