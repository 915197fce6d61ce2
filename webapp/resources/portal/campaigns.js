/*
 * The ballot's script: says, as choices are made, how many are chosen in each category and in
 * all, and when one is over the campaign's limit (the server refuses such a ballot anyway, and
 * says so; this only tells the voter sooner). Every count is announced (aria-live).
 */
(function () {
    'use strict';
    var form = document.getElementById('ballot');
    var texts = document.getElementById('campaign-texts');
    if (!form || !texts) {
        return;
    }
    var perCategory = Number(form.getAttribute('data-max-per-category'));
    var total = Number(form.getAttribute('data-max-total'));

    function text(name, args) {
        var value = texts.getAttribute('data-' + name) || '';
        args.forEach(function (arg, i) { value = value.replace('{' + i + '}', arg); });
        return value;
    }

    function count() {
        var all = 0;
        form.querySelectorAll('fieldset[data-category]').forEach(function (category) {
            var chosen = category.querySelectorAll('input[name="pick"]:checked').length;
            all += chosen;
            var line = text('category-count', [chosen, perCategory]);
            if (chosen > perCategory) {
                line += ' ' + text('too-many', [perCategory]);
            }
            category.querySelector('[data-role="category-count"]').textContent = line;
        });
        var summary = text('total-count', [all, total]);
        if (all > total) {
            summary += ' ' + text('too-many', [total]);
        }
        form.querySelector('[data-role="total-count"]').textContent = summary;
    }

    form.addEventListener('change', function (event) {
        if (event.target.name === 'pick') {
            count();
        }
    });
    count();
    var refusal = document.getElementById('ballot-refusal');
    if (refusal) {
        refusal.focus();
    }
})();
