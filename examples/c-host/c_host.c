/*
 * c_host — a sample C game host for Cloaca, and the C ABI's test program.
 * Compiles as C11 (gcc -std=c11 -Wall -Wextra -Werror) and as C++ (g++ -Wall -Werror).
 *
 *   c_host play SCENE.py                 run the scene to the end
 *   c_host save SCENE.py FRAME SAVEFILE  run it up to FRAME, save runtime + host state, quit
 *   c_host resume SAVEFILE               restore both, reissue the in-flight calls, finish
 *   c_host test                          the ABI tests, misuse included ("N passed, N failed")
 *   c_host bench [N]                     ns per ready host call through the C ABI
 *
 * The game: a frame loop. Host functions: say(who, text) answers at once; wait_frames(n)
 * parks the script until n frames have passed (a timer keyed by the call's token);
 * ask(who, prompt) is a dialog stub that answers two frames later from a scripted list.
 * Saving writes the runtime snapshot to SAVEFILE and the host's own state (frame, timers and
 * dialogs keyed by token) to SAVEFILE.host; resuming re-attaches each in-flight call through
 * the reissue callback.
 */
#define _POSIX_C_SOURCE 200809L

#include "cloaca.h"
#include "cbor_mini.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------------------------------ */
/* The game host.                                                                              */

enum { JOB_TIMER = 0, JOB_DIALOG = 1, MAX_JOBS = 64 };

typedef struct Job {
    uint64_t token;
    long due;
    int kind;
    char answer[64];
} Job;

typedef struct Game {
    CloacaRuntime rt;
    long frame;
    int answers_used;
    Job jobs[MAX_JOBS];
    int njobs;
} Game;

static const char *const ANSWERS[] = {"swordfish", "potato", "swordfish"};

static void die(const char *what, CloacaStatus st) {
    fprintf(stderr, "c_host: %s failed: %s: %s\n", what, cloaca_status_name((int32_t)st),
            cloaca_last_error());
    exit(1);
}

