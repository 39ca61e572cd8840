// Negative control (bindings/csharp/run-tests.sh): a native->managed callback that breaks the IL2CPP/AOT rule (an instance
// lambda without [MonoPInvokeCallback]). Under the JIT it works; under `mono --full-aot` it must
// fail, which shows the full-AOT run really enforces the rule the C# layer follows.
using System;
using System.Runtime.InteropServices;
using Cloaca.Native;

class Negative
{
    static int Main()
    {
        int calls = 0;
        CloacaHostFn fn = (ud, call) => { calls++; Interop.cloaca_reply_none(call); };
        var cfg = new CloacaConfig();
        CloacaRuntime rt;
        Interop.cloaca_runtime_new(ref cfg, out rt);
        var name = Marshal.StringToHGlobalAnsi("f");
        Interop.cloaca_register(rt, name, fn, IntPtr.Zero);
        var src = Marshal.StringToHGlobalAnsi("f()\n");
        var mod = Marshal.StringToHGlobalAnsi("m");
        CloacaCompileError err;
        Interop.cloaca_compile(rt, mod, IntPtr.Zero, src, out err);
        byte[] none = { 0xf6 };
        ulong task;
        Interop.cloaca_spawn_module(rt, mod, ref none[0], new IntPtr(1), out task);
        for (int i = 0; i < 3; i++) Interop.cloaca_tick(rt, 100000);
        GC.KeepAlive(fn);
        Console.WriteLine("callback ran " + calls + " time(s)");
        return calls == 1 ? 0 : 1;
    }
}
