using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// Keys that are distinct in the source but equal in the copy, because the copy drops a field their equality uses
/// ([DeepCopyIgnore], NonCopyableAction Null, a Null type policy): the copy of any hashed or sorted collection fails
/// with KeyCollision at the later key's path, naming that source key. It never returns a copy with fewer entries, and
/// never blames a writer on another thread.
/// </summary>
public sealed class CollidingKeyTests
{
    public static TheoryData<DeepCopyStrategy, string, string> KindsAndCauses() => Strategies.Crossed(CollidingCollections.Kinds, CollidingCollections.Causes);

    [Theory]
    [MemberData(nameof(KindsAndCauses))]
    public void Keys_that_become_equal_fail_the_copy_at_the_later_key(DeepCopyStrategy strategy, string kind, string cause)
    {
        var keys = CollidingCollections.Keys(cause);
        var source = CollidingCollections.Make(kind, keys);
        var enumerated = CollidingCollections.EnumeratedKeys(source);
        Assert.Equal(3, enumerated.Count);
        var later = enumerated.IndexOf(keys[0]) > enumerated.IndexOf(keys[2]) ? keys[0] : keys[2];
        var before = GraphSnapshot.Take(source);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, CollidingCollections.Options(cause, strategy)));

        Assert.Equal(DeepCopyErrorKind.KeyCollision, error.Kind);
        Assert.Equal("$.Keys[" + enumerated.IndexOf(later) + "]", error.Path);
        Assert.Same(later, error.OffendingValue);
        Assert.Contains("equal", error.Message);
        before.AssertUnchanged(source);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_path_names_a_colliding_key_deep_in_the_graph(DeepCopyStrategy strategy)
    {
        var keys = CollidingCollections.Keys("DeepCopyIgnore");
        var source = new Dictionary<string, object> { ["sets"] = new List<object> { new HashSet<CollidingKey>(keys) } };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.KeyCollision, error.Kind);
        Assert.Equal("$['sets'][0].Keys[2]", error.Path);
        Assert.Same(keys[2], error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_immutable_dictionary_whose_colliding_keys_hold_equal_values_fails_too(DeepCopyStrategy strategy)
    {
        // Add returns the dictionary unchanged for a key it holds with an equal value, rather than throwing.
        var keys = CollidingCollections.Keys("DeepCopyIgnore");
        var source = ImmutableDictionary.CreateRange(keys.Select(key => new KeyValuePair<CollidingKey, string>(key, "same")));
        var enumerated = CollidingCollections.EnumeratedKeys(source);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.KeyCollision, error.Kind);
        Assert.Equal("$.Keys[" + Math.Max(enumerated.IndexOf(keys[0]), enumerated.IndexOf(keys[2])) + "]", error.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Keys_that_stay_distinct_copy_whole(DeepCopyStrategy strategy)
    {
        var keys = CollidingCollections.Keys("DeepCopyIgnore");
        keys[2].Id = 3;
        foreach (var kind in CollidingCollections.Kinds)
        {
            var source = CollidingCollections.Make(kind, keys);

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Equal(3, CollidingCollections.EnumeratedKeys(copy).Count);
        }
    }
}
