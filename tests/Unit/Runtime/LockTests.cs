using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// A lock held while its owner is copied: the copy gets a new, unlocked lock of the same kind, so another thread can
/// take it at once, instead of a field copy that would stay held for ever by a thread that never releases it.
/// </summary>
public sealed class LockTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Locks_held_during_the_copy_come_back_free_and_of_the_same_kind(DeepCopyStrategy strategy)
    {
        var source = new Guarded();
        source.Gate.Enter();
        source.ReadWrite.EnterWriteLock();
        try
        {
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            // From another thread: a field copy would name this thread as the holder, and this thread could re-enter it.
            bool gate = false, readWrite = false;
            var other = new Thread(() => (gate, readWrite) = (copy.Gate.TryEnter(1_000), copy.ReadWrite.TryEnterReadLock(1_000)));
            other.Start();
            other.Join();

            Assert.True(gate, "The copied Lock could not be taken.");
            Assert.True(readWrite, "The copied ReaderWriterLockSlim could not be taken.");
            Assert.True(source.Gate != copy.Gate, "The copy shares the source's Lock.");
            Assert.Equal(LockRecursionPolicy.SupportsRecursion, copy.ReadWrite.RecursionPolicy);
            Assert.NotSame(source.Items, copy.Items);
            Assert.Equal(source.Items, copy.Items);
            Assert.True(source.Gate.IsHeldByCurrentThread);
            Assert.True(source.ReadWrite.IsWriteLockHeld);
        }
        finally
        {
            source.ReadWrite.ExitWriteLock();
            source.Gate.Exit();
        }
    }

    private sealed class Guarded
    {
        public readonly Lock Gate = new();
        public readonly ReaderWriterLockSlim ReadWrite = new(LockRecursionPolicy.SupportsRecursion);
        public readonly List<int> Items = new() { 1, 2 };
    }
}
