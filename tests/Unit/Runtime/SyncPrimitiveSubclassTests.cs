using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// Subclasses of the slim locks and signals are refused. The exact types are made new through their constructors; a
/// subclass cannot be (its constructor is the user's), and copied field by field it stayed tied to its source: a copy
/// of a read-held ReaderWriterLockSlim subclass said the lock was held, and releasing it released the source's.
/// </summary>
public sealed class SyncPrimitiveSubclassTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With("ReaderWriterLockSlim", "SemaphoreSlim", "ManualResetEventSlim", "CountdownEvent", "Barrier");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_subclass_is_refused_with_its_path(DeepCopyStrategy strategy, string name)
    {
        var value = Create(name);
        var source = new Dictionary<string, object> { ["gate"] = value };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$['gate']", error.Path);
        Assert.Same(value, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_subclass_is_shared_under_NonCopyableAction_Reference(DeepCopyStrategy strategy)
    {
        using var gate = new TrackedReaderWriterLock();
        var source = new Dictionary<string, object> { ["gate"] = gate };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference });

        Assert.Same(gate, copy["gate"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_exact_type_is_still_copied_new_and_unheld(DeepCopyStrategy strategy)
    {
        using var gate = new ReaderWriterLockSlim();
        gate.EnterReadLock();
        try
        {
            var copy = DeepCopier.Copy(gate, new DeepCopyOptions { Strategy = strategy });

            Assert.NotSame(gate, copy);
            Assert.False(copy.IsReadLockHeld);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private static object Create(string name) => name switch
    {
        "ReaderWriterLockSlim" => new TrackedReaderWriterLock(),
        "SemaphoreSlim" => new NamedSemaphore(),
        "ManualResetEventSlim" => new NamedEvent(),
        "CountdownEvent" => new NamedCountdown(),
        "Barrier" => new NamedBarrier(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private sealed class TrackedReaderWriterLock : ReaderWriterLockSlim
    {
        public string Owner { get; } = "cache";
    }

    private sealed class NamedSemaphore : SemaphoreSlim
    {
        public NamedSemaphore()
            : base(1, 3)
        {
        }
    }

    private sealed class NamedEvent : ManualResetEventSlim
    {
    }

    private sealed class NamedCountdown : CountdownEvent
    {
        public NamedCountdown()
            : base(2)
        {
        }
    }

    private sealed class NamedBarrier : Barrier
    {
        public NamedBarrier()
            : base(2)
        {
        }
    }
}
