// csharp-sample/Game.cs — a console "game loop" hosting Cloaca from C#.
//
//   Game.exe play  SCENE.py                 run the scene to the end
//   Game.exe save  SCENE.py FRAME SAVEFILE  run until FRAME, save mid-call / mid-sleep, quit
//   Game.exe resume SAVEFILE                load in a new process, reissue in-flight work, finish
//
// Two subsystems serve the script through async host functions: the dialog (say, ask: a line
// stays on screen for a few frames, the player answers a question after a few frames) and the
// timer (sleep(seconds) in game time; a frame is 100 ms). Each keeps its in-flight work keyed by
// the call's token, saves it next to the runtime snapshot, and after a restore re-attaches it
// when the runtime reissues the call (IReissuable): the timer owes the script its *remaining*
// time. The transcript of save + resume equals the uninterrupted run's.

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Cloaca;

namespace CloacaSample
{
    /// <summary>Work in flight, keyed by token: the awaiter a host function waits on, or the
    /// result if the work finished before the runtime reissued the call after a restore.</summary>
    abstract class Subsystem : IReissuable
    {
        protected readonly Game game;
        protected readonly Dictionary<ulong, Pending<object>> waiting = new Dictionary<ulong, Pending<object>>();
        readonly Dictionary<ulong, object> finishedBeforeReissue = new Dictionary<ulong, object>();

        protected Subsystem(Game game)
        {
            this.game = game;
        }

        public abstract Task<object> Call(HostCall call);

        protected Pending<object> Park(ulong token)
        {
            var p = new Pending<object>(game.Runtime);
            waiting[token] = p;
            return p;
        }

        protected void Finish(ulong token, object result)
        {
            Pending<object> p;
            if (waiting.TryGetValue(token, out p))
            {
                waiting.Remove(token);
                p.SetResult(result);
            }
            else
            {
                finishedBeforeReissue[token] = result; // restored work, not reissued yet
            }
        }

        public Task<object> Reissue(ulong token, object[] args)
        {
            object result;
            if (finishedBeforeReissue.TryGetValue(token, out result))
            {
                finishedBeforeReissue.Remove(token);
                Console.Error.WriteLine("reissue: token " + token + " (" + Name + ") finished while loading, answered");
                return Task.FromResult(result);
            }
            if (!Owns(token))
            {
                Console.Error.WriteLine("reissue: token " + token + " (" + Name + ") unknown, refused");
                return null;
            }
            Console.Error.WriteLine("reissue: token " + token + " (" + Name + ") re-attached, " + Describe(token));
            return Wait(token);
        }

        async Task<object> Wait(ulong token)
        {
            return await Park(token);
        }

        protected abstract string Name { get; }
        protected abstract bool Owns(ulong token);
        protected abstract string Describe(ulong token);
    }

    sealed class Timer : Subsystem
    {
        // token -> remaining milliseconds of game time
        readonly Dictionary<ulong, long> remaining = new Dictionary<ulong, long>();

        public Timer(Game game) : base(game)
        {
        }

        protected override string Name { get { return "sleep"; } }

        public override async Task<object> Call(HostCall call)
        {
            var ms = (long)Math.Round(call.ArgDouble(0) * 1000);
            if (ms < 0) throw new ArgumentException("sleep length must be non-negative");
            remaining[call.Token] = ms;
            return await Park(call.Token);
        }

        public void Update(long dtMs)
        {
            foreach (var token in new List<ulong>(remaining.Keys))
            {
                var left = remaining[token] - dtMs;
                if (left > 0)
                {
                    remaining[token] = left;
                    continue;
                }
                remaining.Remove(token);
                Finish(token, null);
            }
        }

        protected override bool Owns(ulong token)
        {
            return remaining.ContainsKey(token);
        }

        protected override string Describe(ulong token)
        {
            return remaining[token] + " ms left";
        }

        public object Save()
        {
            var d = new Dictionary<object, object>();
            foreach (var kv in remaining) d[(long)kv.Key] = kv.Value;
            return d;
        }

        public void Load(object saved)
        {
            foreach (var kv in (Dictionary<object, object>)saved) remaining[(ulong)(long)kv.Key] = (long)kv.Value;
        }
    }

    sealed class Dialog : Subsystem
    {
        sealed class Line
        {
            public bool Question;
            public string Who, Text;
            public int FramesLeft;
        }

        readonly Dictionary<ulong, Line> lines = new Dictionary<ulong, Line>();
        readonly Queue<string> answers;

        public Dialog(Game game, IEnumerable<string> answers) : base(game)
        {
            this.answers = new Queue<string>(answers);
        }

        protected override string Name { get { return "dialog"; } }

        public override async Task<object> Call(HostCall call)
        {
            var question = call.Name == "ask";
            var line = new Line { Question = question, Who = call.ArgString(0), Text = call.ArgString(1), FramesLeft = question ? 3 : 2 };
            if (question) game.Show(line.Who + " asks: " + line.Text + " (the player will say '" + answers.Peek() + "')");
            else game.Show(line.Who + ": " + line.Text);
            lines[call.Token] = line;
            return await Park(call.Token);
        }

