using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Immutable keyed collections are rebuilt through their Builders, which grow one tree in place, and sorted ones whose
/// keys are taken as they are keep the source's tree (review 5, F4: one Add per key on the immutable tree, called through
/// reflection, allocated about sixteen times the collection). Bytes, not time: the bounds sit about twice above what a
/// copy takes, and far below the old cost.
/// </summary>
public sealed class ImmutableKeyedAllocationTests
{
    private const int Count = 10_000;

    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(
        "ImmutableSortedDictionary", "ImmutableSortedSet", "ImmutableDictionary", "ImmutableHashSet", "string-keyed ImmutableSortedDictionary");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_copy_allocates_about_the_size_of_the_collection(DeepCopyStrategy strategy, string kind)
    {
        var source = Make(kind);
        var options = new DeepCopyOptions { Strategy = strategy };
        DeepCopier.Copy(source, options);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = DeepCopier.Copy(source, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(DeepComparer.Compare(source, copy));
        Assert.True(allocated < Bound(kind), kind + " copy allocated " + allocated + " bytes");
    }

    // Measured on .NET 10: 0.7-1.5 MB with keys copied through a Builder, 0.5-0.9 MB for string keys (tree kept); one
    // reflective Add per key took 7.3-10.2 MB.
    private static long Bound(string kind) => kind.StartsWith("string", StringComparison.Ordinal) ? 1_500_000 : 3_000_000;

    private static object Make(string kind)
    {
        var keys = Enumerable.Range(0, Count).Select(index => new Key(index)).ToList();
        return kind switch
        {
            "ImmutableSortedDictionary" => keys.ToImmutableSortedDictionary(key => key, key => key.Id),
            "ImmutableSortedSet" => keys.ToImmutableSortedSet(),
            "ImmutableDictionary" => keys.ToImmutableDictionary(key => key, key => key.Id),
            "ImmutableHashSet" => keys.ToImmutableHashSet(),
            "string-keyed ImmutableSortedDictionary" => keys.ToImmutableSortedDictionary(key => "k" + key.Id, key => key.Id, StringComparer.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    public sealed class Key : IComparable<Key>, IEquatable<Key>
    {
        public Key(int id)
        {
            Id = id;
        }

        public int Id { get; }

        public int CompareTo(Key? other) => Id.CompareTo(other!.Id);

        public bool Equals(Key? other) => other != null && other.Id == Id;

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => Id;
    }
}
