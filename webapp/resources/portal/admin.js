/* Small helpers for the admin pages. */
var portal = portal || {};

/** Inserts the picture whose address the element holds at the cursor of a PrimeFaces text editor. */
portal.insertImage = function (editorWidget, holderId) {
    var holder = document.getElementById(holderId);
    var url = holder ? holder.textContent.trim() : '';
    if (!url) {
        return;
    }
    var quill = PF(editorWidget).editor;
    var range = quill.getSelection(true);
    quill.insertEmbed(range ? range.index : quill.getLength(), 'image', url, 'user');
};

/**
 * A campaign nominee's fields filled from a 好人榜 entry, read from the public API by the
 * number the office typed ({@code data-goodpeople} marks the fields; the button carries the
 * API's address and the texts to announce).
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-goodpeople-fill]');
    if (!button) {
        return;
    }
    var form = button.form;
    var field = function (name) {
        return form.querySelector('[data-goodpeople="' + name + '"]');
    };
    var status = field('status');
    var id = (field('entry').value || '').trim();
    if (!/^[0-9]{1,18}$/.test(id)) {
        status.textContent = button.getAttribute('data-missing');
        return;
    }
    fetch(button.getAttribute('data-api') + id, {headers: {Accept: 'application/json'}}).then(function (response) {
        if (!response.ok) {
            throw new Error(String(response.status));
        }
        return response.json();
    }).then(function (entry) {
        field('name').value = entry.nomineeName;
        field('district').value = entry.district;
        field('story').value = entry.story;
        field('photos').value = (entry.photos || []).join(' ');
        var fromEntry = form.querySelector('input[type="radio"][value="GOOD_PEOPLE"]');
        if (fromEntry) {
            fromEntry.checked = true;
        }
        var list = field('photo-list');
        list.textContent = '';
        (entry.photos || []).forEach(function (key) {
            var item = document.createElement('li');
            var picture = document.createElement('img');
            picture.src = button.getAttribute('data-media') + key + '/thumb';
            picture.alt = entry.nomineeName;
            item.appendChild(picture);
            list.appendChild(item);
        });
        status.textContent = button.getAttribute('data-filled');
    }).catch(function () {
        status.textContent = button.getAttribute('data-missing');
    });
});

/**
 * Marking the regions of a photo to blur (the 曝光台): dragging over the picture in a
 * [data-region-marker] adds "left,top,width,height" in per cent to the field it names, which
 * an officer can also type into; the boxes show what the field holds.
 */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-region-marker]').forEach(function (marker) {
        var field = document.getElementById(marker.getAttribute('data-region-marker'));
        var picture = marker.querySelector('img');
        var start = null;
        var percent = function (event) {
            var box = picture.getBoundingClientRect();
            return {
                x: Math.min(100, Math.max(0, (event.clientX - box.left) / box.width * 100)),
                y: Math.min(100, Math.max(0, (event.clientY - box.top) / box.height * 100))
            };
        };
        var draw = function () {
            marker.querySelectorAll('.region').forEach(function (old) { old.remove(); });
            (field.value || '').split(';').forEach(function (part) {
                var n = part.split(',').map(Number);
                if (n.length === 4 && n.every(function (v) { return !isNaN(v); })) {
                    var region = document.createElement('span');
                    region.className = 'region';
                    region.style.left = n[0] + '%';
                    region.style.top = n[1] + '%';
                    region.style.width = n[2] + '%';
                    region.style.height = n[3] + '%';
                    marker.appendChild(region);
                }
            });
        };
        picture.addEventListener('dragstart', function (event) { event.preventDefault(); });
        marker.addEventListener('mousedown', function (event) {
            start = percent(event);
        });
        document.addEventListener('mouseup', function (event) {
            if (!start) {
                return;
            }
            var end = percent(event);
            var x = Math.min(start.x, end.x);
            var y = Math.min(start.y, end.y);
            var w = Math.abs(end.x - start.x);
            var h = Math.abs(end.y - start.y);
            start = null;
            if (w >= 1 && h >= 1) {
                var region = [x, y, w, h].map(function (v) { return v.toFixed(1); }).join(',');
                field.value = field.value.trim() ? field.value.trim() + ';' + region : region;
                draw();
            }
        });
        field.addEventListener('input', draw);
        draw();
    });
});
