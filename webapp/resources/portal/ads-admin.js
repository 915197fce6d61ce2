/*
 * An ad's files, sent from the editor's page to /admin/ads/upload as the bare file (not a form):
 * a film of 500 MB streams to the portal's disk, and the bar shows how far it is. Once kept, the
 * page is read again to show the files; a refusal is said where the file was chosen. Listened
 * for on the document: the review buttons' Ajax answers redraw the page.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-upload] button.send');
    var section = button && button.closest('.ad-files[data-ad]');
    if (!section) { return; }
    var block = button.closest('[data-upload]');
    var input = block.querySelector('input[type="file"]');
    var bar = block.querySelector('progress');
    var status = block.querySelector('.upload-status');
    var file = input.files[0];
    function refused(message) {
        bar.hidden = true;
        button.disabled = false;
        status.textContent = message;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
    }
    if (!file) {
        refused(block.dataset.choose);
        return;
    }
    var request = new XMLHttpRequest();
    request.open('POST', '/admin/ads/upload?ad=' + section.dataset.ad + '&file=' + block.dataset.upload);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.addEventListener('progress', function (progress) {
        if (progress.lengthComputable) { bar.value = Math.round(100 * progress.loaded / progress.total); }
    });
    request.addEventListener('load', function () {
        if (request.status === 204) {
            status.textContent = block.dataset.done;
            window.location.reload();
            return;
        }
        var message = block.dataset.failed;
        try { message = JSON.parse(request.responseText).message || message; } catch (e) { /* not JSON: a proxy's page */ }
        refused(message);
    });
    request.addEventListener('error', function () { refused(block.dataset.failed); });
    bar.value = 0;
    bar.hidden = false;
    button.disabled = true;
    input.removeAttribute('aria-invalid');
    status.textContent = '';
    request.send(file);
});
