// Owns every Graphviz pointer so the Swift side never touches one.
//
// Two measured problems of Graphviz 2.43 are handled here (see docs/ARCHITECTURE.md):
// 1. cgraph's default ID discipline uses the addresses of interned strings as node IDs and a
//    process-wide counter for anonymous objects; dot breaks ordering ties by ID, so a second
//    render of the same graph in one process could differ from the first. Each graph read here
//    gets its own discipline that hands out sequential IDs, so every render is reproducible.
// 2. After some failed layouts gvLayout returns 0 but gvFreeLayout double-frees, and some
//    graphs fail an assertion inside gvLayout. Errors are counted after every step and a failed
//    layout is never freed; an abort() raised inside Graphviz while this thread renders jumps
//    back here and becomes an error message (leaking that graph and context), so a Graphviz
//    fault cannot take the whole program down. A small leak on a failure path beats an abort.
#include "GraphvizShim.h"

#include <graphviz/gvc.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// MARK: - Error messages

static char *error_text = NULL;
static size_t error_length = 0;

/// Collects Graphviz's messages (errors and warnings) instead of printing them.
static int collect_error(char *message) {
    size_t length = strlen(message);
    char *grown = realloc(error_text, error_length + length + 1);
    if (!grown) return 0;
    error_text = grown;
    memcpy(error_text + error_length, message, length + 1);
    error_length += length;
    return 0;
}

static void reset_errors(void) {
    free(error_text);
    error_text = NULL;
    error_length = 0;
    agreseterrors();
}

/// A malloc'ed failure message: `what`, then Graphviz's own words, if any.
static char *failure(const char *what) {
    const char *detail = error_text ? error_text : "";
    size_t size = strlen(what) + strlen(detail) + 3;
    char *message = malloc(size);
    if (message) snprintf(message, size, "%s%s%s", what, *detail ? ": " : "", detail);
    // Graphviz ends its messages with a newline; a message reads better without one.
    if (message) {
        size_t end = strlen(message);
        while (end > 0 && (message[end - 1] == '\n' || message[end - 1] == ' ')) message[--end] = '\0';
    }
    return message;
}

// MARK: - Per-graph ID discipline

typedef struct {
    char **names;      // index → name; a named object's ID is 2 × index
    size_t count, capacity;
    size_t *slots;     // open-addressing table of index + 1 (0 = empty)
    size_t slot_count;
    IDTYPE anonymous;  // next odd ID
} id_state;

static size_t hash_name(const char *name) {
    size_t hash = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) hash = (hash ^ *p) * 1099511628211ULL;
    return hash;
}

static int grow_slots(id_state *state) {
    size_t slot_count = state->slot_count ? state->slot_count * 2 : 64;
    size_t *slots = calloc(slot_count, sizeof(size_t));
    if (!slots) return 0;
    for (size_t index = 0; index < state->count; index++) {
        size_t slot = hash_name(state->names[index]) & (slot_count - 1);
        while (slots[slot]) slot = (slot + 1) & (slot_count - 1);
        slots[slot] = index + 1;
    }
    free(state->slots);
    state->slots = slots;
    state->slot_count = slot_count;
    return 1;
}

static void *id_open(Agraph_t *graph, Agdisc_t *disc) {
    (void)graph;
    (void)disc;
    id_state *state = calloc(1, sizeof(id_state));
    if (state) state->anonymous = 1;
    return state;
}

static long id_map(void *raw, int objtype, char *name, IDTYPE *id, int create) {
    (void)objtype;
    id_state *state = raw;
    if (!name) {
        *id = state->anonymous;
        state->anonymous += 2;
        return 1;
    }
    if (state->slot_count) {
        size_t slot = hash_name(name) & (state->slot_count - 1);
        while (state->slots[slot]) {
            size_t index = state->slots[slot] - 1;
            if (strcmp(state->names[index], name) == 0) {
                *id = (IDTYPE)index * 2;
                return 1;
            }
            slot = (slot + 1) & (state->slot_count - 1);
        }
    }
    if (!create) return 0;
    if ((state->count + 1) * 2 > state->slot_count && !grow_slots(state)) return 0;
    if (state->count == state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 64;
        char **names = realloc(state->names, capacity * sizeof(char *));
        if (!names) return 0;
        state->names = names;
        state->capacity = capacity;
    }
    char *copy = strdup(name);
    if (!copy) return 0;
    size_t index = state->count++;
    state->names[index] = copy;
    size_t slot = hash_name(name) & (state->slot_count - 1);
    while (state->slots[slot]) slot = (slot + 1) & (state->slot_count - 1);
    state->slots[slot] = index + 1;
    *id = (IDTYPE)index * 2;
    return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
    return 1;
}

static void id_free(void *state, int objtype, IDTYPE id) {
    // Names live until the graph closes; IDs are never reused within a graph.
    (void)state;
    (void)objtype;
    (void)id;
}

