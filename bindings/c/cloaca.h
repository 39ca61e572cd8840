/*
 * cloaca.h — the C ABI of Cloaca, an embeddable Python-subset scripting runtime for games.
 * Guide: docs/embedding-c.md. Link with -lcloaca_ffi (static: also -lpthread -ldl -lm).
 *
 * STATUS AND ERRORS
 *   Every function returns a CloacaStatus (except cloaca_last_error, cloaca_version and
 *   cloaca_status_name). On anything but CLOACA_STATUS_OK, out-parameters are left unwritten
 *   (except cloaca_compile's error details) and cloaca_last_error() returns a message valid
 *   until the next cloaca_* call on the same thread. Panics inside the library never cross the ABI: they become CLOACA_STATUS_PANIC
 *   (and the runtime involved is poisoned).
 *   Misuse is reported, not undefined: NULL pointers (CLOACA_STATUS_NULL_POINTER), null,
 *   stale, destroyed or foreign runtime handles (CLOACA_STATUS_INVALID_HANDLE), buffers freed
 *   twice or not issued by the library (CLOACA_STATUS_INVALID_BUFFER), a CloacaCall* used
 *   after its callback returned (CLOACA_STATUS_INVALID_CALL), unknown or already-completed
 *   tokens (CLOACA_STATUS_UNKNOWN_TOKEN). The library cannot detect pointers that are neither
 *   NULL nor valid (e.g. a `data` pointer to freed memory): pass valid memory or NULL.
 *
 * OWNERSHIP
 *   Input strings are NUL-terminated UTF-8 (const char*) unless a length is passed; input
 *   byte ranges are (pointer, length) and may be NULL when the length is 0. Everything input
 *   is copied: the caller keeps ownership. Output the library allocates comes as a
 *   CloacaBuffer, released with cloaca_buffer_free exactly once. Pointers inside a
 *   CloacaEvent, a CloacaCompileError or returned by cloaca_call_* accessors are borrowed;
 *   each says how long it stays valid.
 *
 * THREAD RULES
 *   - A runtime is single-owner: use it from one thread at a time (it may move between
 *     threads). A second thread calling into a runtime that is in use gets
 *     CLOACA_STATUS_BUSY, never a data race.
 *   - Callbacks (host functions, reissue, cancelled, output) run on the thread calling
 *     cloaca_tick, inside it. From a callback, only cloaca_call_*, cloaca_reply_* and
 *     cloaca_complete* may be used on the same runtime (anything else is
 *     CLOACA_STATUS_BUSY); other runtimes may be used freely. Callbacks must not unwind
 *     (no C++ exceptions or longjmp out of them).
 *   - cloaca_complete* are thread-safe: call them from any thread (a worker, an async I/O
 *     completion, a callback) at any time; the completion applies at the next tick.
 *   - cloaca_buffer_free, cloaca_value_repr, cloaca_version, cloaca_status_name and
 *     cloaca_last_error (per thread) are thread-safe.
 *   - user_data pointers are passed back untouched on the tick thread; the library never
 *     dereferences them.
 *
 * VALUES: the mapping between Python values and CBOR (RFC 8949)
 *   None   <-> null (0xf6)                 bool  <-> false / true (0xf4 / 0xf5)
 *   int    <-> integer, major types 0/1, 64-bit signed range (larger ints raise
 *              OverflowError in the script before reaching the host)
 *   float  <-> float; written as 64-bit (0xfb), 16- and 32-bit accepted
 *   str    <-> text string (UTF-8)         bytes <-> byte string
 *   list   <-> array                       dict  <-> map (pairs in insertion order)
 *   tuple  <-> tag CLOACA_CBOR_TAG_TUPLE (0x636C0001) wrapping an array
 *   host handle (an opaque 64-bit id the host chooses; scripts store and pass it back)
 *          <-> tag CLOACA_CBOR_TAG_HANDLE (0x636C0002) wrapping an unsigned integer
 *   Definite and indefinite lengths are accepted; other tags, `undefined`, other simple
 *   values, trailing bytes, nesting deeper than 64 and invalid UTF-8 are
 *   CLOACA_STATUS_VALUE_ERROR. Values with no mapping (functions, class instances …) cannot
 *   be passed to the host: the script gets a TypeError. Typed fast paths skip CBOR for the
 *   common cases: cloaca_call_arg_int/_float/_str, cloaca_reply_none/_int/_float/_bool/_str,
 *   cloaca_complete_none/_int/_float/_bool/_str.
 *
 * HOST CALLS
 *   cloaca_register(rt, "name", fn, user_data) makes `name` a builtin for scripts. A script
 *   calling it runs fn(user_data, call) during cloaca_tick; fn reads the arguments with
 *   cloaca_call_* and answers exactly once: cloaca_reply_ready/_int/... (the script continues
 *   at once), cloaca_reply_error (HostError raised in the script, catchable) or
 *   cloaca_reply_pending (the script parks until cloaca_complete*(rt, token, ...)). A callback
 *   that returns without replying raises HostError in the script.
 *
 * SAVE / RESTORE / REISSUE
 *   cloaca_snapshot saves every task, even mid-host-call. Tokens are unique for the runtime's
 *   whole life, across save/load: the host saves its own state keyed by token next to the
 *   snapshot. After cloaca_restore, register the functions and a reissue callback again; the
 *   first tick calls the reissue callback once per call that was pending at save time, and it
 *   replies pending (re-attached: complete the token later), ready/error (answer now) or
 *   cloaca_reply_refuse (ReissueError raised in the script at the call). A restored call the
 *   host completes before that tick is answered and not reissued. No reissue callback
 *   refuses every call: a script never hangs on a call nobody owes.
 */


