// Tests for the C# layer: a small self-made runner (no NuGet). Run by bindings/csharp/run-tests.sh
// under `mono` and `mono --full-aot`; prints "N passed, N failed" and exits non-zero on failure.
// Argument: the file with python3's output of tests/semantics.py (the same script Cloaca runs in
// the "python semantics" test, with the host functions stubbed in Python).

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Cloaca;
using Cloaca.Native;

static class Tests
{
    static int passed, failed;
    static string pythonExpected;

    static int Main(string[] args)
    {
        pythonExpected = args.Length > 0 ? File.ReadAllText(args[0]) : null;
        Run("version", Version);
        Run("value round trips through a script", ValueRoundTrips);
        Run("CBOR codec: indefinite lengths, half floats, malformed input", CborCodec);
        Run("values repr like Python", ReprLikePython);
        Run("host call answered at once (sync and completed Task)", HostReady);
        Run("host errors become catchable HostError in the script", HostErrors);
        Run("uncaught host error: Failed event with a traceback", HostErrorUncaught);
        Run("async host function parks the script until its Task completes", AsyncPending);
        Run("Pending<T> awaiter: continuation on the tick thread at the next Tick", AwaiterParking);
        Run("faulted async Task raises HostError in the script", AsyncFault);
        Run("kwargs, meta, spawn_function", KwargsMetaSpawnFunction);
        Run("reissue after restore (IReissuable) in a new runtime", ReissueAfterRestore);
        Run("reissue: global IReissue, refuse, none", ReissueRefuse);
        Run("in-process Restore drops stale completions", RestoreDropsStale);
        Run("cancel: HostCall.Cancellation and CallCancelled", CancelCall);
        Run("misuse: disposed runtime", MisuseDisposed);
        Run("misuse: bad snapshot -> CloacaException with message", MisuseBadSnapshot);
        Run("misuse: unknown token", MisuseUnknownToken);
        Run("compile error -> CompileException", CompileError);
        Run("script semantics match python3", PythonSemantics);
        Console.WriteLine(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    static void Run(string name, Action test)
    {
        try
        {
            test();
            passed++;
            Console.WriteLine("ok - " + name);
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine("not ok - " + name + "\n    " + e.ToString().Replace("\n", "\n    "));
        }
    }

    static void Assert(bool cond, string what)
    {
        if (!cond) throw new Exception("assertion failed: " + what);
    }

    static void Eq(object expected, object actual, string what)
    {
        if (!DeepEquals(expected, actual))
            throw new Exception(what + ": expected " + Show(expected) + ", got " + Show(actual));
    }

    static string Show(object v)
    {
        try { return Values.Repr(v); } catch (Exception) { return v == null ? "null" : v.ToString(); }
    }

    static T Throws<T>(Action a, string what) where T : Exception
    {
        try
        {
            a();
        }
        catch (T e)
        {
            return e;
        }
        catch (Exception e)
        {
            throw new Exception(what + ": expected " + typeof(T).Name + ", got " + e.GetType().Name + ": " + e.Message);
        }
        throw new Exception(what + ": expected " + typeof(T).Name + ", nothing thrown");
    }

    static bool DeepEquals(object a, object b)
    {
        if (a == null || b == null) return a == null && b == null;
        if (a is object[] && b is object[]) return SeqEquals((object[])a, (object[])b);
        if (a is List<object> && b is List<object>) return SeqEquals(((List<object>)a).ToArray(), ((List<object>)b).ToArray());
        if (a is byte[] && b is byte[]) return Convert.ToBase64String((byte[])a) == Convert.ToBase64String((byte[])b);
        var da = a as Dictionary<object, object>;
        var db = b as Dictionary<object, object>;
        if (da != null && db != null)
        {
            if (da.Count != db.Count) return false;
            var ka = new List<object>(da.Keys);
            var kb = new List<object>(db.Keys);
            for (int i = 0; i < ka.Count; i++)
                if (!DeepEquals(ka[i], kb[i]) || !DeepEquals(da[ka[i]], db[kb[i]])) return false;
            return true;
        }
        if (a.GetType() != b.GetType()) return false;
        if (a is double) return ((double)a).Equals((double)b);
        return a.Equals(b);
    }

    static bool SeqEquals(object[] a, object[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (!DeepEquals(a[i], b[i])) return false;
        return true;
    }

    static void RunUntilIdle(Runtime rt, int maxTicks = 1000)
    {
        for (int i = 0; i < maxTicks && !rt.IsIdle; i++) rt.Tick(100000);
        Assert(rt.IsIdle, "runtime idle");
    }

    static List<ScriptEvent> Events(Runtime rt)
    {
        var list = new List<ScriptEvent>();
        ScriptEvent e;
        while ((e = rt.NextEvent()) != null) list.Add(e);
        return list;
    }

    static ScriptEvent Only(Runtime rt)
    {
        var evs = Events(rt);
        Assert(evs.Count == 1, "one event, got " + evs.Count);
        return evs[0];
    }

    static object FinishedValue(Runtime rt)
    {
        var e = Only(rt);
        if (e.Kind != EventKind.Finished) throw new Exception("task did not finish: " + e + "\n" + e.Traceback);
        return e.Value;
    }

    // ---- tests ----------------------------------------------------------------------------

    static void Version()
    {
        Assert(!string.IsNullOrEmpty(Runtime.Version), "version string");
        Assert(IntPtr.Size == 8 || IntPtr.Size == 4, "pointer size");
    }

    static object Sample()
    {
        var dict = new Dictionary<object, object>();
        dict["b"] = 2L;
        dict["a"] = new List<object> { 1L, "x" };
        dict[3L] = null;
        dict[new HostHandle(99)] = true;
        return new List<object>
        {
            null, true, false, 0L, -1L, long.MaxValue, long.MinValue, 1.5, -0.25, double.PositiveInfinity,
            "", "héllo ✓", new byte[] { 0, 1, 255 }, new byte[0], new object[] { 1L, "t" }, new object[0],
            new List<object>(), dict, new HostHandle(ulong.MaxValue), new HostHandle(0),
        };
    }

    static void ValueRoundTrips()
    {
        using (var rt = new Runtime())
        {
            object seen = null;
            rt.RegisterSync("give", c => Sample());
            rt.RegisterSync("take", c => { seen = c.Arg(0); return c.Arg(0); });
            rt.Compile("m", "def ident(x):\n    return x\nv = give()\ntake(v)\nassert v[14] == (1, 't')\nassert type(v[14]) is tuple\n");
            rt.Spawn("m");
            RunUntilIdle(rt);
            Eq(null, FinishedValue(rt), "module result");
            Eq(Sample(), seen, "value passed back by the script");
            rt.SpawnFunction("m", "ident", new object[] { Sample() });
            RunUntilIdle(rt);
            Eq(Sample(), FinishedValue(rt), "returned by spawn_function");
            // C# integer and float widths are accepted and arrive as long / double.
            rt.SpawnFunction("m", "ident", new object[] { new List<object> { 7, (short)-3, (byte)200, 5u, 6ul, 2.5f } });
            RunUntilIdle(rt);
            Eq(new List<object> { 7L, -3L, 200L, 5L, 6L, 2.5 }, FinishedValue(rt), "widened numbers");
        }
    }

    static void CborCodec()
    {
        Eq(Sample(), Cbor.Decode(Cbor.Encode(Sample())), "encode/decode");
        // Indefinite array of an indefinite text string, half float 1.5, float32 0.5.
        var d = Cbor.Decode(new byte[] { 0x9f, 0x7f, 0x61, 0x61, 0x61, 0x62, 0xff, 0xf9, 0x3e, 0x00, 0xfa, 0x3f, 0x00, 0x00, 0x00, 0xff });
        Eq(new List<object> { "ab", 1.5, 0.5 }, d, "indefinite / half / single");
        Throws<ValueMappingException>(() => Cbor.Decode(new byte[] { 0x82, 0x01 }), "truncated");
        Throws<ValueMappingException>(() => Cbor.Decode(new byte[] { 0x01, 0x01 }), "trailing");
        Throws<ValueMappingException>(() => Cbor.Decode(new byte[] { 0xc1, 0x01 }), "unknown tag");
        Throws<ValueMappingException>(() => Cbor.Decode(new byte[] { 0xf7 }), "undefined");
        Throws<ValueMappingException>(() => Cbor.Encode(new object()), "no mapping");
        Throws<OverflowException>(() => Cbor.Encode(ulong.MaxValue), "ulong out of range");
    }

    static void ReprLikePython()
    {
        var d = new Dictionary<object, object>();
        d["k"] = new object[] { 1L };
        Eq("[None, True, 1, 2.5, 'a', b'\\x00', (1,), {'k': (1,)}, []]",
            Values.Repr(new List<object> { null, true, 1L, 2.5, "a", new byte[] { 0 }, new object[] { 1L }, d, new List<object>() }), "repr");
    }

    static void HostReady()
    {
        using (var rt = new Runtime())
        {
            rt.RegisterSync("add", c => c.ArgLong(0) + c.ArgLong(1));
            rt.Register("shout", c => Task.FromResult<object>(c.ArgString(0).ToUpperInvariant()));
            rt.Compile("m", "print(add(2, 3), shout('hi'))\n");
            rt.Spawn("m");
            rt.Tick(100000);
            Eq("5 HI\n", rt.TakeOutput(), "output after one tick");
            RunUntilIdle(rt);
        }
    }

    static void HostErrors()
    {
        using (var rt = new Runtime())
        {
            rt.RegisterSync("boom", c => { throw new InvalidOperationException("no ammo"); });
            rt.RegisterSync("typed", c => c.ArgLong(0));
            rt.RegisterSync("bad_value", c => new object());
            rt.Compile("m",
                "for f, a in [(boom, ()), (typed, ('x',)), (bad_value, ())]:\n" +
                "    try:\n        f(*a)\n    except HostError as e:\n        print('caught', e)\n");
            rt.Spawn("m");
            RunUntilIdle(rt);
            Eq("caught no ammo\ncaught typed() argument 1 must be an int\ncaught no Cloaca value for a System.Object\n",
                rt.TakeOutput(), "messages");
            Eq(null, FinishedValue(rt), "finished");
        }
    }

    static void HostErrorUncaught()
    {
        using (var rt = new Runtime())
        {
            rt.RegisterSync("boom", c => { throw new Exception("kaput"); });
            rt.Compile("m", "def f():\n    boom()\nf()\n");
            rt.Spawn("m");
            RunUntilIdle(rt);
            var e = Only(rt);
            Eq(EventKind.Failed, e.Kind, "kind");
            Eq("HostError", e.ErrorKind, "error kind");
            Eq("kaput", e.ErrorMessage, "message");
            Assert(e.Traceback.Contains("Traceback (most recent call last):") && e.Traceback.Contains("line 2, in f"), "traceback: " + e.Traceback);
        }
    }

    static void AsyncPending()
    {
        using (var rt = new Runtime())
        {
            var tcs = new TaskCompletionSource<object>();
            HostCall seen = null;
            rt.Register("fetch", c => { seen = c; return tcs.Task; });
            rt.Compile("m", "print('got', fetch('url'))\n");
            var task = rt.Spawn("m");
            for (int i = 0; i < 5; i++) rt.Tick(100000);
            ulong token;
            Eq(TaskState.Blocked, rt.GetTaskState(task, out token), "parked");
            Eq(seen.Token, token, "blocked on the call's token");
            Eq("", rt.TakeOutput(), "nothing yet");
            // Completed from another thread: applied on the tick thread at the next Tick.
            Task.Run(() => tcs.SetResult(new object[] { 1L, "ok" })).Wait();
            rt.Tick(100000);
            Eq("got (1, 'ok')\n", rt.TakeOutput(), "resumed at the next tick");
            RunUntilIdle(rt);
        }
    }

    sealed class Timer
    {
        readonly List<KeyValuePair<int, Pending<object>>> waits = new List<KeyValuePair<int, Pending<object>>>();
        public int Frame;

        public Pending<object> After(Runtime rt, int frames)
        {
            var p = new Pending<object>(rt);
            waits.Add(new KeyValuePair<int, Pending<object>>(Frame + frames, p));
            return p;
        }

        public void Update()
        {
            Frame++;
            for (int i = waits.Count - 1; i >= 0; i--)
            {
                if (waits[i].Key <= Frame)
                {
                    waits[i].Value.SetResult(Frame);
                    waits.RemoveAt(i);
                }
            }
        }
    }

    static void AwaiterParking()
    {
        using (var rt = new Runtime())
        {
            var timer = new Timer();
            int tickThread = System.Threading.Thread.CurrentThread.ManagedThreadId;
            int resumedOn = -1;
            rt.Register("wait_frames", async c =>
            {
                var n = (int)c.ArgLong(0);
                var at = await timer.After(rt, n);
                resumedOn = System.Threading.Thread.CurrentThread.ManagedThreadId;
                await Task.Yield(); // posts back through the tick context: one more frame
                return (long)(int)at * 10;
            });
            rt.Compile("m", "print('woke', wait_frames(3))\n");
            var task = rt.Spawn("m");
            var frames = new List<string>();
            for (int f = 0; f < 8; f++)
            {
                timer.Update();
                rt.Tick(100000);
                var o = rt.TakeOutput();
                if (o.Length > 0) frames.Add(timer.Frame + ":" + o);
            }
            Eq(new List<object> { "4:woke 40\n" }, new List<object>(frames.ToArray()), "frame the script resumed");
            Eq(tickThread, resumedOn, "continuation thread");
            Eq(TaskState.Finished, rt.GetTaskState(task), "finished");
        }
    }

    static void AsyncFault()
    {
        using (var rt = new Runtime())
        {
            rt.Register("load", async c =>
            {
                await Task.Yield();
                throw new IOException("disk on fire");
            });
            rt.Compile("m", "try:\n    load()\nexcept HostError as e:\n    print('caught:', e)\n");
            rt.Spawn("m");
            RunUntilIdle(rt);
            Eq("caught: disk on fire\n", rt.TakeOutput(), "fault message");
        }
    }

    static void KwargsMetaSpawnFunction()
    {
        using (var rt = new Runtime())
        {
            rt.RegisterSync("kw", c => Values.Repr(c.Args) + " " + c.Kwargs["speed"] + " " + c.Kwargs.Count);
            rt.Compile("m", "def go(a, b):\n    return kw(a, speed=b, mood='calm')\n");
            rt.Spawn("m");
            RunUntilIdle(rt);
            Events(rt);
            var meta = new Dictionary<object, object>();
            meta["npc"] = "guard";
            rt.SpawnFunction("m", "go", new object[] { 1L, 2.5 }, meta);
            RunUntilIdle(rt);
            var e = Only(rt);
            Eq("(1,) 2.5 2", e.Value, "value");
            Eq(meta, e.Meta, "meta");
        }
    }

    sealed class Sleeper : IReissuable
    {
        public readonly Dictionary<ulong, Pending<object>> Waiting = new Dictionary<ulong, Pending<object>>();
        public readonly List<string> Log = new List<string>();
        readonly Runtime rt;

        public Sleeper(Runtime rt)
        {
            this.rt = rt;
        }

        public async Task<object> Call(HostCall call)
        {
            var p = new Pending<object>(rt);
            Waiting[call.Token] = p;
            return await p;
        }

        public async Task<object> Reissue(ulong token, object[] args)
        {
            Log.Add("reissue " + token + " " + Values.Repr(args));
            var p = new Pending<object>(rt);
            Waiting[token] = p;
            return await p;
        }
    }

    static void ReissueAfterRestore()
    {
        byte[] blob;
        ulong token;
        using (var rt = new Runtime())
        {
            var s = new Sleeper(rt);
            rt.Register("sleep", s);
            rt.Compile("m", "x = 41\nr = sleep(2.5, 'zz')\nprint('slept', r, x + 1)\n");
            rt.Spawn("m");
            rt.Tick(100000);
            Assert(s.Waiting.Count == 1, "one sleeper");
            token = new List<ulong>(s.Waiting.Keys)[0];
            blob = rt.Snapshot();
        }
        using (var rt = new Runtime())
        {
            var s = new Sleeper(rt);
            rt.Register("sleep", s);
            rt.Restore(blob);
            rt.Tick(100000);
            Eq(new List<object> { "reissue " + token + " (2.5, 'zz')" }, new List<object>(s.Log.ToArray()), "reissued with token and args");
            Eq("", rt.TakeOutput(), "still parked");
            s.Waiting[token].SetResult("rested");
            RunUntilIdle(rt);
            Eq("slept rested 42\n", rt.TakeOutput(), "resumed after restore");
        }
    }

    sealed class GlobalReissue : IReissue
    {
        public Task<object> Reissue(ulong token, string name, object[] args)
        {
            if (name == "now") return Task.FromResult<object>("answered at reissue");
            if (name == "refuse") throw new ReissueRefusedException("the save is too old");
            return null;
        }
    }

    static void ReissueRefuse()
    {
        const string src =
            "def f(fn):\n    try:\n        return fn()\n    except ReissueError as e:\n        return 'ReissueError: ' + str(e)\n" +
            "def a():\n    print('a', f(now))\ndef b():\n    print('b', f(refuse))\ndef c():\n    print('c', f(unknown))\n";
        byte[] blob;
        var tokens = new Dictionary<string, ulong>();
        using (var rt = new Runtime())
        {
            var never = new TaskCompletionSource<object>();
            foreach (var n in new[] { "now", "refuse", "unknown" }) rt.Register(n, c => { tokens[c.Name] = c.Token; return never.Task; });
            rt.Compile("m", src);
            rt.Spawn("m");
            RunUntilIdle(rt);
            Events(rt);
            foreach (var fn in new[] { "a", "b", "c" }) rt.SpawnFunction("m", fn);
            rt.Tick(100000);
            Assert(tokens.Count == 3, "three calls in flight");
            blob = rt.Snapshot();
        }
        // A global IReissue: answer now, refuse with a message, or return null (nobody owns it).
        using (var rt = new Runtime())
        {
            rt.Reissue = new GlobalReissue();
            rt.Restore(blob);
            RunUntilIdle(rt, 5);
            var lines = new List<string>(rt.TakeOutput().Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries));
            lines.Sort(StringComparer.Ordinal);
            Eq(new List<object> { "a answered at reissue", "b ReissueError: the save is too old",
                "c ReissueError: nothing re-attached the call to unknown (token " + tokens["unknown"] + ")" },
                new List<object>(lines.ToArray()), "reissue outcomes");
        }
        // No reissue handler at all: every restored call is refused, the scripts go on.
        using (var rt = new Runtime())
        {
            rt.Restore(blob);
            RunUntilIdle(rt, 5);
            var o = rt.TakeOutput();
            Assert(o.Contains("a ReissueError") && o.Contains("b ReissueError") && o.Contains("c ReissueError"), "all refused: " + o);
        }
    }

    static void RestoreDropsStale()
    {
        using (var rt = new Runtime())
        {
            var first = new TaskCompletionSource<object>();
            var calls = 0;
            rt.Register("get", c => { calls++; return calls == 1 ? first.Task : Task.FromResult<object>("fresh"); });
            rt.Reissue = null;
            rt.Compile("m", "try:\n    print(get())\nexcept ReissueError:\n    print('refused, retry:', get())\n");
            rt.Spawn("m");
            rt.Tick(100000);
            var blob = rt.Snapshot();
            rt.Restore(blob);
            first.SetResult("stale"); // the old world's work: must not answer the restored call
            RunUntilIdle(rt);
            Eq("refused, retry: fresh\n", rt.TakeOutput(), "stale completion dropped");
        }
    }

    static void CancelCall()
    {
        using (var rt = new Runtime())
        {
            HostCall seen = null;
            var cancelled = new List<ulong>();
            rt.CallCancelled += t => cancelled.Add(t);
            rt.Register("wait", c => { seen = c; var tcs = new TaskCompletionSource<object>(); c.Cancellation.Register(() => tcs.TrySetCanceled()); return tcs.Task; });
            rt.Compile("m", "try:\n    wait()\nfinally:\n    print('cleanup')\n");
            var task = rt.Spawn("m");
            rt.Tick(100000);
            Assert(!seen.Cancellation.IsCancellationRequested, "not cancelled yet");
            rt.Cancel(task);
            RunUntilIdle(rt);
            Assert(seen.Cancellation.IsCancellationRequested, "cancellation token fired");
            Eq(new List<object> { seen.Token }, new List<object> { cancelled[0] }, "CallCancelled token");
            Eq("cleanup\n", rt.TakeOutput(), "finally ran");
            Eq(EventKind.Cancelled, Only(rt).Kind, "cancelled event");
            Throws<CloacaException>(() => rt.Complete(seen.Token, 1L), "complete after cancel");
        }
    }

    static void MisuseDisposed()
    {
        var rt = new Runtime();
        rt.Dispose();
        rt.Dispose(); // idempotent
        Throws<ObjectDisposedException>(() => rt.Tick(1), "tick");
        Throws<ObjectDisposedException>(() => rt.Snapshot(), "snapshot");
        Throws<ObjectDisposedException>(() => rt.Compile("m", "x = 1\n"), "compile");
        Throws<ObjectDisposedException>(() => rt.Complete(1, null), "complete");
        // The raw layer reports a stale handle instead of crashing.
        Eq(CloacaStatus.InvalidHandle, Interop.cloaca_tick(new CloacaRuntime { id = 12345 }, 1), "stale raw handle");
    }

    static void MisuseBadSnapshot()
    {
        using (var rt = new Runtime())
        {
            rt.Compile("m", "x = 1\n");
            var e = Throws<CloacaException>(() => rt.Restore(new byte[] { 1, 2, 3 }), "garbage");
            Eq(CloacaStatus.SnapshotError, e.Status, "status");
            Assert(e.Message.Contains("CLOACA_STATUS_SNAPSHOT_ERROR") && e.Message.Length > 40, "message: " + e.Message);
            var good = rt.Snapshot();
            var cut = new byte[good.Length / 2];
            Array.Copy(good, cut, cut.Length);
            Eq(CloacaStatus.SnapshotError, Throws<CloacaException>(() => rt.Restore(cut), "truncated").Status, "truncated");
            Throws<ArgumentNullException>(() => rt.Restore(null), "null");
            // The runtime is untouched by a failed restore.
            rt.Spawn("m");
            RunUntilIdle(rt);
        }
    }

    static void MisuseUnknownToken()
    {
        using (var rt = new Runtime())
        {
            var e = Throws<CloacaException>(() => rt.Complete(424242, "x"), "complete");
            Eq(CloacaStatus.UnknownToken, e.Status, "status");
            Assert(e.Message.Contains("424242"), "message names the token: " + e.Message);
            Eq(CloacaStatus.UnknownToken, Throws<CloacaException>(() => rt.CompleteError(7, "x"), "error").Status, "complete_error");
            Eq(CloacaStatus.UnknownTask, Throws<CloacaException>(() => rt.Cancel(999), "cancel").Status, "cancel");
            Eq(CloacaStatus.NotFound, Throws<CloacaException>(() => rt.Spawn("nope"), "spawn").Status, "spawn");
        }
    }

    static void CompileError()
    {
        using (var rt = new Runtime())
        {
            var e = Throws<CompileException>(() => rt.Compile("broken", "x = 1\ndef f(:\n    pass\n"), "syntax");
            Eq("SyntaxError", e.Kind, "kind");
            Eq(2, e.Line, "line");
            Eq("broken.py", e.Filename, "filename");
            Assert(e.Message.Contains("SyntaxError"), "report: " + e.Message);
        }
    }

    static void PythonSemantics()
    {
        if (pythonExpected == null) throw new Exception("no python3 output given (run through run-tests.sh)");
        var dir = Path.GetDirectoryName(typeof(Tests).Assembly.Location);
        var source = File.ReadAllText(Path.Combine(dir, "semantics.py"));
        using (var rt = new Runtime())
        {
            var store = new Dictionary<string, object>();
            rt.RegisterSync("host_get", c => { object v; return store.TryGetValue(c.ArgString(0), out v) ? v : null; });
            rt.RegisterSync("host_put", c => { store[c.ArgString(0)] = c.Arg(1); return null; });
            rt.Register("host_fail", async c => { await Task.Yield(); throw new Exception(c.ArgString(0)); });
            rt.Register("host_later", async c => { await Task.Yield(); return c.Arg(0); });
            rt.Compile("semantics", source);
            rt.Spawn("semantics");
            RunUntilIdle(rt);
            var e = Only(rt);
            if (e.Kind != EventKind.Finished) throw new Exception(e + "\n" + e.Traceback);
            Eq(pythonExpected, rt.TakeOutput(), "output vs python3");
        }
    }
}
