// Cloaca.cs — the idiomatic C# API over the generated P/Invoke layer (Interop.cs).
// Guide: docs/embedding-csharp.md. C# ≤ 7.2, no unsafe code, no reflection: it compiles with
// Mono's mcs, runs under `mono --full-aot`, and stays inside Unity's C# 9 and IL2CPP rules —
// every native→managed callback is a static method marked [MonoPInvokeCallback], and its
// state travels as a GCHandle in `user_data`.

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cloaca.Native;

#if !UNITY_5_3_OR_NEWER
namespace AOT
{
    /// <summary>Marks a static method that native code calls through a delegate. Mono's AOT
    /// compiler (and IL2CPP, whose attribute of the same name Unity provides) generate the
    /// native→managed wrapper for it.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class MonoPInvokeCallbackAttribute : Attribute
    {
        public MonoPInvokeCallbackAttribute(Type type)
        {
            Type = type;
        }

        public Type Type { get; private set; }
    }
}
#endif

namespace Cloaca
{
    using AOT;

    /// <summary>A cloaca_* call failed: the status and the library's message.</summary>
    public class CloacaException : Exception
    {
        public CloacaStatus Status { get; private set; }

        public CloacaException(CloacaStatus status, string message) : base(message)
        {
            Status = status;
        }

        public CloacaException(CloacaStatus status, string message, Exception inner) : base(message, inner)
        {
            Status = status;
        }
    }

    /// <summary>The source does not compile. Message: the CPython-style report.</summary>
    public sealed class CompileException : CloacaException
    {
        /// <summary>SyntaxError, IndentationError, TabError or NotImplementedError.</summary>
        public string Kind { get; private set; }
        public string ErrorMessage { get; private set; }
        public string Filename { get; private set; }
        public string SourceLine { get; private set; }
        public int Line { get; private set; }
        public int Column { get; private set; }

        internal CompileException(string report, string kind, string message, string filename, string sourceLine, int line, int column)
            : base(CloacaStatus.CompileError, report)
        {
            Kind = kind;
            ErrorMessage = message;
            Filename = filename;
            SourceLine = sourceLine;
            Line = line;
            Column = column;
        }
    }

    /// <summary>Thrown by a reissue handler: the host cannot re-attach the call; the script sees
    /// ReissueError(message) raised at the call.</summary>
    public sealed class ReissueRefusedException : Exception
    {
        public ReissueRefusedException(string message) : base(message)
        {
        }
    }

    /// <summary>Re-attaches host calls that were in flight when a snapshot was taken (after
    /// Runtime.Restore, during the first Tick). Return a Task: pending = re-attached (the script
    /// resumes when it completes), completed = answer now. Return null or throw
    /// ReissueRefusedException to refuse: ReissueError is raised in the script.</summary>
    public interface IReissue
    {
        Task<object> Reissue(ulong token, string name, object[] args);
    }

    /// <summary>A host function as an object (see Runtime.Register).</summary>
    public interface IHostFunction
    {
        Task<object> Call(HostCall call);
    }

    /// <summary>A host function that re-attaches its own in-flight calls after a restore; it
    /// takes precedence over Runtime.Reissue for calls of its name.</summary>
    public interface IReissuable : IHostFunction
    {
        Task<object> Reissue(ulong token, object[] args);
    }

    /// <summary>A script calling a host function (or a reissued call).</summary>
    public sealed class HostCall
    {
        internal CancellationTokenSource cts;

        /// <summary>Unique for the runtime's life, across save/load: the key of the host's own
        /// saved state for this call.</summary>
        public ulong Token { get; internal set; }
        public ulong Task { get; internal set; }
        public string Name { get; internal set; }
        public object[] Args { get; internal set; }
        public Dictionary<string, object> Kwargs { get; internal set; }
        public bool IsReissue { get; internal set; }
        public Runtime Runtime { get; internal set; }

        /// <summary>Cancelled when the calling task is cancelled (the call is abandoned).</summary>
        public CancellationToken Cancellation
        {
            get
            {
                if (cts == null) cts = Runtime.CancellationFor(Token);
                return cts.Token;
            }
        }

        public object Arg(int index)
        {
            if (index < 0 || index >= Args.Length)
                throw new ArgumentException(Name + "() takes at least " + (index + 1) + " argument(s), got " + Args.Length);
            return Args[index];
        }