#define MUST(call)                          \
    do {                                    \
        CloacaStatus st_ = (call);          \
        if (st_ != CLOACA_STATUS_OK) die(#call, st_); \
    } while (0)

static void add_job(Game *g, uint64_t token, long due, int kind, const char *answer) {
    if (g->njobs == MAX_JOBS) {
        fprintf(stderr, "c_host: too many jobs\n");
        exit(1);
    }
    Job *j = &g->jobs[g->njobs++];
    j->token = token;
    j->due = due;
    j->kind = kind;
    snprintf(j->answer, sizeof j->answer, "%s", answer ? answer : "-");
}

static void host_say(void *user_data, const CloacaCall *call) {
    Game *g = (Game *)user_data;
    const char *who, *text;
    size_t who_len, text_len;
    if (cloaca_call_arg_str(call, 0, &who, &who_len) != CLOACA_STATUS_OK ||
        cloaca_call_arg_str(call, 1, &text, &text_len) != CLOACA_STATUS_OK) {
        cloaca_reply_error(call, "say(who, text) takes two strings");
        return;
    }
    printf("[frame %ld] %.*s: %.*s\n", g->frame, (int)who_len, who, (int)text_len, text);
    cloaca_reply_none(call);
}

static void host_wait_frames(void *user_data, const CloacaCall *call) {
    Game *g = (Game *)user_data;
    int64_t n;
    uint64_t token;
    if (cloaca_call_arg_int(call, 0, &n) != CLOACA_STATUS_OK || n < 0) {
        cloaca_reply_error(call, "wait_frames(n) takes a non-negative int");
        return;
    }
    MUST(cloaca_call_token(call, &token));
    add_job(g, token, g->frame + (long)n, JOB_TIMER, NULL);
    MUST(cloaca_reply_pending(call));
}

static void host_ask(void *user_data, const CloacaCall *call) {
    Game *g = (Game *)user_data;
    const char *who, *prompt;
    size_t who_len, prompt_len;
    uint64_t token;
    if (cloaca_call_arg_str(call, 0, &who, &who_len) != CLOACA_STATUS_OK ||
        cloaca_call_arg_str(call, 1, &prompt, &prompt_len) != CLOACA_STATUS_OK) {
        cloaca_reply_error(call, "ask(who, prompt) takes two strings");
        return;
    }
    const char *answer = ANSWERS[g->answers_used++ % 3];
    printf("[frame %ld] %.*s asks: %.*s (the player will say '%s')\n", g->frame, (int)who_len,
           who, (int)prompt_len, prompt, answer);
    MUST(cloaca_call_token(call, &token));
    add_job(g, token, g->frame + 2, JOB_DIALOG, answer);
    MUST(cloaca_reply_pending(call));
}

/* After a restore: re-attach each in-flight call to the job saved under its token. */
static void host_reissue(void *user_data, const CloacaCall *call) {
    Game *g = (Game *)user_data;
    uint64_t token;
    const char *name;
    size_t name_len;
    MUST(cloaca_call_token(call, &token));
    MUST(cloaca_call_name(call, &name, &name_len));
    for (int i = 0; i < g->njobs; i++) {
        if (g->jobs[i].token == token) {
            fprintf(stderr, "reissue: token %" PRIu64 " (%.*s) re-attached, due at frame %ld\n",
                    token, (int)name_len, name, g->jobs[i].due);
            MUST(cloaca_reply_pending(call));
            return;
        }
    }
    fprintf(stderr, "reissue: token %" PRIu64 " (%.*s) unknown, refused\n", token,
            (int)name_len, name);
    MUST(cloaca_reply_refuse(call, "the host lost this call"));
}

static void host_output(void *user_data, int32_t stream, const char *text, size_t len) {
    (void)user_data;
    fwrite(text, 1, len, stream == 2 ? stderr : stdout);
}

static void register_host(Game *g) {
    MUST(cloaca_register(g->rt, "say", host_say, g));
    MUST(cloaca_register(g->rt, "wait_frames", host_wait_frames, g));
    MUST(cloaca_register(g->rt, "ask", host_ask, g));
    MUST(cloaca_set_output(g->rt, host_output, NULL));
}

static void print_value(const uint8_t *cbor, size_t len) {
    CloacaBuffer repr;
    MUST(cloaca_value_repr(cbor, len, &repr));
    printf("%s", (const char *)repr.data);
    MUST(cloaca_buffer_free(&repr));
}

/* One frame: finish due jobs, tick, report events. Returns 1 while tasks are alive. */
static int game_frame(Game *g) {
    g->frame++;
    int kept = 0;
    for (int i = 0; i < g->njobs; i++) {
        Job *j = &g->jobs[i];
        if (j->due <= g->frame) {
            if (j->kind == JOB_TIMER) MUST(cloaca_complete_none(g->rt, j->token));
            else MUST(cloaca_complete_str(g->rt, j->token, j->answer, strlen(j->answer)));
        } else {
            g->jobs[kept++] = *j;
        }
    }
    g->njobs = kept;
    MUST(cloaca_tick(g->rt, 100000));
    CloacaEvent ev;
    for (;;) {
        MUST(cloaca_next_event(g->rt, &ev));
        if (ev.kind == CLOACA_EVENT_KIND_NONE) break;
        if (ev.kind == CLOACA_EVENT_KIND_FINISHED) {
            printf("[frame %ld] task %" PRIu64 " finished: ", g->frame, ev.task);
            print_value(ev.value, ev.value_len);
            printf("\n");
        } else if (ev.kind == CLOACA_EVENT_KIND_FAILED) {
            printf("[frame %ld] task %" PRIu64 " failed:\n%s", g->frame, ev.task, ev.traceback);
        } else {
            printf("[frame %ld] event %d for task %" PRIu64 "\n", g->frame, (int)ev.kind,
                   ev.task);
        }
    }
    int32_t idle;
    MUST(cloaca_is_idle(g->rt, &idle));
    return !idle;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = (char *)malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        perror(path);
        exit(1);
    }
    buf[n] = 0;
    fclose(f);
    if (len) *len = (size_t)n;
    return buf;
}

static void start_scene(Game *g, const char *path) {
    char *source = read_file(path, NULL);
    CloacaCompileError err;
    CloacaStatus st = cloaca_compile(g->rt, "scene", "scene.py", source, &err);
    if (st != CLOACA_STATUS_OK) {
        fprintf(stderr, "%s\n", cloaca_last_error());
        exit(2);
    }
    free(source);
    uint64_t task;
    MUST(cloaca_spawn_module(g->rt, "scene", NULL, 0, &task));
}

