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