        public void Update()
        {
            foreach (var token in new List<ulong>(lines.Keys))
            {
                var line = lines[token];
                if (--line.FramesLeft > 0) continue;
                lines.Remove(token);
                if (line.Question)
                {
                    var answer = answers.Dequeue();
                    game.Show("Player: " + answer);
                    Finish(token, answer);
                }
                else
                {
                    Finish(token, null);
                }
            }
        }

        protected override bool Owns(ulong token)
        {
            return lines.ContainsKey(token);
        }

        protected override string Describe(ulong token)
        {
            return lines[token].FramesLeft + " frame(s) on screen left";
        }

        public object Save()
        {
            var d = new Dictionary<object, object>();
            foreach (var kv in lines)
                d[(long)kv.Key] = new List<object> { kv.Value.Question, kv.Value.Who, kv.Value.Text, (long)kv.Value.FramesLeft };
            return new Dictionary<object, object> { { "lines", d }, { "answers", new List<object>(answers.ToArray()) } };
        }

        public void Load(object saved)
        {
            var s = (Dictionary<object, object>)saved;
            foreach (var kv in (Dictionary<object, object>)s["lines"])
            {
                var l = (List<object>)kv.Value;
                lines[(ulong)(long)kv.Key] = new Line { Question = (bool)l[0], Who = (string)l[1], Text = (string)l[2], FramesLeft = (int)(long)l[3] };
            }
            answers.Clear();
            foreach (var a in (List<object>)s["answers"]) answers.Enqueue((string)a);
        }
    }

    sealed class Game
    {
        public readonly Runtime Runtime = new Runtime();
        public int Frame;
        readonly Timer timer;
        readonly Dialog dialog;

        Game(IEnumerable<string> answers)
        {
            timer = new Timer(this);
            dialog = new Dialog(this, answers);
            Runtime.Register("sleep", timer);
            Runtime.Register("say", dialog);
            Runtime.Register("ask", dialog);
            Runtime.Output += (stream, text) => Console.Write(text);
        }

        public void Show(string text)
        {
            Console.WriteLine("[frame " + Frame + "] " + text);
        }

        /// <summary>Run frames until the scene ends (or until `saveAt`): returns false when it
        /// stopped to save.</summary>
        bool Loop(int saveAt)
        {
            while (true)
            {
                Frame++;
                timer.Update(100);
                dialog.Update();
                Runtime.Tick(100000);
                ScriptEvent e;
                while ((e = Runtime.NextEvent()) != null)
                {
                    Show(e.ToString());
                    if (e.Kind == EventKind.Failed) Console.WriteLine(e.Traceback);
                }
                if (Runtime.IsIdle)
                {
                    Show("all tasks done");
                    return true;
                }
                if (Frame == saveAt) return false;
                if (Frame > 10000) throw new Exception("the scene does not end");
            }
        }

        void Save(string path)
        {
            var state = new Dictionary<object, object>
            {
                { "frame", (long)Frame },
                { "runtime", Runtime.Snapshot() },
                { "timer", timer.Save() },
                { "dialog", dialog.Save() },
            };
            File.WriteAllBytes(path, Cbor.Encode(state));
        }

        static Game Load(string path)
        {
            var state = (Dictionary<object, object>)Cbor.Decode(File.ReadAllBytes(path));
            var g = new Game(new string[0]);
            g.Frame = (int)(long)state["frame"];
            g.timer.Load(state["timer"]);
            g.dialog.Load(state["dialog"]);
            g.Runtime.Restore((byte[])state["runtime"]);
            return g;
        }

        static int Main(string[] args)
        {
            try
            {
                if (args.Length == 2 && args[0] == "play") return Start(args[1], -1, null);
                if (args.Length == 4 && args[0] == "save") return Start(args[1], int.Parse(args[2]), args[3]);
                if (args.Length == 2 && args[0] == "resume")
                {
                    var g = Load(args[1]);
                    Console.Error.WriteLine("resumed at frame " + g.Frame);
                    g.Loop(-1);
                    g.Runtime.Dispose();
                    return 0;
                }
                Console.Error.WriteLine("usage: Game.exe play SCENE | save SCENE FRAME FILE | resume FILE");
                return 2;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e);
                return 1;
            }
        }

        static int Start(string scene, int saveAt, string saveFile)
        {
            var g = new Game(new[] { "swordfish" });
            g.Runtime.Compile("scene", File.ReadAllText(scene), Path.GetFileName(scene));
            g.Runtime.Spawn("scene");
            if (!g.Loop(saveAt))
            {
                g.Save(saveFile);
                Console.Error.WriteLine("saved at frame " + g.Frame + " to " + saveFile);
            }
            g.Runtime.Dispose();
            return 0;
        }
    }
}