#ifndef CLOACA_H
#define CLOACA_H

/* Generated by cbindgen from cloaca-ffi (cargo run -p cloaca-ffi-gen). Do not edit. */

#include <stdint.h>
#include <stddef.h>

// CBOR tag (0x636C0001) marking an array as a Python `tuple` (an untagged array is a `list`).
#define CLOACA_CBOR_TAG_TUPLE 1668022273

// CBOR tag (0x636C0002) marking an unsigned integer as an opaque host handle.
#define CLOACA_CBOR_TAG_HANDLE 1668022274

// Nesting limit for decoded CBOR values (the runtime's own limit for values crossing the
// boundary).
#define CLOACA_CBOR_MAX_DEPTH 64

// What every `cloaca_*` function returns. On anything but `CLOACA_STATUS_OK`,
// `cloaca_last_error()` describes what went wrong, and no out-parameter was written (except
// the error details `cloaca_compile` documents).
typedef enum CloacaStatus {
    // Success.
    CLOACA_STATUS_OK = 0,
    // A required pointer argument was NULL.
    CLOACA_STATUS_NULL_POINTER = 1,
    // The runtime handle is null, stale (destroyed) or was never issued by this library.
    CLOACA_STATUS_INVALID_HANDLE = 2,
    // The buffer was already freed, or was not issued by this library.
    CLOACA_STATUS_INVALID_BUFFER = 3,
    // An argument is malformed (e.g. a string that is not UTF-8).
    CLOACA_STATUS_INVALID_ARGUMENT = 4,
    // The `CloacaCall*` is not live: call accessors and replies work only inside the callback
    // that received it, on the thread that runs the callback.
    CLOACA_STATUS_INVALID_CALL = 5,
    // The call was already answered (a call takes exactly one reply).
    CLOACA_STATUS_ALREADY_REPLIED = 6,
    // No host call is pending under this token (never issued, already completed, or its task
    // was cancelled).
    CLOACA_STATUS_UNKNOWN_TOKEN = 7,
    // No live task has this id.
    CLOACA_STATUS_UNKNOWN_TASK = 8,
    // No such module or function.
    CLOACA_STATUS_NOT_FOUND = 9,
    // The source does not compile; see the `CloacaCompileError` out-parameter.
    CLOACA_STATUS_COMPILE_ERROR = 10,
    // A CBOR value is malformed or has no mapping.
    CLOACA_STATUS_VALUE_ERROR = 11,
    // A typed accessor was used on a value of another type, or an index is out of range.
    CLOACA_STATUS_TYPE_MISMATCH = 12,
    // The snapshot cannot be restored (corrupted, truncated, wrong version, inconsistent).
    CLOACA_STATUS_SNAPSHOT_ERROR = 13,
    // The runtime is in use: a call on a runtime from inside one of its own callbacks (other
    // than `cloaca_complete*` and the call accessors / replies), or from a second thread while
    // the owner is using it.
    CLOACA_STATUS_BUSY = 14,
    // An earlier call on this runtime panicked inside the library; the runtime may be
    // inconsistent and only `cloaca_runtime_destroy` is accepted.
    CLOACA_STATUS_POISONED = 15,
    // The library panicked (a bug); the message is in `cloaca_last_error()`.
    CLOACA_STATUS_PANIC = 16,
} CloacaStatus;

