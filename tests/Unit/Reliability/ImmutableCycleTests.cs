using System.Collections.Generic;
using System.Collections.Immutable;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// An immutable hashed collection is built whole when its shell is made, its keys copied to completion first. A key
/// that refers back to the collection made the engine copy the collection a second time and register it twice: the
/// copy held two different copies where the source held one, and the identity map a duplicate entry.
/// </summary>
public sealed class ImmutableCycleTests
{
    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With("ImmutableDictionary", "ImmutableHashSet", "Both");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Key_that_refers_back_to_its_immutable_collection_keeps_the_cycle(DeepCopyStrategy strategy, string kind)
    {
        var key = new Key();
        var dictionary = ImmutableDictionary<Key, List<int>>.Empty.Add(key, new List<int> { 1 });
        var set = ImmutableHashSet<Key>.Empty.Add(key);
        key.Back = kind == "ImmutableHashSet" ? set : dictionary;
        key.Other = kind == "Both" ? set : null;
        object source = kind == "ImmutableHashSet" ? set : dictionary;
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(source);
        GraphAssert.IsDeepCopy(source, copy);
        var copiedKey = kind == "ImmutableHashSet" ? Assert.Single((ImmutableHashSet<Key>)copy) : Assert.Single((ImmutableDictionary<Key, List<int>>)copy).Key;
        Assert.Same(copy, copiedKey.Back);
    }

    private sealed class Key
    {
        public object? Back;
        public object? Other;
    }
}
