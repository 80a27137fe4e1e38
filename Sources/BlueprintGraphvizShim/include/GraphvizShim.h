#ifndef GRAPHVIZ_SHIM_H
#define GRAPHVIZ_SHIM_H

#include <stddef.h>

/// The bytes of a rendered diagram, or an error message. Free with gvshim_result_free.
typedef struct {
    unsigned char *data;
    size_t length;
    char *error;
} gvshim_result;

/// Lays out `dot` (DOT source of `dot_length` bytes, not necessarily NUL-terminated) with the
/// dot engine and renders it as `format` ("svg", "png", "pdf", "dot" …). Returns 0 and sets
/// data/length on success; returns non-zero and sets error (with Graphviz's own words) on
/// failure. Not thread-safe: Graphviz keeps global state, so callers serialise calls.
int gvshim_render(const char *dot, size_t dot_length, const char *format, gvshim_result *out);

/// Frees what gvshim_render allocated in `result`, and clears it.
void gvshim_result_free(gvshim_result *result);

#endif
