/*
 * An ad's files, sent from the editor's page to /admin/ads/upload as the bare file (not a form):
 * a film of 500 MB streams to the portal's disk, and the bar shows how far it is. Once kept, the
 * page is read again to show the files; a refusal is said where the file was chosen.
 */
document.addEventListener('DOMContentLoaded', function () {
    var section = document.querySelector('.ad-files[data-ad]');
    if (!section) { return; }
    section.querySelectorAll('[data-upload]').forEach(function (block) {
        var input = block.querySelector('input[type="file"]');
        var button = block.querySelector('button.send');
        var bar = block.querySelector('progress');
        var status = block.querySelector('.upload-status');
        button.addEventListener('click', function () {
            var file = input.files[0];
            if (!file) {
                status.textContent = block.dataset.choose;
                input.focus();
                return;
            }
            var request = new XMLHttpRequest();
            request.open('POST', '/admin/ads/upload?ad=' + section.dataset.ad + '&file=' + block.dataset.upload);
            request.setRequestHeader('Content-Type', 'application/octet-stream');
            request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
            request.upload.addEventListener('progress', function (event) {
                if (event.lengthComputable) { bar.value = Math.round(100 * event.loaded / event.total); }
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
            function refused(message) {
                bar.hidden = true;
                button.disabled = false;
                status.textContent = message;
                input.setAttribute('aria-invalid', 'true');
                input.focus();
            }
            bar.value = 0;
            bar.hidden = false;
            button.disabled = true;
            input.removeAttribute('aria-invalid');
            status.textContent = '';
            request.send(file);
        });
    });
});