// The state of a task, for `cloaca_task_state`.
typedef enum CloacaTaskState {
    CLOACA_TASK_STATE_RUNNABLE = 0,
    // Parked on a host call; the detail is its token.
    CLOACA_TASK_STATE_BLOCKED = 1,
    // Parked in `join`; the detail is the joined task's id.
    CLOACA_TASK_STATE_JOINING = 2,
    // Finished, failed or cancelled (its event says which).
    CLOACA_TASK_STATE_FINISHED = 3,
} CloacaTaskState;

// What an event reports; see `CloacaEvent`.
typedef enum CloacaEventKind {
    // No event is queued.
    CLOACA_EVENT_KIND_NONE = 0,
    // The task returned: `value` holds its return value (CBOR; values with no mapping
    // arrive as their `repr` string).
    CLOACA_EVENT_KIND_FINISHED = 1,
    // An exception escaped the task: `error_kind`, `error_message`, `traceback` (the full
    // CPython-format traceback). For `SystemExit`, `is_system_exit` is 1 and `exit_status`
    // is the status it asks for.
    CLOACA_EVENT_KIND_FAILED = 2,
    // The task was cancelled (its `finally` blocks ran).
    CLOACA_EVENT_KIND_CANCELLED = 3,
    // The task has used whole time slices for `ticks` consecutive ticks without blocking;
    // `script` and `line` say where it is.
    CLOACA_EVENT_KIND_HOG_WARNING = 4,
    // A completion arrived for `token`, which nobody waits on any more.
    CLOACA_EVENT_KIND_UNKNOWN_TOKEN = 5,
} CloacaEventKind;

// The kind of a value, for `cloaca_call_arg_type`.
typedef enum CloacaValueType {
    CLOACA_VALUE_TYPE_NONE = 0,
    CLOACA_VALUE_TYPE_BOOL = 1,
    CLOACA_VALUE_TYPE_INT = 2,
    CLOACA_VALUE_TYPE_FLOAT = 3,
    CLOACA_VALUE_TYPE_STR = 4,
    CLOACA_VALUE_TYPE_BYTES = 5,
    CLOACA_VALUE_TYPE_LIST = 6,
    CLOACA_VALUE_TYPE_TUPLE = 7,
    CLOACA_VALUE_TYPE_DICT = 8,
    CLOACA_VALUE_TYPE_HANDLE = 9,
} CloacaValueType;

// A host call in progress (opaque). Valid only inside the callback that received it.
typedef struct CloacaCall CloacaCall;

// Runtime limits. A field left 0 takes the default (see `cloaca_config_default`).
typedef struct CloacaConfig {
    // Instructions a task runs before it is preempted (default 10000).
    uint64_t slice;
    // Approximate heap size above which scripts get `MemoryError` (default 1 GiB).
    uint64_t max_heap_bytes;
    // Consecutive ticks of whole slices before a hog warning event (default 10).
    uint32_t hog_ticks;
    // Maximum Python call depth per task (default 1000).
    uint32_t recursion_limit;
} CloacaConfig;