        public long ArgLong(int index)
        {
            var v = Arg(index);
            if (v is long) return (long)v;
            if (v is bool) return (bool)v ? 1 : 0;
            throw new ArgumentException(Name + "() argument " + (index + 1) + " must be an int");
        }

        public double ArgDouble(int index)
        {
            var v = Arg(index);
            if (v is double) return (double)v;
            if (v is long) return (long)v;
            throw new ArgumentException(Name + "() argument " + (index + 1) + " must be a float");
        }

        public string ArgString(int index)
        {
            var s = Arg(index) as string;
            if (s == null) throw new ArgumentException(Name + "() argument " + (index + 1) + " must be a str");
            return s;
        }
    }

    /// <summary>A one-shot result that a game subsystem fills in, from any thread. Awaiting it
    /// in an async host function parks the script (the call replies pending); when it is set,
    /// the continuation runs on the tick thread at the next Runtime.Tick, and the value it
    /// returns completes the call before that tick runs the scripts.</summary>
    public sealed class Pending<T> : INotifyCompletion
    {
        readonly Runtime runtime;
        readonly object gate = new object();
        bool done;
        T result;
        Exception error;
        Action continuation;

        public Pending(Runtime runtime)
        {
            if (runtime == null) throw new ArgumentNullException("runtime");
            this.runtime = runtime;
        }

        public Pending<T> GetAwaiter()
        {
            return this;
        }

        public bool IsCompleted
        {
            get { lock (gate) return done; }
        }

        public T GetResult()
        {
            lock (gate)
            {
                if (!done) throw new InvalidOperationException("Pending<T> is not set yet");
                if (error != null) throw error;
                return result;
            }
        }

        public void OnCompleted(Action k)
        {
            lock (gate)
            {
                if (!done)
                {
                    continuation = k;
                    return;
                }
            }
            runtime.Post(k);
        }

        public void SetResult(T value)
        {
            Finish(value, null);
        }

        public void SetException(Exception e)
        {
            Finish(default(T), e ?? new ArgumentNullException("e"));
        }

        void Finish(T value, Exception e)
        {
            Action k;
            lock (gate)
            {
                if (done) throw new InvalidOperationException("Pending<T> was already set");
                done = true;
                result = value;
                error = e;
                k = continuation;
                continuation = null;
            }
            if (k != null) runtime.Post(k);
        }
    }

    public enum EventKind
    {
        None = 0,
        Finished = 1,
        Failed = 2,
        Cancelled = 3,
        HogWarning = 4,
        UnknownToken = 5,
    }

    public enum TaskState
    {
        Runnable = 0,
        Blocked = 1,
        Joining = 2,
        Finished = 3,
    }

    /// <summary>A task receipt or a warning (Runtime.NextEvent).</summary>
    public sealed class ScriptEvent
    {
        public EventKind Kind;
        public ulong TaskId;
        public ulong Token;
        public object Meta;
        /// <summary>Finished: the task's return value.</summary>
        public object Value;
        public string ErrorKind;
        public string ErrorMessage;
        /// <summary>Failed: the CPython-format traceback.</summary>
        public string Traceback;
        public int ExitStatus;
        public bool IsSystemExit;
        public string Script;
        public int Line;
        public int Ticks;

        public override string ToString()
        {
            switch (Kind)
            {
                case EventKind.Finished: return "task " + TaskId + " finished: " + Values.Repr(Value);
                case EventKind.Failed: return "task " + TaskId + " failed: " + ErrorKind + ": " + ErrorMessage;
                case EventKind.Cancelled: return "task " + TaskId + " cancelled";
                case EventKind.HogWarning: return "task " + TaskId + " hogs the CPU at " + Script + ":" + Line;
                case EventKind.UnknownToken: return "completion for unknown token " + Token;
                default: return "no event";
            }
        }
    }

    /// <summary>Runtime limits; 0 takes the default.</summary>
    public sealed class RuntimeConfig
    {
        public ulong Slice;
        public ulong MaxHeapBytes;
        public uint HogTicks;
        public uint RecursionLimit;

        internal CloacaConfig ToNative()
        {
            var c = new CloacaConfig();
            c.slice = Slice;
            c.max_heap_bytes = MaxHeapBytes;
            c.hog_ticks = HogTicks;
            c.recursion_limit = RecursionLimit;
            return c;
        }
    }