static int run_until(Game *g, long stop_frame) {
    while (game_frame(g)) {
        if (stop_frame > 0 && g->frame >= stop_frame) return 1;
        if (g->frame > 10000) {
            fprintf(stderr, "c_host: the scene does not end\n");
            exit(1);
        }
    }
    printf("[frame %ld] all tasks done\n", g->frame);
    return 0;
}

static int cmd_play(const char *scene) {
    Game g;
    memset(&g, 0, sizeof g);
    MUST(cloaca_runtime_new(NULL, &g.rt));
    register_host(&g);
    start_scene(&g, scene);
    run_until(&g, 0);
    MUST(cloaca_runtime_destroy(g.rt));
    return 0;
}

static int cmd_save(const char *scene, long frame, const char *path) {
    Game g;
    memset(&g, 0, sizeof g);
    MUST(cloaca_runtime_new(NULL, &g.rt));
    register_host(&g);
    start_scene(&g, scene);
    if (!run_until(&g, frame)) {
        fprintf(stderr, "c_host: the scene ended before frame %ld\n", frame);
        return 1;
    }
    CloacaBuffer snap;
    MUST(cloaca_snapshot(g.rt, &snap));
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(snap.data, 1, snap.len, f) != snap.len || fclose(f) != 0) {
        perror(path);
        return 1;
    }
    MUST(cloaca_buffer_free(&snap));
    char host_path[4096];
    snprintf(host_path, sizeof host_path, "%s.host", path);
    f = fopen(host_path, "w");
    if (!f) {
        perror(host_path);
        return 1;
    }
    fprintf(f, "frame %ld\nanswers_used %d\n", g.frame, g.answers_used);
    for (int i = 0; i < g.njobs; i++)
        fprintf(f, "job %" PRIu64 " %ld %d %s\n", g.jobs[i].token, g.jobs[i].due,
                g.jobs[i].kind, g.jobs[i].answer);
    fclose(f);
    fprintf(stderr, "saved at frame %ld with %d call(s) in flight\n", g.frame, g.njobs);
    MUST(cloaca_runtime_destroy(g.rt));
    return 0;
}