// Bytes owned by the library. Read `data[0..len]`; give it back with `cloaca_buffer_free`
// exactly once. Text buffers (output, repr) are followed by a NUL byte not counted in `len`,
// so `data` can be used as a C string. Do not modify the fields.
typedef struct CloacaBuffer {
    const uint8_t *data;
    size_t len;
    // Identifies the allocation (0 once freed).
    uint64_t id;
} CloacaBuffer;

// A runtime handle. `{0}` is never a valid handle. A handle stays invalid once its runtime
// is destroyed (generation counters: a new runtime never reuses an old handle's value).
typedef struct CloacaRuntime {
    uint64_t id;
} CloacaRuntime;

// A host function, or the reissue callback: read the call with the `cloaca_call_*`
// accessors and answer with exactly one `cloaca_reply_*` before returning. The `call`
// pointer is valid only until the callback returns. Runs on the thread calling
// `cloaca_tick`. Must not unwind (no C++ exceptions, no longjmp) out of the callback.
typedef void (*CloacaHostFn)(void *user_data, const struct CloacaCall *call);

// Told that the task waiting on `token` was cancelled: the host may drop that work (a later
// `cloaca_complete` of the token returns `CLOACA_STATUS_UNKNOWN_TOKEN`).
typedef void (*CloacaCancelledFn)(void *user_data, uint64_t token);

// Receives `print` output: `stream` is 1 for stdout, 2 for `sys.stderr`; `text` is UTF-8,
// `len` bytes, not NUL-terminated, valid during the call. Runs on the thread calling
// `cloaca_tick`.
typedef void (*CloacaOutputFn)(void *user_data, int32_t stream, const char *text, size_t len);

// Details of a compile error. The strings are NUL-terminated UTF-8 and stay valid until the
// next `cloaca_*` call on the same thread.
typedef struct CloacaCompileError {
    // The exception class: `SyntaxError`, `IndentationError`, `TabError` or
    // `NotImplementedError` (a construct Cloaca does not support).
    const char *kind;
    const char *message;
    const char *filename;
    // The offending source line ("" when unknown).
    const char *source_line;
    // 1-based.
    uint32_t line;
    // 1-based, in characters.
    uint32_t column;
} CloacaCompileError;

// One event from `cloaca_next_event`. Pointers are never NULL (empty strings / zero-length
// buffers when a field does not apply) and stay valid until the next `cloaca_next_event` on
// the same runtime, or its destruction.
typedef struct CloacaEvent {
    enum CloacaEventKind kind;
    uint64_t task;
    uint64_t token;
    // The task's `meta` value given at spawn (CBOR).
    const uint8_t *meta;
    size_t meta_len;
    // FINISHED: the return value (CBOR).
    const uint8_t *value;
    size_t value_len;
    const char *error_kind;
    const char *error_message;
    const char *traceback;
    int32_t exit_status;
    int32_t is_system_exit;
    const char *script;
    uint32_t line;
    uint32_t ticks;
} CloacaEvent;

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

// The message of the most recent call on this thread that did not return
// `CLOACA_STATUS_OK` ("" if none). Valid until the next `cloaca_*` call on this thread.
const char *cloaca_last_error(void);

// The library version, e.g. "0.1.0" (static).
const char *cloaca_version(void);

// The name of a status code, e.g. "CLOACA_STATUS_UNKNOWN_TOKEN" (static; "?" for values
// that are not status codes).
const char *cloaca_status_name(int32_t status);

// Fill `*out` with the default limits.
enum CloacaStatus cloaca_config_default(struct CloacaConfig *out);

// Render a CBOR value (see the mapping) as its Python `repr`, into a text buffer to free with
// `cloaca_buffer_free`. Handy for logs and tests.
enum CloacaStatus cloaca_value_repr(const uint8_t *cbor, size_t len, struct CloacaBuffer *out);

