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
