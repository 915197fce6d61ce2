/*
 * The case form's point. The two coordinate fields keep it: a keyboard or screen-reader user
 * types it there, and the map follows. A map (Leaflet, when the portal has a tile server) lets
 * others click or drag a marker instead; when its tiles do not load (no network, the tile
 * server down) it steps aside and says so, and the address field is what remains. The
 * device's position fills the fields on request where the browser may give it.
 */
document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-point]');
    if (!box) {
        return;
    }
    var form = box.closest('form');
    var latitude = form.querySelector('[name="case:latitude"]');
    var longitude = form.querySelector('[name="case:longitude"]');
    var status = box.querySelector('[data-role="point-status"]');
    var holder = box.querySelector('[data-point-map]');
    var map = null;
    var marker = null;

    var typed = function () {
        var la = parseFloat(latitude.value);
        var lo = parseFloat(longitude.value);
        return isFinite(la) && isFinite(lo) && Math.abs(la) <= 90 && Math.abs(lo) <= 180 ? [la, lo] : null;
    };
    var follow = function () {
        var point = typed();
        if (!map) {
            return;
        }
        if (!point) {
            if (marker) {
                marker.remove();
                marker = null;
            }
            return;
        }
        if (!marker) {
            marker = L.marker(point, { draggable: true, keyboard: false }).addTo(map);
            marker.on('dragend', function () {
                var at = marker.getLatLng();
                fill(at.lat, at.lng);
            });
        } else {
            marker.setLatLng(point);
        }
    };
    var fill = function (la, lo) {
        latitude.value = la.toFixed(6);
        longitude.value = lo.toFixed(6);
        // The similar-cases offer (feedback.js) listens to the fields as to typing.
        [latitude, longitude].forEach(function (field) { field.dispatchEvent(new Event('input', { bubbles: true })); });
        follow();
    };
    [latitude, longitude].forEach(function (field) { field.addEventListener('change', follow); });

    var mine = box.querySelector('[data-role="my-position"]');
    if (navigator.geolocation && window.isSecureContext) {
        mine.hidden = false;
        mine.addEventListener('click', function () {
            status.textContent = mine.dataset.finding;
            navigator.geolocation.getCurrentPosition(function (position) {
                fill(position.coords.latitude, position.coords.longitude);
                if (map) {
                    map.setView(typed(), 17);
                }
                status.textContent = mine.dataset.found;
            }, function () {
                status.textContent = mine.dataset.failed;
            }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
        });
    }

    if (!holder) {
        return;
    }
    var stepAside = function () {
        if (map) {
            map.remove();
            map = null;
            marker = null;
        }
        holder.hidden = true;
        status.textContent = holder.dataset.unavailable;
    };
    if (!window.L) { // the script itself did not arrive
        stepAside();
        return;
    }
    var open = function () {
        if (map) {
            map.invalidateSize();
            return;
        }
        if (holder.hidden) {
            return;
        }
        var centre = holder.dataset.centre.split(',').map(Number);
        map = L.map(holder, { zoomControl: false }).setView(typed() || centre, typed() ? 17 : 13);
        L.control.zoom({ zoomInTitle: holder.dataset.zoomIn, zoomOutTitle: holder.dataset.zoomOut }).addTo(map);
        map.attributionControl.setPrefix(false);
        var loaded = false;
        var failed = 0;
        L.tileLayer(holder.dataset.tiles, { attribution: holder.dataset.attribution, maxZoom: 19 })
            .on('tileload', function () { loaded = true; })
            .on('tileerror', function () {
                failed++;
                if (!loaded && failed >= 3) {
                    stepAside();
                }
            })
            .addTo(map);
        // A tile server that never answers is as good as none.
        setTimeout(function () {
            if (map && !loaded) {
                stepAside();
            }
        }, 10000);
        map.on('click', function (e) {
            fill(e.latlng.lat, e.latlng.lng);
        });
        follow();
    };
    box.addEventListener('toggle', function () {
        if (box.open) {
            open();
        }
    });
    if (box.open) {
        open();
    }
});