// Create a runtime. `config` may be NULL (defaults). Destroy it with `cloaca_runtime_destroy`.
enum CloacaStatus cloaca_runtime_new(const struct CloacaConfig *config, struct CloacaRuntime *out);

// Destroy a runtime and everything in it. Destroying a null, stale or already-destroyed
// handle returns `CLOACA_STATUS_INVALID_HANDLE`; destroying a runtime from inside its own
// callback returns `CLOACA_STATUS_BUSY`.
enum CloacaStatus cloaca_runtime_destroy(struct CloacaRuntime runtime);

// Serve the host function `name`: scripts see it as a builtin; a call runs `callback` during
// `cloaca_tick` with `user_data`. Registering a name again replaces its callback. After
// `cloaca_restore`, register the functions again (they are not in the snapshot).
enum CloacaStatus cloaca_register(struct CloacaRuntime runtime, const char *name, CloacaHostFn callback, void *user_data);

// Set the reissue callback, run during the first `cloaca_tick` after `cloaca_restore` once
// for each host call that was pending in the snapshot. It replies pending (the host
// re-attached the token to its own restored work), ready / error (answer now) or refuse
// (`ReissueError` in the script). NULL (the default) refuses every call. A restored call the
// host already completed (between the restore and that tick) counts as answered: it is not
// reissued.
enum CloacaStatus cloaca_set_reissue(struct CloacaRuntime runtime, CloacaHostFn callback, void *user_data);

// Set the callback told about host calls abandoned by cancelled tasks (NULL: none). It runs
// at the start of the next `cloaca_tick`.
enum CloacaStatus cloaca_set_cancelled(struct CloacaRuntime runtime, CloacaCancelledFn callback, void *user_data);

// Route `print` output to `callback` (NULL: collect it for `cloaca_take_output`, the
// default).
enum CloacaStatus cloaca_set_output(struct CloacaRuntime runtime, CloacaOutputFn callback, void *user_data);

// Take the output collected so far for `stream` (1: stdout, 2: stderr) as a text buffer to
// free with `cloaca_buffer_free`.
enum CloacaStatus cloaca_take_output(struct CloacaRuntime runtime, int32_t stream, struct CloacaBuffer *out);

// Compile `source` as module `name` (file name `filename` in tracebacks; NULL means
// "<name>.py"). On success the module can be spawned with `cloaca_spawn_module` and imported
// by scripts. On `CLOACA_STATUS_COMPILE_ERROR`, `*error` (if not NULL) gets the details and
// `cloaca_last_error()` holds the CPython-style report.
enum CloacaStatus cloaca_compile(struct CloacaRuntime runtime, const char *name, const char *filename, const char *source, struct CloacaCompileError *error);

// Spawn a task running the top level of module `name` (compiled with `cloaca_compile`).
// `meta` is any CBOR value the host attaches to the task (reported in its events, inherited
// by tasks it spawns; NULL / 0 means `None`). The task starts on the next tick.
enum CloacaStatus cloaca_spawn_module(struct CloacaRuntime runtime, const char *name, const uint8_t *meta, size_t meta_len, uint64_t *task);

// Spawn a task calling `module.function(*args)` on a module that ran (or is running) its
// top level. `args` is a CBOR array (NULL / 0: no arguments); `meta` as for
// `cloaca_spawn_module`.
enum CloacaStatus cloaca_spawn_function(struct CloacaRuntime runtime, const char *module, const char *function, const uint8_t *args, size_t args_len, const uint8_t *meta, size_t meta_len, uint64_t *task);

// Run the runtime for one frame: apply completions, reissue restored calls (first tick after
// a restore), then run tasks round-robin for at most `budget` instructions in total, calling
// host functions as scripts reach them. Tasks spawned or woken during a tick run on the next.
enum CloacaStatus cloaca_tick(struct CloacaRuntime runtime, uint64_t budget);