    /// <summary>Helpers on mapped values.</summary>
    public static class Values
    {
        /// <summary>The Python repr of a mapped value, rendered by the library.</summary>
        public static string Repr(object value)
        {
            var cbor = Cbor.Encode(value);
            CloacaBuffer buf;
            Marshalling.Check(Interop.cloaca_value_repr(ref Marshalling.First(cbor), new IntPtr(cbor.Length), out buf), "cloaca_value_repr");
            return Marshalling.TakeText(ref buf);
        }
    }

    /// <summary>Marshalling helpers (UTF-8 strings, library buffers, status checks).</summary>
    internal static class Marshalling
    {
        static readonly byte[] empty = new byte[1];

        internal static ref byte First(byte[] data)
        {
            if (data == null || data.Length == 0) return ref empty[0];
            return ref data[0];
        }

        internal static IntPtr Utf8(string s)
        {
            if (s == null) return IntPtr.Zero;
            var b = Encoding.UTF8.GetBytes(s);
            var p = Marshal.AllocHGlobal(b.Length + 1);
            Marshal.Copy(b, 0, p, b.Length);
            Marshal.WriteByte(p, b.Length, 0);
            return p;
        }

        internal static void Free(IntPtr p)
        {
            if (p != IntPtr.Zero) Marshal.FreeHGlobal(p);
        }

        internal static string FromUtf8(IntPtr p)
        {
            if (p == IntPtr.Zero) return null;
            int n = 0;
            while (Marshal.ReadByte(p, n) != 0) n++;
            return FromUtf8(p, n);
        }

        internal static string FromUtf8(IntPtr p, long len)
        {
            return Encoding.UTF8.GetString(Bytes(p, len));
        }

        internal static byte[] Bytes(IntPtr p, long len)
        {
            var b = new byte[len];
            if (len > 0) Marshal.Copy(p, b, 0, (int)len);
            return b;
        }

        internal static byte[] Take(ref CloacaBuffer buf)
        {
            var b = Bytes(buf.data, (long)buf.len);
            Check(Interop.cloaca_buffer_free(ref buf), "cloaca_buffer_free");
            return b;
        }

        internal static string TakeText(ref CloacaBuffer buf)
        {
            return Encoding.UTF8.GetString(Take(ref buf));
        }

        internal static string LastError()
        {
            return FromUtf8(Interop.cloaca_last_error());
        }

        internal static string StatusName(CloacaStatus status)
        {
            return FromUtf8(Interop.cloaca_status_name((int)status));
        }

        internal static void Check(CloacaStatus status, string what)
        {
            if (status != CloacaStatus.Ok) throw Error(status, what);
        }

        internal static CloacaException Error(CloacaStatus status, string what)
        {
            return new CloacaException(status, what + ": " + StatusName(status) + ": " + LastError());
        }
    }

    /// <summary>A Cloaca runtime: compile, spawn, Tick once a frame, read events, save and
    /// restore. Single-owner: use it from one thread (the game thread) — except Complete,
    /// CompleteError and Pending&lt;T&gt;.Set*, which are thread-safe. Host functions are async:
    /// an incomplete Task parks the script until it completes; continuations of awaits inside
    /// host functions run on the tick thread, at the start of the next Tick.</summary>
    public sealed class Runtime : IDisposable
    {
        // The native→managed entry points: static methods (IL2CPP / full AOT), kept alive by
        // these static fields for the process's life.
        static readonly CloacaHostFn hostFn = OnHostCall;
        static readonly CloacaHostFn reissueFn = OnReissue;
        static readonly CloacaCancelledFn cancelledFn = OnCancelled;
        static readonly CloacaOutputFn outputFn = OnOutput;

        sealed class Entry
        {
            public Func<HostCall, Task<object>> Fn;
            public IReissuable Reissuable;
        }

        sealed class TickContext : SynchronizationContext
        {
            readonly Runtime runtime;

            public TickContext(Runtime runtime)
            {
                this.runtime = runtime;
            }

            public override void Post(SendOrPostCallback d, object state)
            {
                runtime.Post(() => d(state));
            }

