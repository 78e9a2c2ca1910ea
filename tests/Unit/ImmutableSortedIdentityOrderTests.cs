using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// ImmutableSortedSet and ImmutableSortedDictionary are rebuilt through their comparer, so one that orders keys by
/// identity finds every copied key (hunt 27, F2: a field copy kept the source's tree shape, and lost most keys). With
/// keys that are their own copies (strings) the source's tree is right for the copy, and is kept (review 5, F4).
/// </summary>
public sealed class ImmutableSortedIdentityOrderTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_identity_ordered_sorted_set_finds_every_copied_key(DeepCopyStrategy strategy)
    {
        var source = ImmutableSortedSet.CreateRange(ByIdentity.Instance, Keys());

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(ByIdentity.Instance, copy.KeyComparer);
        Assert.Equal(source.Count, copy.Count);
        Assert.All(copy, key => Assert.Contains(key, copy));
        Assert.Empty(copy.Intersect(source));
        Assert.Empty(DeepComparer.Compare(source, copy));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_identity_ordered_sorted_dictionary_finds_every_copied_key(DeepCopyStrategy strategy)
    {
        var source = Keys().ToImmutableSortedDictionary(key => key, key => key.Name, ByIdentity.Instance);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.Count, copy.Count);
        Assert.All(copy.Keys, key => Assert.Equal(key.Name, copy[key]));
        Assert.False(copy.ContainsKey(source.Keys.First()));
        Assert.Empty(DeepComparer.Compare(source, copy));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_identity_ordered_sorted_set_of_strings_keeps_its_tree_and_its_keys(DeepCopyStrategy strategy)
    {
        // Strings are their own copies, so the source's tree (copied field by field, review 5 F4) still orders them.
        var source = ImmutableSortedSet.CreateRange(StringsByIdentity.Instance, Enumerable.Range(0, 20).Select(index => new string('k', 1) + index));

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(source, copy);
        Assert.Same(StringsByIdentity.Instance, copy.KeyComparer);
        Assert.Equal(source, copy);
        Assert.All(source, key => Assert.Contains(key, copy));
        Assert.Empty(DeepComparer.Compare(source, copy));
    }

    private static IEnumerable<Named> Keys() => Enumerable.Range(0, 20).Select(index => new Named("k" + index)).ToList();

    public sealed class Named
    {
        public Named(string name)
        {
            Name = name;
        }

        public string Name { get; }
    }

    private sealed class StringsByIdentity : IComparer<string>
    {
        public static readonly StringsByIdentity Instance = new StringsByIdentity();

        public int Compare(string? x, string? y) =>
            ReferenceEquals(x, y) ? 0 : RuntimeHelpers.GetHashCode(x!).CompareTo(RuntimeHelpers.GetHashCode(y!)) is var order && order != 0 ? order : 1;
    }

    private sealed class ByIdentity : IComparer<Named>
    {
        public static readonly ByIdentity Instance = new ByIdentity();

        public int Compare(Named? x, Named? y) =>
            ReferenceEquals(x, y) ? 0 : RuntimeHelpers.GetHashCode(x!).CompareTo(RuntimeHelpers.GetHashCode(y!)) is var order && order != 0 ? order : 1;
    }
}