// Cancel a task: `CancelledError` is raised where it stands; its `finally` blocks run on the
// next tick, then a CANCELLED event. A host call it was blocked on is abandoned (its token
// becomes unknown; the cancelled callback hears of it).
enum CloacaStatus cloaca_cancel(struct CloacaRuntime runtime, uint64_t task);

// The state of a task; `*detail` (may be NULL) gets the token it is blocked on or the task
// it joins, else 0. Ended tasks report FINISHED; ids never issued are UNKNOWN_TASK.
enum CloacaStatus cloaca_task_state(struct CloacaRuntime runtime, uint64_t task, enum CloacaTaskState *state, uint64_t *detail);

// `*idle` = 1 when no task is alive, else 0.
enum CloacaStatus cloaca_is_idle(struct CloacaRuntime runtime, int32_t *idle);

// Take the oldest event. `out->kind` is `CLOACA_EVENT_KIND_NONE` when there is none.
enum CloacaStatus cloaca_next_event(struct CloacaRuntime runtime, struct CloacaEvent *out);

// Complete a pending host call with a value (CBOR; NULL / 0 means `None`); the task resumes
// on the next tick. Thread-safe: may be called from any thread, and from inside callbacks.
// A token completes once; again, or a token never issued, is `CLOACA_STATUS_UNKNOWN_TOKEN`.
enum CloacaStatus cloaca_complete(struct CloacaRuntime runtime, uint64_t token, const uint8_t *cbor, size_t len);

// `cloaca_complete` with `None`. Thread-safe.
enum CloacaStatus cloaca_complete_none(struct CloacaRuntime runtime, uint64_t token);

// `cloaca_complete` with an `int`. Thread-safe.
enum CloacaStatus cloaca_complete_int(struct CloacaRuntime runtime, uint64_t token, int64_t value);

// `cloaca_complete` with a `float`. Thread-safe.
enum CloacaStatus cloaca_complete_float(struct CloacaRuntime runtime, uint64_t token, double value);

// `cloaca_complete` with a `bool` (0 is `False`). Thread-safe.
enum CloacaStatus cloaca_complete_bool(struct CloacaRuntime runtime, uint64_t token, int32_t value);

// `cloaca_complete` with a `str` (UTF-8, `len` bytes; copied). Thread-safe.
enum CloacaStatus cloaca_complete_str(struct CloacaRuntime runtime, uint64_t token, const char *text, size_t len);

// Complete a pending host call with an error: `HostError(message)` is raised in the script.
// Thread-safe.
enum CloacaStatus cloaca_complete_error(struct CloacaRuntime runtime, uint64_t token, const char *message);

// Save the whole runtime (every task, mid-function, mid-host-call) into a buffer to free with
// `cloaca_buffer_free`. Completions already queued are applied first. Host callbacks and
// output routing are not saved.
enum CloacaStatus cloaca_snapshot(struct CloacaRuntime runtime, struct CloacaBuffer *out);

// Restore a runtime from snapshot bytes (`config` may be NULL). The blob is never trusted:
// corrupted, truncated or incompatible input returns `CLOACA_STATUS_SNAPSHOT_ERROR` with the
// reason. Then register the host functions and the reissue callback again, and tick: the
// first tick reissues every call that was pending at save time.
enum CloacaStatus cloaca_restore(const uint8_t *data, size_t len, const struct CloacaConfig *config, struct CloacaRuntime *out);

// Free a buffer the library returned, and zero `*buffer`. Freeing it again, freeing a copy
// of an already-freed buffer, or a buffer the library never issued returns
// `CLOACA_STATUS_INVALID_BUFFER` and frees nothing. Thread-safe.
enum CloacaStatus cloaca_buffer_free(struct CloacaBuffer *buffer);

// The call's token: unique for the runtime's life, across save/load. Keep it to complete a
// pending call, and as the key of the host's own saved state for reissue.
enum CloacaStatus cloaca_call_token(const struct CloacaCall *call, uint64_t *out);

