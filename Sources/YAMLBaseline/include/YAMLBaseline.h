#ifndef YAML_BASELINE_H
#define YAML_BASELINE_H

#include <stddef.h>

/// The benchmark baseline: parses `length` bytes with libyaml's event API and does nothing but
/// count the events, as a raw C loop. Returns the number of events, or -1 on a syntax error.
long yaml_baseline_count_events(const unsigned char *bytes, size_t length);

#endif
