using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace DeepCopy.Tests.Support;

/// <summary>
/// A comparer for collections of immutable keys, whose copy or comparison runs no other test code: once armed, its
/// first call cancels <see cref="Cancellation"/> and every call is counted, so a test sees how far a walk went on after
/// the cancellation, deterministically. Unarmed it is ordinal integer comparison, so the collection can be built first.
/// </summary>
internal sealed class CancellingComparer : IEqualityComparer<int>, IComparer<int>, IEqualityComparer
{
    public CancellationTokenSource Cancellation { get; } = new CancellationTokenSource();

    public bool Armed { get; set; }

    /// <summary>Calls since it was armed, the one that cancelled included.</summary>
    public int Calls { get; private set; }

    /// <summary>Hash codes asked for since it was armed: one per insert into a hashed collection.</summary>
    public int HashCalls { get; private set; }

    /// <summary>When set, every key hashes alike, so each insert into a hashed collection walks all the keys before it.</summary>
    public bool ConstantHash { get; init; }

    public bool Equals(int x, int y) => Count(x == y);

    public int GetHashCode(int obj) => CountHash(ConstantHash ? 1 : obj);

    public int Compare(int x, int y) => Count(x.CompareTo(y));

    bool IEqualityComparer.Equals(object? x, object? y) => Count(Equals(x, y));

    int IEqualityComparer.GetHashCode(object obj) => CountHash(ConstantHash ? 1 : obj.GetHashCode());

    private int CountHash(int hash)
    {
        if (Armed)
        {
            HashCalls++;
        }

        return Count(hash);
    }

    private T Count<T>(T result)
    {
        if (Armed && ++Calls == 1)
        {
            Cancellation.Cancel();
        }

        return result;
    }
}