// The id of the task making the call.
enum CloacaStatus cloaca_call_task(const struct CloacaCall *call, uint64_t *out);

// 1 when the call is a reissue after a restore (in the reissue callback), else 0.
enum CloacaStatus cloaca_call_is_reissue(const struct CloacaCall *call, int32_t *out);

// The name the function was registered under (UTF-8, `*len` bytes, not NUL-terminated;
// valid until the callback returns).
enum CloacaStatus cloaca_call_name(const struct CloacaCall *call, const char **name, size_t *len);

// The number of positional arguments.
enum CloacaStatus cloaca_call_arg_count(const struct CloacaCall *call, size_t *out);

// The type of positional argument `index`.
enum CloacaStatus cloaca_call_arg_type(const struct CloacaCall *call, size_t index, enum CloacaValueType *out);

// Positional argument `index` as an `int` (a `bool` reads as 0 / 1). Fast path: no CBOR.
enum CloacaStatus cloaca_call_arg_int(const struct CloacaCall *call, size_t index, int64_t *out);

// Positional argument `index` as a `float` (an `int` converts). Fast path: no CBOR.
enum CloacaStatus cloaca_call_arg_float(const struct CloacaCall *call, size_t index, double *out);

// Positional argument `index` as a `str`: UTF-8, `*len` bytes, not NUL-terminated, valid
// until the callback returns. Fast path: no CBOR.
enum CloacaStatus cloaca_call_arg_str(const struct CloacaCall *call, size_t index, const char **data, size_t *len);

// Positional argument `index` as CBOR (valid until the callback returns).
enum CloacaStatus cloaca_call_arg_cbor(const struct CloacaCall *call, size_t index, const uint8_t **data, size_t *len);

// All positional arguments as one CBOR array (valid until the callback returns).
enum CloacaStatus cloaca_call_args_cbor(const struct CloacaCall *call, const uint8_t **data, size_t *len);

// The keyword arguments as one CBOR map from names to values, in call order (an empty map
// when there are none; valid until the callback returns).
enum CloacaStatus cloaca_call_kwargs_cbor(const struct CloacaCall *call, const uint8_t **data, size_t *len);

// Answer with a value (CBOR, see the mapping above): the script continues at once.
enum CloacaStatus cloaca_reply_ready(const struct CloacaCall *call, const uint8_t *cbor, size_t len);

// Answer `None`. Fast path: no CBOR.
enum CloacaStatus cloaca_reply_none(const struct CloacaCall *call);

// Answer an `int`. Fast path: no CBOR.
enum CloacaStatus cloaca_reply_int(const struct CloacaCall *call, int64_t value);

// Answer a `float`. Fast path: no CBOR.
enum CloacaStatus cloaca_reply_float(const struct CloacaCall *call, double value);

// Answer a `bool` (0 is `False`, anything else `True`). Fast path: no CBOR.
enum CloacaStatus cloaca_reply_bool(const struct CloacaCall *call, int32_t value);

// Answer a `str` (UTF-8, `len` bytes; copied). Fast path: no CBOR.
enum CloacaStatus cloaca_reply_str(const struct CloacaCall *call, const char *text, size_t len);

// Answer with an error: the script sees `HostError(message)` raised at the call, which it
// can catch. `message` is NUL-terminated UTF-8.
enum CloacaStatus cloaca_reply_error(const struct CloacaCall *call, const char *message);

// Answer later: the task parks until `cloaca_complete*(runtime, token, …)` (from any thread,
// even before this callback returns). Get the token with `cloaca_call_token`. In the reissue
// callback: the host re-attached the call to its own work.
enum CloacaStatus cloaca_reply_pending(const struct CloacaCall *call);

// Reissue callback only: the host cannot re-attach this call; the script sees
// `ReissueError(message)` raised at the call. (In a host function it acts like
// `cloaca_reply_error`.)
enum CloacaStatus cloaca_reply_refuse(const struct CloacaCall *call, const char *message);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* CLOACA_H */
