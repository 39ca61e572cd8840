/* cbor_mini.h — just enough CBOR writing for the sample host (any CBOR library works:
 * tinycbor, libcbor, QCBOR). Values follow the mapping documented in cloaca.h. */
#ifndef CBOR_MINI_H
#define CBOR_MINI_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct CborBuf {
    uint8_t data[1024];
    size_t len;
} CborBuf;

static inline void cbor_put(CborBuf *b, const void *bytes, size_t n) {
    if (b->len + n > sizeof b->data) {
        fprintf(stderr, "cbor_mini: buffer full\n");
        abort();
    }
    memcpy(b->data + b->len, bytes, n);
    b->len += n;
}

static inline void cbor_head(CborBuf *b, uint8_t major, uint64_t n) {
    uint8_t h[9];
    size_t k = 0;
    if (n < 24) {
        h[k++] = (uint8_t)(major << 5 | n);
    } else if (n <= 0xff) {
        h[k++] = (uint8_t)(major << 5 | 24);
        h[k++] = (uint8_t)n;
    } else if (n <= 0xffff) {
        h[k++] = (uint8_t)(major << 5 | 25);
        h[k++] = (uint8_t)(n >> 8);
        h[k++] = (uint8_t)n;
    } else if (n <= 0xffffffffu) {
        h[k++] = (uint8_t)(major << 5 | 26);
        for (int s = 24; s >= 0; s -= 8) h[k++] = (uint8_t)(n >> s);
    } else {
        h[k++] = (uint8_t)(major << 5 | 27);
        for (int s = 56; s >= 0; s -= 8) h[k++] = (uint8_t)(n >> s);
    }
    cbor_put(b, h, k);
}

static inline void cbor_int(CborBuf *b, int64_t v) {
    if (v >= 0) cbor_head(b, 0, (uint64_t)v);
    else cbor_head(b, 1, (uint64_t)(-(v + 1)));
}
static inline void cbor_str(CborBuf *b, const char *s) {
    size_t n = strlen(s);
    cbor_head(b, 3, n);
    cbor_put(b, s, n);
}
static inline void cbor_bytes(CborBuf *b, const void *p, size_t n) {
    cbor_head(b, 2, n);
    cbor_put(b, p, n);
}
static inline void cbor_array(CborBuf *b, size_t n) { cbor_head(b, 4, n); }
static inline void cbor_map(CborBuf *b, size_t n) { cbor_head(b, 5, n); }
static inline void cbor_tuple(CborBuf *b, size_t n) {
    cbor_head(b, 6, CLOACA_CBOR_TAG_TUPLE);
    cbor_head(b, 4, n);
}
static inline void cbor_handle(CborBuf *b, uint64_t h) {
    cbor_head(b, 6, CLOACA_CBOR_TAG_HANDLE);
    cbor_head(b, 0, h);
}
static inline void cbor_null(CborBuf *b) { uint8_t x = 0xf6; cbor_put(b, &x, 1); }
static inline void cbor_bool(CborBuf *b, int v) { uint8_t x = v ? 0xf5 : 0xf4; cbor_put(b, &x, 1); }
static inline void cbor_float(CborBuf *b, double d) {
    uint64_t u;
    uint8_t h[9];
    memcpy(&u, &d, 8);
    h[0] = 0xfb;
    for (int i = 0; i < 8; i++) h[1 + i] = (uint8_t)(u >> (56 - 8 * i));
    cbor_put(b, h, 9);
}

#endif
