using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using DeepCopy.Core.Handlers;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.FrameworkLayouts;

/// <summary>
/// A ConcurrentDictionary's comparer on every runtime: the candidates bind to .NET Framework's live comparer (its
/// layout reproduced by <see cref="FrameworkConcurrentDictionary"/>), a binding that reads the wrong field is rejected
/// by the probe, and where nothing binds the dictionary is refused rather than copied with the default comparer.
/// </summary>
public sealed class ConcurrentDictionaryComparerBindingTests
{
    private static readonly string[][] Candidates = ConcurrentDictionaryComparer<string, int>.Candidates;

    [Fact]
    public void The_candidates_read_the_live_comparer_of_the_framework_layout()
    {
        var reader = MemberChainBinder.Bind(typeof(FrameworkConcurrentDictionary), Candidates, ReadsBackItsComparer);

        Assert.NotNull(reader);
        Assert.Same(StringComparer.OrdinalIgnoreCase, reader!(new FrameworkConcurrentDictionary(StringComparer.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_live_comparer_wins_over_a_stale_serialized_one()
    {
        var reader = MemberChainBinder.Bind(typeof(FrameworkConcurrentDictionary), Candidates, ReadsBackItsComparer)!;
        var dictionary = new FrameworkConcurrentDictionary(StringComparer.Ordinal);
        dictionary.SimulateSerialization();
        dictionary.m_comparer = StringComparer.InvariantCultureIgnoreCase;

        Assert.Same(StringComparer.Ordinal, reader(dictionary));
    }

    [Fact]
    public void The_outer_field_alone_does_not_pass_the_probe()
    {
        // What the handler read before: a field that exists on .NET Framework but is null on a live dictionary.
        var reader = MemberChainBinder.Bind(typeof(FrameworkConcurrentDictionary), new[] { new[] { "m_comparer" } }, ReadsBackItsComparer);

        Assert.Null(reader);
    }

    [Fact]
    public void A_layout_with_none_of_the_names_binds_nothing()
    {
        Assert.Null(MemberChainBinder.Bind(typeof(FrameworkBarrier), Candidates, _ => true));
    }

    [Fact]
    public void This_runtime_binds_and_reads_a_case_insensitive_comparer()
    {
        var reader = ConcurrentDictionaryComparer<string, int>.Reader;

        Assert.NotNull(reader);
        Assert.Same(StringComparer.OrdinalIgnoreCase, reader!(new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_dictionary_whose_comparer_cannot_be_read_is_refused_not_copied_case_sensitive()
    {
        ConcurrentDictionaryComparer<UnreadableKey, int>.Reader = null;
        var source = new ConcurrentDictionary<UnreadableKey, int> { [new UnreadableKey()] = 1 };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Contains(ConcurrentDictionaryComparer<UnreadableKey, int>.UnreadableReason, error.Message, StringComparison.Ordinal);
        Assert.Same(source, DeepCopier.Copy(source, new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Reference }));
    }

    [Fact]
    public void A_subclass_whose_comparer_cannot_be_read_is_refused_too()
    {
        ConcurrentDictionaryComparer<UnreadableSubclassKey, int>.Reader = null;
        var source = new UnreadableSubclass { [new UnreadableSubclassKey()] = 1 };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Null(DeepCopier.Copy(source, new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Null }));
    }

    [Fact]
    public void Compare_reads_the_comparer_through_the_copys_binding()
    {
        // On .NET Framework that binding is the tables' field: Compare had no way to see the comparer there before.
        var source = new ConcurrentDictionary<BoundKey, int>(new NamedComparer("source"));
        var other = new ConcurrentDictionary<BoundKey, int>(new NamedComparer("other"));
        ConcurrentDictionaryComparer<BoundKey, int>.Reader = dictionary =>
            ReferenceEquals(dictionary, source) ? new NamedComparer("read through the binding") : ((ConcurrentDictionary<BoundKey, int>)dictionary).Comparer;

        var read = ComparerReader.For(typeof(ConcurrentDictionary<BoundKey, int>))!;

        Assert.Equal("read through the binding", ((NamedComparer)read(source)!).Name);
        Assert.Equal("other", ((NamedComparer)read(other)!).Name);
    }

    private static bool ReadsBackItsComparer(Func<object, object?> read) =>
        ReferenceEquals(read(new FrameworkConcurrentDictionary(StringComparer.OrdinalIgnoreCase)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Key types used by one test each, so the binding each test replaces is seen by no other test.</summary>
    public sealed class UnreadableKey
    {
    }

    public sealed class UnreadableSubclassKey
    {
    }

    public sealed class BoundKey
    {
    }

    public sealed class UnreadableSubclass : ConcurrentDictionary<UnreadableSubclassKey, int>
    {
    }

    private sealed class NamedComparer : IEqualityComparer<BoundKey>
    {
        public NamedComparer(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public bool Equals(BoundKey? x, BoundKey? y) => ReferenceEquals(x, y);

        public int GetHashCode(BoundKey obj) => obj.GetHashCode();
    }
}