            public override void Send(SendOrPostCallback d, object state)
            {
                throw new NotSupportedException("Send on Cloaca's tick context");
            }

            public override SynchronizationContext CreateCopy()
            {
                return this;
            }
        }

        CloacaRuntime handle;
        readonly RuntimeConfig config;
        GCHandle self;
        bool disposed;
        int epoch;
        readonly Dictionary<string, Entry> functions = new Dictionary<string, Entry>();
        readonly object postGate = new object();
        List<Action> posted = new List<Action>();
        readonly Dictionary<ulong, CancellationTokenSource> cancellations = new Dictionary<ulong, CancellationTokenSource>();
        readonly StringBuilder[] collected = { new StringBuilder(), new StringBuilder() };
        readonly TickContext context;
        List<Exception> failures;

        /// <summary>Re-attaches in-flight calls after Restore (unless their function is an
        /// IReissuable). null: every restored call is refused (ReissueError in the script).</summary>
        public IReissue Reissue { get; set; }

        /// <summary>print output: (stream 1 = stdout / 2 = stderr, text). Without a handler it is
        /// collected for TakeOutput.</summary>
        public event Action<int, string> Output;

        /// <summary>The task waiting on this token was cancelled: the host may drop the work.</summary>
        public event Action<ulong> CallCancelled;

        public Runtime() : this(null)
        {
        }

        public Runtime(RuntimeConfig config)
        {
            this.config = config ?? new RuntimeConfig();
            var c = this.config.ToNative();
            CloacaRuntime h;
            Marshalling.Check(Interop.cloaca_runtime_new(ref c, out h), "cloaca_runtime_new");
            handle = h;
            self = GCHandle.Alloc(this, GCHandleType.Weak);
            context = new TickContext(this);
            InstallCallbacks();
        }

        ~Runtime()
        {
            Release();
        }

        public static string Version
        {
            get { return Marshalling.FromUtf8(Interop.cloaca_version()); }
        }

        public bool IsDisposed
        {
            get { return disposed; }
        }

        public void Dispose()
        {
            Release();
            GC.SuppressFinalize(this);
        }

        void Release()
        {
            if (disposed) return;
            disposed = true;
            Interop.cloaca_runtime_destroy(handle);
            handle = new CloacaRuntime();
            if (self.IsAllocated) self.Free();
        }

        void CheckAlive()
        {
            if (disposed) throw new ObjectDisposedException("Cloaca.Runtime");
        }

        void InstallCallbacks()
        {
            var ud = GCHandle.ToIntPtr(self);
            foreach (var kv in functions) RegisterNative(kv.Key);
            Marshalling.Check(Interop.cloaca_set_reissue(handle, reissueFn, ud), "cloaca_set_reissue");
            Marshalling.Check(Interop.cloaca_set_cancelled(handle, cancelledFn, ud), "cloaca_set_cancelled");
            Marshalling.Check(Interop.cloaca_set_output(handle, outputFn, ud), "cloaca_set_output");
        }

        void RegisterNative(string name)
        {
            var p = Marshalling.Utf8(name);
            try
            {
                Marshalling.Check(Interop.cloaca_register(handle, p, hostFn, GCHandle.ToIntPtr(self)), "cloaca_register(" + name + ")");
            }
            finally
            {
                Marshalling.Free(p);
            }
        }

        /// <summary>Serve the host function `name` (a builtin for scripts). The Task it returns
        /// answers the call: completed = the script continues at once; not yet completed = the
        /// script parks until it completes. A faulted Task or a thrown exception raises
        /// HostError(message) in the script. Registrations survive Restore.</summary>
        public void Register(string name, Func<HostCall, Task<object>> fn)
        {
            if (fn == null) throw new ArgumentNullException("fn");
            Register(name, new Entry { Fn = fn });
        }

        /// <summary>Serve `name` with an object; an IReissuable also re-attaches its calls.</summary>
        public void Register(string name, IHostFunction fn)
        {
            if (fn == null) throw new ArgumentNullException("fn");
            Register(name, new Entry { Fn = fn.Call, Reissuable = fn as IReissuable });
        }

        /// <summary>A synchronous host function (answers at once).</summary>
        public void RegisterSync(string name, Func<HostCall, object> fn)
        {
            if (fn == null) throw new ArgumentNullException("fn");
            Register(name, new Entry { Fn = c => Task.FromResult(fn(c)) });
        }

