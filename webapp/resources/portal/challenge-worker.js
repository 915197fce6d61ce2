/*
 * The challenge of a public form's token (see FormTokens): finds the first number n for which
 * SHA-256(token ":" n) begins with the asked number of zero bits, off the page's thread so the
 * page stays responsive. SHA-256 is written out here because the browser's own (crypto.subtle)
 * exists only on https and localhost, and answers one hash at a time, asynchronously.
 */
'use strict';

var K = new Int32Array(64);
var H = new Int32Array(8);
(function constants() {
    // The first 32 bits of the fractional parts of the square roots (H) and cube roots (K) of the first primes.
    var primes = [];
    for (var n = 2; primes.length < 64; n++) {
        var prime = true;
        for (var i = 0; i < primes.length && primes[i] * primes[i] <= n; i++) {
            if (n % primes[i] === 0) { prime = false; break; }
        }
        if (prime) { primes.push(n); }
    }
    var fraction = function (x) { return ((x - Math.floor(x)) * 4294967296) | 0; };
    for (var k = 0; k < 64; k++) {
        K[k] = fraction(Math.cbrt(primes[k]));
        if (k < 8) { H[k] = fraction(Math.sqrt(primes[k])); }
    }
})();

var w = new Int32Array(64);

/** SHA-256 of an ASCII string, as eight big-endian 32-bit words. */
function sha256(ascii) {
    var length = ascii.length;
    var words = new Int32Array((((length + 8) >> 6) + 1) << 4);
    for (var i = 0; i < length; i++) {
        words[i >> 2] |= ascii.charCodeAt(i) << (24 - (i & 3) * 8);
    }
    words[length >> 2] |= 0x80 << (24 - (length & 3) * 8);
    words[words.length - 1] = length * 8;
    var h0 = H[0], h1 = H[1], h2 = H[2], h3 = H[3], h4 = H[4], h5 = H[5], h6 = H[6], h7 = H[7];
    for (var block = 0; block < words.length; block += 16) {
        var t;
        for (t = 0; t < 16; t++) { w[t] = words[block + t]; }
        for (t = 16; t < 64; t++) {
            var x = w[t - 15], y = w[t - 2];
            var s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3);
            var s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
        var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
        for (t = 0; t < 64; t++) {
            var t1 = (h + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
            var t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
        }
        h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
        h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
    }
    return [h0, h1, h2, h3, h4, h5, h6, h7];
}

function leadingZeroBits(hash) {
    var zeros = 0;
    for (var i = 0; i < hash.length; i++) {
        if (hash[i] !== 0) { return zeros + Math.clz32(hash[i]); }
        zeros += 32;
    }
    return zeros;
}

function solve(token, bits) {
    for (var n = 0; ; n++) {
        if (leadingZeroBits(sha256(token + ':' + n)) >= bits) { return n; }
    }
}

self.onmessage = function (message) { self.postMessage(String(solve(message.data.token, message.data.bits))); };
