using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace DeepCopy.Tests.Support;

/// <summary>Values the engine must refuse to copy, made by name so theories can list them.</summary>
internal static class NonCopyableSamples
{
    public static readonly string[] Names =
    {
        "MemoryStream", "Action", "SafeHandle", "Thread", "Task", "CancellationTokenSource", "Event", "Finalizer",
    };

    public static Sample Create(string name) => name switch
    {
        "MemoryStream" => Itself(new MemoryStream(new byte[] { 1, 2, 3 })),
        "Action" => Itself(new Action(() => { })),
        "SafeHandle" => Itself(new SafeFileHandle(IntPtr.Zero, ownsHandle: false)),
        "Thread" => Itself(new Thread(() => { })),
        "Task" => Itself(Task.FromResult(42)),
        "CancellationTokenSource" => Itself(new CancellationTokenSource()),
        "Event" => WithSubscriber(),
        "Finalizer" => Itself(new Finalizable()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample."),
    };

    private static Sample Itself(object value) => new Sample(value, value, string.Empty);

    // The publisher itself is copyable; the delegate in its event field is what the engine must refuse.
    private static Sample WithSubscriber()
    {
        var publisher = new Publisher();
        publisher.Changed += (sender, args) => { };
        return new Sample(publisher, publisher.Subscribers!, ".Changed");
    }

    /// <summary>A value to place in a graph, the object the engine must name, and the path from the value to it.</summary>
    internal sealed record Sample(object Value, object Offending, string PathSuffix)
    {
        /// <summary>What stands in the offending object's place, seen from the copy of <see cref="Value"/>.</summary>
        public object? OffendingIn(object? copiedValue) =>
            PathSuffix.Length == 0 ? copiedValue : ((Publisher)copiedValue!).Subscribers;
    }

    internal sealed class Publisher
    {
        public event EventHandler? Changed;

        public Delegate? Subscribers => Changed;

        public void Raise() => Changed?.Invoke(this, EventArgs.Empty);
    }

    internal sealed class Finalizable
    {
        private static int s_finalized;

        public int Id { get; } = 1;

        public static int Finalized => Volatile.Read(ref s_finalized);

        ~Finalizable() => Interlocked.Increment(ref s_finalized);
    }
}