        void Register(string name, Entry e)
        {
            CheckAlive();
            if (name == null) throw new ArgumentNullException("name");
            functions[name] = e;
            RegisterNative(name);
        }

        /// <summary>Compile `source` as module `name`. Throws CompileException.</summary>
        public void Compile(string name, string source, string filename = null)
        {
            CheckAlive();
            if (name == null) throw new ArgumentNullException("name");
            if (source == null) throw new ArgumentNullException("source");
            IntPtr n = Marshalling.Utf8(name), f = Marshalling.Utf8(filename), s = Marshalling.Utf8(source);
            try
            {
                CloacaCompileError err;
                var st = Interop.cloaca_compile(handle, n, f, s, out err);
                if (st == CloacaStatus.CompileError)
                {
                    throw new CompileException(Marshalling.LastError(), Marshalling.FromUtf8(err.kind), Marshalling.FromUtf8(err.message),
                        Marshalling.FromUtf8(err.filename), Marshalling.FromUtf8(err.source_line), (int)err.line, (int)err.column);
                }
                Marshalling.Check(st, "cloaca_compile");
            }
            finally
            {
                Marshalling.Free(n);
                Marshalling.Free(f);
                Marshalling.Free(s);
            }
        }

        /// <summary>Spawn a task running module `name`'s top level; it starts on the next Tick.
        /// `meta` is any mapped value, reported in the task's events.</summary>
        public ulong Spawn(string name, object meta = null)
        {
            CheckAlive();
            var m = Cbor.Encode(meta);
            var n = Marshalling.Utf8(name);
            try
            {
                ulong task;
                Marshalling.Check(Interop.cloaca_spawn_module(handle, n, ref Marshalling.First(m), new IntPtr(m.Length), out task), "cloaca_spawn_module");
                return task;
            }
            finally
            {
                Marshalling.Free(n);
            }
        }

        /// <summary>Spawn a task calling module.function(*args).</summary>
        public ulong SpawnFunction(string module, string function, object[] args = null, object meta = null)
        {
            CheckAlive();
            var a = Cbor.Encode(new List<object>(args ?? new object[0]));
            var m = Cbor.Encode(meta);
            IntPtr mo = Marshalling.Utf8(module), fn = Marshalling.Utf8(function);
            try
            {
                ulong task;
                Marshalling.Check(Interop.cloaca_spawn_function(handle, mo, fn, ref Marshalling.First(a), new IntPtr(a.Length),
                    ref Marshalling.First(m), new IntPtr(m.Length), out task), "cloaca_spawn_function");
                return task;
            }
            finally
            {
                Marshalling.Free(mo);
                Marshalling.Free(fn);
            }
        }

