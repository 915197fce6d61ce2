/*
 * How a placement's ads take turns, by their weights: shared by the home banner (ads.js) and the
 * screens (screen.js). An ad's share of the turns is its weight over the weights of all on air.
 */
var portalAdRotation = (function () {
    function total(weights) {
        return weights.reduce(function (sum, w) { return sum + w; }, 0);
    }
    return {
        /** Tells the portal an ad was shown or followed (seen: 'impression' or 'click'); nothing about the visitor goes with it. */
        beacon: function (ad, placement, seen) {
            var said = new URLSearchParams({ ad: ad, placement: placement, seen: seen });
            if (!(navigator.sendBeacon && navigator.sendBeacon('/api/ads/beacon', said))) {
                fetch('/api/ads/beacon', { method: 'POST', body: said, keepalive: true }).catch(function () { /* not counted */ });
            }
        },
        /** One ad at random, each as likely as its weight: the banner's first for this visitor. random() is in [0, 1). */
        pick: function (weights, random) {
            var left = random() * total(weights);
            for (var i = 0; i < weights.length; i++) {
                left -= weights[i];
                if (left < 0) { return i; }
            }
            return weights.length - 1;
        },
        /**
         * The turns as a screen takes them, as nginx shares requests among servers (smooth weighted
         * round robin): the heaviest first, every ad's turns in proportion to its weight and spread
         * out, the same order on every screen. Returns a function giving the next ad's index.
         */
        turns: function (weights) {
            var current = weights.map(function () { return 0; });
            var sum = total(weights);
            return function () {
                var best = 0;
                for (var i = 0; i < weights.length; i++) {
                    current[i] += weights[i];
                    if (current[i] > current[best]) { best = i; }
                }
                current[best] -= sum;
                return best;
            };
        }
    };
})();
