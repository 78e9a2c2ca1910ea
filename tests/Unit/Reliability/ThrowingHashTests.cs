using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// The one user code a copy runs is the documented rebuild of hashed and sorted collections: the copied keys'
/// GetHashCode and Equals, and the collection's comparer. When that code throws, the copy fails with HandlerFailed
/// and the exception inside, with the collection's path, and the source is unchanged. An InvalidOperationException
/// from it says nothing about the source changing.
/// </summary>
public sealed class ThrowingHashTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases =>
        Strategies.With("Dictionary", "HashSet", "Hashtable", "SortedDictionary", "SortedSet", "ConcurrentDictionary", "OrderedDictionary");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Key_whose_hash_or_comparison_throws_in_the_copy_fails_the_copy_with_HandlerFailed(DeepCopyStrategy strategy, string kind)
    {
        var key = new Poisonable { Id = 1 };
        var collection = Create(kind, key);

        // Poisoned after insertion: the source is valid, and its copied key (or the shared comparer) throws.
        key.Poisoned = true;
        Poisonable.Comparer.Armed = true;
        var source = new List<object> { "first", collection };
        var before = GraphSnapshot.Take(source);
        try
        {
            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.StartsWith("$[1]", error.Path, StringComparison.Ordinal);
            Assert.IsType<InvalidOperationException>(Innermost(error));
            before.AssertUnchanged(source);
        }
        finally
        {
            Poisonable.Comparer.Armed = false;
        }
    }

    private static Exception Innermost(Exception error)
    {
        var inner = error.InnerException!;
        while (inner.InnerException != null)
        {
            inner = inner.InnerException;
        }

        return inner;
    }

    private static object Create(string kind, Poisonable key) => kind switch
    {
        "Dictionary" => new Dictionary<Poisonable, int> { [key] = 1 },
        "HashSet" => new HashSet<Poisonable> { key },
        "Hashtable" => new Hashtable { [key] = 1 },
        "SortedDictionary" => new SortedDictionary<Poisonable, int>(Poisonable.Comparer) { [key] = 1, [new Poisonable { Id = 2 }] = 2 },
        "SortedSet" => new SortedSet<Poisonable>(Poisonable.Comparer) { key, new Poisonable { Id = 2 } },
        "ConcurrentDictionary" => new System.Collections.Concurrent.ConcurrentDictionary<Poisonable, int>(new[] { new KeyValuePair<Poisonable, int>(key, 1) }),
        _ => new System.Collections.Specialized.OrderedDictionary { [key] = 1 },
    };

    /// <summary>A key that throws from GetHashCode and Equals once poisoned, compared by a comparer that throws once armed.</summary>
    private sealed class Poisonable
    {
        public static readonly ArmedComparer Comparer = new ArmedComparer();

        public int Id;

        public bool Poisoned;

        public override int GetHashCode() => Poisoned ? throw new InvalidOperationException("GetHashCode of a poisoned key") : Id;

        public override bool Equals(object? obj) => Poisoned ? throw new InvalidOperationException("Equals of a poisoned key") : ReferenceEquals(this, obj);

        public sealed class ArmedComparer : IComparer<Poisonable>
        {
            public bool Armed;

            public int Compare(Poisonable? x, Poisonable? y) =>
                Armed ? throw new InvalidOperationException("Compare while armed") : x!.Id.CompareTo(y!.Id);
        }
    }
}