        /// <summary>One frame: run the continuations and completions posted since the last tick
        /// (async host functions resuming, Pending&lt;T&gt; results), then run the scripts for at
        /// most `budget` instructions. Exceptions thrown by callbacks are rethrown here.</summary>
        public void Tick(ulong budget)
        {
            CheckAlive();
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(context);
            try
            {
                RunPosted();
                Marshalling.Check(Interop.cloaca_tick(handle, budget), "cloaca_tick");
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
            ThrowFailures();
        }

        void ThrowFailures()
        {
            if (failures == null) return;
            var f = failures;
            failures = null;
            throw new AggregateException("a Cloaca callback threw", f);
        }

        internal void Post(Action a)
        {
            lock (postGate) posted.Add(a);
        }

        void RunPosted()
        {
            for (int round = 0; round < 1000; round++)
            {
                List<Action> batch;
                lock (postGate)
                {
                    if (posted.Count == 0) return;
                    batch = posted;
                    posted = new List<Action>();
                }
                foreach (var a in batch)
                {
                    try
                    {
                        a();
                    }
                    catch (Exception e)
                    {
                        (failures ?? (failures = new List<Exception>())).Add(e);
                    }
                }
            }
        }

        public void Cancel(ulong task)
        {
            CheckAlive();
            Marshalling.Check(Interop.cloaca_cancel(handle, task), "cloaca_cancel");
        }

        public TaskState GetTaskState(ulong task)
        {
            ulong detail;
            return GetTaskState(task, out detail);
        }

        /// <summary>`detail`: the token a blocked task waits on, or the task it joins.</summary>
        public TaskState GetTaskState(ulong task, out ulong detail)
        {
            CheckAlive();
            CloacaTaskState s;
            Marshalling.Check(Interop.cloaca_task_state(handle, task, out s, out detail), "cloaca_task_state");
            return (TaskState)(int)s;
        }

        /// <summary>No task is alive.</summary>
        public bool IsIdle
        {
            get
            {
                CheckAlive();
                int idle;
                Marshalling.Check(Interop.cloaca_is_idle(handle, out idle), "cloaca_is_idle");
                return idle != 0;
            }
        }

        /// <summary>The oldest event, or null.</summary>
        public ScriptEvent NextEvent()
        {
            CheckAlive();
            CloacaEvent e;
            Marshalling.Check(Interop.cloaca_next_event(handle, out e), "cloaca_next_event");
            if (e.kind == CloacaEventKind.None) return null;
            var ev = new ScriptEvent();
            ev.Kind = (EventKind)(int)e.kind;
            ev.TaskId = e.task;
            ev.Token = e.token;
            ev.Meta = Cbor.Decode(Marshalling.Bytes(e.meta, (long)e.meta_len));
            ev.Value = e.kind == CloacaEventKind.Finished ? Cbor.Decode(Marshalling.Bytes(e.value, (long)e.value_len)) : null;
            ev.ErrorKind = Marshalling.FromUtf8(e.error_kind);
            ev.ErrorMessage = Marshalling.FromUtf8(e.error_message);
            ev.Traceback = Marshalling.FromUtf8(e.traceback);
            ev.ExitStatus = e.exit_status;
            ev.IsSystemExit = e.is_system_exit != 0;
            ev.Script = Marshalling.FromUtf8(e.script);
            ev.Line = (int)e.line;
            ev.Ticks = (int)e.ticks;
            return ev;
        }

        /// <summary>Complete a pending call with a value. Thread-safe; applies at the next tick.</summary>
        public void Complete(ulong token, object value)
        {
            CheckAlive();
            var b = Cbor.Encode(value);
            Marshalling.Check(Interop.cloaca_complete(handle, token, ref Marshalling.First(b), new IntPtr(b.Length)), "cloaca_complete");
        }

        /// <summary>Complete a pending call with HostError(message). Thread-safe.</summary>
        public void CompleteError(ulong token, string message)
        {
            CheckAlive();
            var p = Marshalling.Utf8(message ?? "");
            try
            {
                Marshalling.Check(Interop.cloaca_complete_error(handle, token, p), "cloaca_complete_error");
            }
            finally
            {
                Marshalling.Free(p);
            }
        }

        /// <summary>Output collected while no Output handler was attached.</summary>
        public string TakeOutput(int stream = 1)
        {
            if (stream != 1 && stream != 2) throw new ArgumentException("stream is 1 (stdout) or 2 (stderr)");
            var sb = collected[stream - 1];
            var s = sb.ToString();
            sb.Length = 0;
            return s;
        }

        /// <summary>Save every task, even mid-host-call. Completions already posted are applied
        /// first (so a call whose Task already finished is saved as answered).</summary>
        public byte[] Snapshot()
        {
            CheckAlive();
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(context);
            try
            {
                RunPosted();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
            CloacaBuffer buf;
            Marshalling.Check(Interop.cloaca_snapshot(handle, out buf), "cloaca_snapshot");
            var bytes = Marshalling.Take(ref buf);
            ThrowFailures();
            return bytes;
        }

        /// <summary>Replace this runtime's state with a snapshot. Host functions, Reissue and the
        /// handlers stay registered; work still in flight from before is dropped (its completions
        /// are ignored). The next Tick reissues every call pending at save time. A bad snapshot
        /// throws CloacaException (SnapshotError) and leaves the runtime as it was.</summary>
        public void Restore(byte[] snapshot)
        {
            CheckAlive();
            if (snapshot == null) throw new ArgumentNullException("snapshot");
            var c = config.ToNative();
            CloacaRuntime fresh;
            Marshalling.Check(Interop.cloaca_restore(ref Marshalling.First(snapshot), new IntPtr(snapshot.Length), ref c, out fresh), "cloaca_restore");
            Interop.cloaca_runtime_destroy(handle);
            handle = fresh;
            epoch++;
            lock (postGate) posted.Clear();
            foreach (var cts in cancellations.Values) cts.Cancel();
            cancellations.Clear();
            InstallCallbacks();
        }

        internal CancellationTokenSource CancellationFor(ulong token)
        {
            CancellationTokenSource cts;
            if (!cancellations.TryGetValue(token, out cts))
            {
                cts = new CancellationTokenSource();
                cancellations[token] = cts;
            }
            return cts;
        }

        // ---- callbacks (run inside cloaca_tick, on the tick thread) -------------------------

        static Runtime From(IntPtr userData)
        {
            return (Runtime)GCHandle.FromIntPtr(userData).Target;
        }

        [MonoPInvokeCallback(typeof(CloacaHostFn))]
        static void OnHostCall(IntPtr userData, IntPtr call)
        {
            Dispatch(userData, call, false);
        }

        [MonoPInvokeCallback(typeof(CloacaHostFn))]
        static void OnReissue(IntPtr userData, IntPtr call)
        {
            Dispatch(userData, call, true);
        }

        static void Dispatch(IntPtr userData, IntPtr call, bool reissue)
        {
            Runtime rt = null;
            try
            {
                rt = From(userData);
                rt.Serve(call, reissue);
            }
            catch (Exception e)
            {
                // Never unwind into native code: answer, and rethrow from Tick.
                ReplyError(call, "host: " + e.Message);
                if (rt != null) (rt.failures ?? (rt.failures = new List<Exception>())).Add(e);
            }
        }

        [MonoPInvokeCallback(typeof(CloacaCancelledFn))]
        static void OnCancelled(IntPtr userData, ulong token)
        {
            Runtime rt = null;
            try
            {
                rt = From(userData);
                CancellationTokenSource cts;
                if (rt.cancellations.TryGetValue(token, out cts))
                {
                    rt.cancellations.Remove(token);
                    cts.Cancel();
                }
                var h = rt.CallCancelled;
                if (h != null) h(token);
            }
            catch (Exception e)
            {
                if (rt != null) (rt.failures ?? (rt.failures = new List<Exception>())).Add(e);
            }
        }

        [MonoPInvokeCallback(typeof(CloacaOutputFn))]
        static void OnOutput(IntPtr userData, int stream, IntPtr text, IntPtr len)
        {
            Runtime rt = null;
            try
            {
                rt = From(userData);
                var s = Marshalling.FromUtf8(text, (long)len);
                var h = rt.Output;
                if (h != null) h(stream, s);
                else rt.collected[stream == 2 ? 1 : 0].Append(s);
            }
            catch (Exception e)
            {
                if (rt != null) (rt.failures ?? (rt.failures = new List<Exception>())).Add(e);
            }
        }

        static HostCall Read(Runtime rt, IntPtr call)
        {
            var hc = new HostCall();
            hc.Runtime = rt;
            ulong u;
            int flag;
            Marshalling.Check(Interop.cloaca_call_token(call, out u), "cloaca_call_token");
            hc.Token = u;
            Marshalling.Check(Interop.cloaca_call_task(call, out u), "cloaca_call_task");
            hc.Task = u;
            Marshalling.Check(Interop.cloaca_call_is_reissue(call, out flag), "cloaca_call_is_reissue");
            hc.IsReissue = flag != 0;
            IntPtr p = IntPtr.Zero, len = IntPtr.Zero;
            Marshalling.Check(Interop.cloaca_call_name(call, ref p, ref len), "cloaca_call_name");
            hc.Name = Marshalling.FromUtf8(p, (long)len);
            Marshalling.Check(Interop.cloaca_call_args_cbor(call, ref p, ref len), "cloaca_call_args_cbor");
            hc.Args = ((List<object>)Cbor.Decode(Marshalling.Bytes(p, (long)len))).ToArray();
            Marshalling.Check(Interop.cloaca_call_kwargs_cbor(call, ref p, ref len), "cloaca_call_kwargs_cbor");
            var kw = (Dictionary<object, object>)Cbor.Decode(Marshalling.Bytes(p, (long)len));
            hc.Kwargs = new Dictionary<string, object>();
            foreach (var kv in kw) hc.Kwargs[(string)kv.Key] = kv.Value;
            return hc;
        }

        void Serve(IntPtr call, bool reissue)
        {
            var hc = Read(this, call);
            Task<object> task;
            try
            {
                Entry e;
                functions.TryGetValue(hc.Name, out e);
                if (reissue)
                {
                    if (e != null && e.Reissuable != null) task = e.Reissuable.Reissue(hc.Token, hc.Args);
                    else if (Reissue != null) task = Reissue.Reissue(hc.Token, hc.Name, hc.Args);
                    else task = null;
                    if (task == null)
                    {
                        Refuse(call, "nothing re-attached the call to " + hc.Name + " (token " + hc.Token + ")");
                        return;
                    }
                }
                else
                {
                    if (e == null) throw new InvalidOperationException("no host function " + hc.Name);
                    task = e.Fn(hc);
                    if (task == null) throw new InvalidOperationException(hc.Name + " returned no Task");
                }
            }
            catch (ReissueRefusedException r)
            {
                Refuse(call, r.Message);
                return;
            }
            catch (Exception ex)
            {
                ReplyError(call, ErrorText(ex));
                return;
            }
            if (task.IsCompleted)
            {
                if (hc.cts != null) cancellations.Remove(hc.Token);
                ReplyNow(call, task);
                return;
            }
            Marshalling.Check(Interop.cloaca_reply_pending(call), "cloaca_reply_pending");
            var token = hc.Token;
            var at = epoch;
            task.ContinueWith(t => Post(() => CompleteFrom(at, token, t)), TaskContinuationOptions.ExecuteSynchronously);
        }

        void CompleteFrom(int at, ulong token, Task<object> t)
        {
            if (disposed || at != epoch) return;
            cancellations.Remove(token);
            CloacaStatus st;
            if (t.Status == TaskStatus.RanToCompletion)
            {
                byte[] b;
                try
                {
                    b = Cbor.Encode(t.Result);
                }
                catch (Exception e)
                {
                    CompleteErrorQuiet(token, ErrorText(e));
                    return;
                }
                st = Interop.cloaca_complete(handle, token, ref Marshalling.First(b), new IntPtr(b.Length));
            }
            else
            {
                st = CompleteErrorQuiet(token, ErrorText(t.Exception));
            }
            // UnknownToken: the task was cancelled meanwhile; nobody waits any more.
            if (st != CloacaStatus.Ok && st != CloacaStatus.UnknownToken) throw Marshalling.Error(st, "cloaca_complete");
        }

        CloacaStatus CompleteErrorQuiet(ulong token, string message)
        {
            var p = Marshalling.Utf8(message);
            try
            {
                return Interop.cloaca_complete_error(handle, token, p);
            }
            finally
            {
                Marshalling.Free(p);
            }
        }

        static string ErrorText(Exception e)
        {
            while (e is AggregateException && e.InnerException != null) e = e.InnerException;
            if (e is TaskCanceledException || e is OperationCanceledException) return "cancelled";
            return e.Message;
        }

        static void ReplyNow(IntPtr call, Task<object> t)
        {
            if (t.Status != TaskStatus.RanToCompletion)
            {
                var e = t.Exception;
                while (e != null && e.InnerException is AggregateException) e = (AggregateException)e.InnerException;
                if (e != null && e.InnerException is ReissueRefusedException) Refuse(call, e.InnerException.Message);
                else ReplyError(call, ErrorText((Exception)t.Exception ?? new OperationCanceledException()));
                return;
            }
            byte[] b;
            try
            {
                b = Cbor.Encode(t.Result);
            }
            catch (Exception e)
            {
                ReplyError(call, ErrorText(e));
                return;
            }
            Marshalling.Check(Interop.cloaca_reply_ready(call, ref Marshalling.First(b), new IntPtr(b.Length)), "cloaca_reply_ready");
        }

        static void ReplyError(IntPtr call, string message)
        {
            var p = Marshalling.Utf8(message);
            try
            {
                Interop.cloaca_reply_error(call, p);
            }
            finally
            {
                Marshalling.Free(p);
            }
        }

        static void Refuse(IntPtr call, string message)
        {
            var p = Marshalling.Utf8(message);
            try
            {
                Interop.cloaca_reply_refuse(call, p);
            }
            finally
            {
                Marshalling.Free(p);
            }
        }
    }
}