static char *id_print(void *raw, int objtype, IDTYPE id) {
    (void)objtype;
    id_state *state = raw;
    if (id % 2 != 0 || id / 2 >= state->count) return NULL;
    return state->names[id / 2];
}

static void id_close(void *raw) {
    id_state *state = raw;
    for (size_t index = 0; index < state->count; index++) free(state->names[index]);
    free(state->names);
    free(state->slots);
    free(state);
}

static void id_register(void *state, int objtype, void *object) {
    (void)state;
    (void)objtype;
    (void)object;
}

static Agiddisc_t sequential_ids = { id_open, id_map, id_alloc, id_free, id_print, id_close, id_register };

// MARK: - Reading from memory

typedef struct {
    const char *data;
    size_t length, position;
} memory_reader;

static int read_memory(void *channel, char *buffer, int size) {
    memory_reader *reader = channel;
    size_t left = reader->length - reader->position;
    size_t count = left < (size_t)size ? left : (size_t)size;
    memcpy(buffer, reader->data + reader->position, count);
    reader->position += count;
    return (int)count;
}

static int put_nothing(void *channel, const char *text) {
    (void)channel;
    (void)text;
    return 0;
}

static int flush_nothing(void *channel) {
    (void)channel;
    return 0;
}

static Agiodisc_t memory_io = { read_memory, put_nothing, flush_nothing };

// MARK: - Surviving an abort inside Graphviz

static sigjmp_buf abort_jump;
static volatile sig_atomic_t guarding = 0;
static pthread_t guarded_thread;
static struct sigaction previous_abort;

/// Jumps back into gvshim_render when Graphviz aborts on the rendering thread; any other
/// abort goes on to the previous handler as usual.
static void on_abort(int signal_number) {
    if (guarding && pthread_equal(pthread_self(), guarded_thread)) {
        guarding = 0;
        siglongjmp(abort_jump, 1);
    }
    sigaction(SIGABRT, &previous_abort, NULL);
    raise(signal_number);
}

static void guard_aborts(void) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = on_abort;
    sigemptyset(&action.sa_mask);
    sigaction(SIGABRT, &action, &previous_abort);
    guarded_thread = pthread_self();
    guarding = 1;
}

static void unguard_aborts(void) {
    guarding = 0;
    sigaction(SIGABRT, &previous_abort, NULL);
}

// MARK: - Rendering

static GVC_t *context = NULL;

static int render_guarded(const char *dot, size_t dot_length, const char *format, gvshim_result *out);

int gvshim_render(const char *dot, size_t dot_length, const char *format, gvshim_result *out) {
    memset(out, 0, sizeof(*out));
    reset_errors();
    agseterrf(collect_error);
    agseterr(AGWARN);  // every message goes to collect_error, none to stderr
    if (sigsetjmp(abort_jump, 1) != 0) {
        unguard_aborts();
        // The context may hold half-built state: abandon it (leaked) and start afresh next time.
        context = NULL;
        out->error = failure("Graphviz stopped on an internal error while drawing the diagram");
        return 1;
    }
    guard_aborts();
    int status = render_guarded(dot, dot_length, format, out);
    unguard_aborts();
    return status;
}

static int render_guarded(const char *dot, size_t dot_length, const char *format, gvshim_result *out) {
    if (!context) context = gvContext();
    if (!context) {
        out->error = failure("Graphviz could not start");
        return 1;
    }

    memory_reader reader = { dot, dot_length, 0 };
    Agdisc_t discipline = { &AgMemDisc, &sequential_ids, &memory_io };
    Agraph_t *graph = agread(&reader, &discipline);
    if (!graph || agerrors() > 0) {
        out->error = failure("Graphviz could not read the DOT");
        if (graph) agclose(graph);
        return 1;
    }
    if (gvLayout(context, graph, "dot") != 0 || agerrors() > 0) {
        out->error = failure("Graphviz could not lay out the diagram");
        // Deliberately neither gvFreeLayout nor agclose: after a failed layout Graphviz 2.43
        // may free the same memory twice.
        return 1;
    }
    char *data = NULL;
    unsigned int length = 0;
    int status = gvRenderData(context, graph, format, &data, &length);
    if (status != 0 || agerrors() > 0 || !data) {
        out->error = failure("Graphviz could not render the diagram");
    } else if ((out->data = malloc(length ? length : 1))) {
        memcpy(out->data, data, length);
        out->length = length;
    } else {
        out->error = failure("out of memory while copying the diagram");
    }
    if (data) gvFreeRenderData(data);
    gvFreeLayout(context, graph);
    agclose(graph);
    return out->error ? 1 : 0;
}

void gvshim_result_free(gvshim_result *result) {
    free(result->data);
    free(result->error);
    result->data = NULL;
    result->error = NULL;
    result->length = 0;
}