static int cmd_resume(const char *path) {
    Game g;
    memset(&g, 0, sizeof g);
    size_t len;
    char *blob = read_file(path, &len);
    MUST(cloaca_restore((const uint8_t *)blob, len, NULL, &g.rt));
    free(blob);
    char host_path[4096];
    snprintf(host_path, sizeof host_path, "%s.host", path);
    FILE *f = fopen(host_path, "r");
    if (!f || fscanf(f, "frame %ld\nanswers_used %d\n", &g.frame, &g.answers_used) != 2) {
        fprintf(stderr, "c_host: bad host state %s\n", host_path);
        return 1;
    }
    Job j;
    while (fscanf(f, "job %" SCNu64 " %ld %d %63s\n", &j.token, &j.due, &j.kind, j.answer) == 4)
        add_job(&g, j.token, j.due, j.kind, j.answer);
    fclose(f);
    register_host(&g);
    MUST(cloaca_set_reissue(g.rt, host_reissue, &g));
    run_until(&g, 0);
    MUST(cloaca_runtime_destroy(g.rt));
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Tests.                                                                                      */

static int passed, failed;

#define CHECK(cond, what)                                                                    \
    do {                                                                                     \
        if (cond) {                                                                          \
            passed++;                                                                        \
        } else {                                                                             \
            failed++;                                                                        \
            fprintf(stderr, "FAIL %s:%d: %s (%s) [last error: %s]\n", __FILE__, __LINE__,   \
                    what, #cond, cloaca_last_error());                                       \
        }                                                                                    \
    } while (0)

#define CHECK_STATUS(call, want) CHECK((call) == (want), #call " -> " #want)

static CloacaRuntime new_runtime(void) {
    CloacaRuntime rt = {0};
    MUST(cloaca_runtime_new(NULL, &rt));
    return rt;
}

static uint64_t load(CloacaRuntime rt, const char *name, const char *src) {
    uint64_t task = 0;
    MUST(cloaca_compile(rt, name, NULL, src, NULL));
    MUST(cloaca_spawn_module(rt, name, NULL, 0, &task));
    return task;
}

static char output_text[4096];

static const char *take_output(CloacaRuntime rt) {
    CloacaBuffer b;
    MUST(cloaca_take_output(rt, 1, &b));
    snprintf(output_text, sizeof output_text, "%s", (const char *)b.data);
    MUST(cloaca_buffer_free(&b));
    return output_text;
}

static uint64_t last_token;
static const CloacaCall *saved_call;

static void t_double(void *ud, const CloacaCall *call) {
    (void)ud;
    int64_t n;
    if (cloaca_call_arg_int(call, 0, &n) != CLOACA_STATUS_OK) {
        cloaca_reply_error(call, cloaca_last_error());
        return;
    }
    cloaca_reply_int(call, 2 * n);
}

static void t_pending(void *ud, const CloacaCall *call) {
    (void)ud;
    cloaca_call_token(call, &last_token);
    saved_call = call;
    cloaca_reply_pending(call);
}

static void t_echo(void *ud, const CloacaCall *call) {
    (void)ud;
    const uint8_t *p;
    size_t n;
    cloaca_call_args_cbor(call, &p, &n);
    cloaca_reply_ready(call, p, n);
}

static void t_float(void *ud, const CloacaCall *call) {
    (void)ud;
    double x;
    cloaca_call_arg_float(call, 0, &x);
    cloaca_reply_float(call, x / 4);
}

static void t_reenter(void *ud, const CloacaCall *call) {
    CloacaRuntime rt = *(CloacaRuntime *)ud;
    CHECK_STATUS(cloaca_tick(rt, 10), CLOACA_STATUS_BUSY);
    CHECK_STATUS(cloaca_runtime_destroy(rt), CLOACA_STATUS_BUSY);
    CHECK_STATUS(cloaca_reply_pending(call), CLOACA_STATUS_OK);
    CHECK_STATUS(cloaca_reply_int(call, 1), CLOACA_STATUS_ALREADY_REPLIED);
    uint64_t token;
    cloaca_call_token(call, &token);
    CHECK_STATUS(cloaca_complete_str(rt, token, "from inside", 11), CLOACA_STATUS_OK);
}

typedef struct Completion {
    CloacaRuntime rt;
    uint64_t token;
    CloacaStatus status;
} Completion;

static void *complete_on_thread(void *arg) {
    Completion *c = (Completion *)arg;
    c->status = cloaca_complete_int(c->rt, c->token, 41);
    return NULL;
}

static int next_event(CloacaRuntime rt, CloacaEvent *ev) {
    MUST(cloaca_next_event(rt, ev));
    return ev->kind != CLOACA_EVENT_KIND_NONE;
}

static void test_host_calls(void) {
    CloacaRuntime rt = new_runtime();
    MUST(cloaca_register(rt, "double", t_double, NULL));
    MUST(cloaca_register(rt, "later", t_pending, NULL));
    MUST(cloaca_register(rt, "echo", t_echo, NULL));
    MUST(cloaca_register(rt, "quarter", t_float, NULL));
    uint64_t task = load(rt, "m",
                         "print(double(21), quarter(3))\n"
                         "try:\n    double('x')\nexcept HostError as e:\n    print('caught', e)\n"
                         "print(echo(-7, 'é', [1.5, None], (True, b'\\x01'), {'k': 2**40}))\n"
                         "print(later() + 1)\n"
                         "'the end'\n");
    MUST(cloaca_tick(rt, 100000));
    CHECK(strcmp(take_output(rt),
                 "42 0.75\ncaught argument 0 of double() is str, not an int\n"
                 "[-7, 'é', [1.5, None], (True, b'\\x01'), {'k': 1099511627776}]\n") == 0,
          "ready, error and CBOR replies reach the script");
    CloacaTaskState state;
    uint64_t detail;
    MUST(cloaca_task_state(rt, task, &state, &detail));
    CHECK(state == CLOACA_TASK_STATE_BLOCKED && detail == last_token, "task blocked on token");
    pthread_t th;
    Completion c = {rt, last_token, CLOACA_STATUS_PANIC};
    pthread_create(&th, NULL, complete_on_thread, &c);
    pthread_join(th, NULL);
    CHECK(c.status == CLOACA_STATUS_OK, "complete from another thread");
    CHECK_STATUS(cloaca_complete_int(rt, last_token, 1), CLOACA_STATUS_UNKNOWN_TOKEN);
    MUST(cloaca_tick(rt, 100000));
    CHECK(strcmp(take_output(rt), "42\n") == 0, "the thread's completion resumes the script");
    CloacaEvent ev;
    CHECK(next_event(rt, &ev) && ev.kind == CLOACA_EVENT_KIND_FINISHED && ev.task == task,
          "finished event");
    CHECK(!next_event(rt, &ev), "no more events");
    MUST(cloaca_runtime_destroy(rt));
}

static void test_spawn_function_and_errors(void) {
    CloacaRuntime rt = new_runtime();
    load(rt, "lib", "def add(a, b):\n    return a + b\n\ndef div(a, b):\n    return a // b\n");
    MUST(cloaca_tick(rt, 10000));
    CloacaEvent ev;
    while (next_event(rt, &ev)) {}
    CborBuf args = {{0}, 0};
    cbor_array(&args, 2);
    cbor_tuple(&args, 2);
    cbor_str(&args, "a");
    cbor_handle(&args, 77);
    cbor_tuple(&args, 1);
    cbor_float(&args, 2.5);
    uint64_t t1, t2;
    MUST(cloaca_spawn_function(rt, "lib", "add", args.data, args.len, NULL, 0, &t1));
    CborBuf args2 = {{0}, 0};
    cbor_array(&args2, 2);
    cbor_int(&args2, 1);
    cbor_int(&args2, 0);
    CborBuf meta = {{0}, 0};
    cbor_str(&meta, "npc-7");
    MUST(cloaca_spawn_function(rt, "lib", "div", args2.data, args2.len, meta.data, meta.len,
                               &t2));
    MUST(cloaca_tick(rt, 10000));
    CHECK(next_event(rt, &ev) && ev.kind == CLOACA_EVENT_KIND_FINISHED && ev.task == t1,
          "add finished");
    CloacaBuffer repr;
    MUST(cloaca_value_repr(ev.value, ev.value_len, &repr));
    CHECK(strcmp((const char *)repr.data, "('a', <handle 77>, 2.5)") == 0,
          "tuple + tuple with a host handle");
    MUST(cloaca_buffer_free(&repr));
    CHECK(next_event(rt, &ev) && ev.kind == CLOACA_EVENT_KIND_FAILED && ev.task == t2,
          "script error is a FAILED event");
    CHECK(strcmp(ev.error_kind, "ZeroDivisionError") == 0, "error kind");
    CHECK(strstr(ev.traceback, "Traceback (most recent call last):\n") == ev.traceback &&
              strstr(ev.traceback, "File \"lib.py\", line 5, in div\n") != NULL,
          "traceback text");
    MUST(cloaca_value_repr(ev.meta, ev.meta_len, &repr));
    CHECK(strcmp((const char *)repr.data, "'npc-7'") == 0, "meta travels with the task");
    MUST(cloaca_buffer_free(&repr));
    CHECK_STATUS(cloaca_spawn_function(rt, "lib", "nope", NULL, 0, NULL, 0, &t1),
                 CLOACA_STATUS_NOT_FOUND);

    CloacaCompileError err;
    CHECK_STATUS(cloaca_compile(rt, "bad", "bad.py", "x = 1\nif x\n    pass\n", &err),
                 CLOACA_STATUS_COMPILE_ERROR);
    CHECK(strcmp(err.kind, "SyntaxError") == 0 && strcmp(err.filename, "bad.py") == 0 &&
              err.line == 2 && err.column == 5,
          "compile error carries kind, file, line and column");
    CHECK(strstr(cloaca_last_error(), "File \"bad.py\", line 2") != NULL,
          "last error is the CPython-style report");
    MUST(cloaca_runtime_destroy(rt));
}

static void test_misuse(void) {
    CloacaRuntime null_rt = {0};
    CloacaRuntime foreign = {0xdeadbeef00000042ull};
    CHECK_STATUS(cloaca_tick(null_rt, 10), CLOACA_STATUS_INVALID_HANDLE);
    CHECK(strstr(cloaca_last_error(), "null") != NULL, "null handle message");
    CHECK_STATUS(cloaca_tick(foreign, 10), CLOACA_STATUS_INVALID_HANDLE);
    CHECK_STATUS(cloaca_complete_none(null_rt, 1), CLOACA_STATUS_INVALID_HANDLE);
    CloacaRuntime rt = new_runtime();
    MUST(cloaca_runtime_destroy(rt));
    CHECK_STATUS(cloaca_runtime_destroy(rt), CLOACA_STATUS_INVALID_HANDLE);
    CHECK_STATUS(cloaca_tick(rt, 10), CLOACA_STATUS_INVALID_HANDLE);

    rt = new_runtime();
    CHECK_STATUS(cloaca_runtime_new(NULL, NULL), CLOACA_STATUS_NULL_POINTER);
    CHECK_STATUS(cloaca_compile(rt, NULL, NULL, "x = 1", NULL), CLOACA_STATUS_NULL_POINTER);
    CHECK_STATUS(cloaca_register(rt, "f", NULL, NULL), CLOACA_STATUS_NULL_POINTER);
    CHECK_STATUS(cloaca_next_event(rt, NULL), CLOACA_STATUS_NULL_POINTER);
    CHECK_STATUS(cloaca_complete_int(rt, 424242, 1), CLOACA_STATUS_UNKNOWN_TOKEN);
    CHECK(strstr(cloaca_last_error(), "424242") != NULL, "bogus token message names it");
    const uint8_t bad_cbor[] = {0x9f, 0x01};
    CHECK_STATUS(cloaca_complete(rt, 1, bad_cbor, sizeof bad_cbor), CLOACA_STATUS_VALUE_ERROR);

    /* Buffers: freed twice, a copy of a freed one, a forged one. */
    CloacaBuffer snap, copy;
    load(rt, "m", "x = [1, 2, 3]\n");
    MUST(cloaca_snapshot(rt, &snap));
    size_t n = snap.len;
    uint8_t *blob = (uint8_t *)malloc(n);
    memcpy(blob, snap.data, n);
    copy = snap;
    CHECK_STATUS(cloaca_buffer_free(&snap), CLOACA_STATUS_OK);
    CHECK_STATUS(cloaca_buffer_free(&snap), CLOACA_STATUS_INVALID_BUFFER);
    CHECK_STATUS(cloaca_buffer_free(&copy), CLOACA_STATUS_INVALID_BUFFER);
    CloacaBuffer forged = {blob, n, 123456789};
    CHECK_STATUS(cloaca_buffer_free(&forged), CLOACA_STATUS_INVALID_BUFFER);
    CHECK_STATUS(cloaca_buffer_free(NULL), CLOACA_STATUS_NULL_POINTER);

    /* Snapshots: corrupt, truncated, not a snapshot; then the intact one restores. */
    CloacaRuntime out = {0};
    blob[n / 2] ^= 0x20;
    CHECK_STATUS(cloaca_restore(blob, n, NULL, &out), CLOACA_STATUS_SNAPSHOT_ERROR);
    CHECK(strstr(cloaca_last_error(), "corrupted") != NULL, "corrupt snapshot message");
    blob[n / 2] ^= 0x20;
    CHECK_STATUS(cloaca_restore(blob, n - 9, NULL, &out), CLOACA_STATUS_SNAPSHOT_ERROR);
    CHECK_STATUS(cloaca_restore((const uint8_t *)"hello", 5, NULL, &out),
                 CLOACA_STATUS_SNAPSHOT_ERROR);
    CHECK(out.id == 0, "out-parameter untouched on error");
    CHECK_STATUS(cloaca_restore(blob, n, NULL, &out), CLOACA_STATUS_OK);
    MUST(cloaca_runtime_destroy(out));
    free(blob);

    /* Calls: re-entering the runtime from its callback, a stale CloacaCall*. */
    CloacaRuntime *boxed = (CloacaRuntime *)malloc(sizeof *boxed);
    *boxed = rt;
    MUST(cloaca_register(rt, "reenter", t_reenter, boxed));
    MUST(cloaca_register(rt, "later", t_pending, NULL));
    load(rt, "calls", "print(reenter())\nlater()\n");
    MUST(cloaca_tick(rt, 10000));
    MUST(cloaca_tick(rt, 10000));
    CHECK(strcmp(take_output(rt), "from inside\n") == 0, "completion from inside a callback");
    CHECK_STATUS(cloaca_reply_int(saved_call, 1), CLOACA_STATUS_INVALID_CALL);
    uint64_t t;
    CHECK_STATUS(cloaca_call_token(saved_call, &t), CLOACA_STATUS_INVALID_CALL);
    CHECK_STATUS(cloaca_reply_none(NULL), CLOACA_STATUS_NULL_POINTER);
    free(boxed);

    /* A script error does not hurt the runtime or the process. */
    uint64_t bad = load(rt, "boom", "def f():\n    raise ValueError('bad input')\nf()\n");
    MUST(cloaca_tick(rt, 10000));
    CloacaEvent ev;
    int found = 0;
    while (next_event(rt, &ev))
        if (ev.task == bad && ev.kind == CLOACA_EVENT_KIND_FAILED &&
            strstr(ev.traceback, "ValueError: bad input\n") != NULL)
            found = 1;
    CHECK(found, "script error reported as an event with its traceback");
    MUST(cloaca_runtime_destroy(rt));
    CHECK(strcmp(cloaca_status_name(CLOACA_STATUS_BUSY), "CLOACA_STATUS_BUSY") == 0,
          "status names");
}

static void test_save_restore_refuse(void) {
    CloacaRuntime rt = new_runtime();
    MUST(cloaca_register(rt, "later", t_pending, NULL));
    load(rt, "m",
         "try:\n    later()\nexcept ReissueError as e:\n    print('refused:', e)\n");
    MUST(cloaca_tick(rt, 10000));
    CloacaBuffer snap;
    MUST(cloaca_snapshot(rt, &snap));
    CloacaRuntime rt2;
    MUST(cloaca_restore(snap.data, snap.len, NULL, &rt2));
    MUST(cloaca_buffer_free(&snap));
    /* No reissue callback: the call is refused inside the script, which goes on. */
    MUST(cloaca_tick(rt2, 10000));
    MUST(cloaca_tick(rt2, 10000));
    CHECK(strstr(take_output(rt2), "refused: the host cannot resume the pending call later()") ==
              output_text,
          "an unowned call raises ReissueError in the script");
    MUST(cloaca_runtime_destroy(rt2));
    MUST(cloaca_runtime_destroy(rt));
}

static int cmd_test(void) {
    printf("cloaca %s\n", cloaca_version());
    test_host_calls();
    test_spawn_function_and_errors();
    test_misuse();
    test_save_restore_refuse();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Bench: a ready host call in a loop.                                                         */

static void b_inc(void *ud, const CloacaCall *call) {
    (void)ud;
    int64_t n;
    cloaca_call_arg_int(call, 0, &n);
    cloaca_reply_int(call, n + 1);
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double bench_run(const char *src) {
    CloacaRuntime rt = new_runtime();
    MUST(cloaca_register(rt, "inc", b_inc, NULL));
    load(rt, "bench", src);
    double t0 = now_ns();
    int32_t idle = 0;
    while (!idle) {
        MUST(cloaca_tick(rt, 1000000000ull));
        MUST(cloaca_is_idle(rt, &idle));
    }
    double t = now_ns() - t0;
    MUST(cloaca_runtime_destroy(rt));
    return t;
}

static int cmd_bench(long n) {
    char with_call[256], without[256];
    snprintf(with_call, sizeof with_call,
             "def main():\n    x = 0\n    for i in range(%ld):\n        x = inc(x)\n"
             "    return x\nmain()\n", n);
    snprintf(without, sizeof without,
             "def main():\n    x = 0\n    for i in range(%ld):\n        x = x + 1\n"
             "    return x\nmain()\n", n);
    double best_call = 1e30, best_loop = 1e30;
    for (int rep = 0; rep < 5; rep++) {
        double a = bench_run(with_call), b = bench_run(without);
        if (a < best_call) best_call = a;
        if (b < best_loop) best_loop = b;
    }
    printf("c_host bench: %ld calls: %.1f ns per loop iteration with a ready host call "
           "(C callback), %.1f ns without; %.1f ns per call\n",
           n, best_call / (double)n, best_loop / (double)n, (best_call - best_loop) / (double)n);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "play") == 0) return cmd_play(argv[2]);
    if (argc >= 5 && strcmp(argv[1], "save") == 0)
        return cmd_save(argv[2], strtol(argv[3], NULL, 10), argv[4]);
    if (argc >= 3 && strcmp(argv[1], "resume") == 0) return cmd_resume(argv[2]);
    if (argc >= 2 && strcmp(argv[1], "test") == 0) return cmd_test();
    if (argc >= 2 && strcmp(argv[1], "bench") == 0)
        return cmd_bench(argc >= 3 ? strtol(argv[2], NULL, 10) : 1000000);
    fprintf(stderr,
            "usage: c_host play SCENE.py | save SCENE.py FRAME SAVE | resume SAVE | test | "
            "bench [N]\n");
    return 2;
}
