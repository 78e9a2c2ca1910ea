using System;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// A key that an adapter presents as the value it wraps (as PowerShell's adapter presents a PSObject that only wraps an
/// object) pairs with the bare value. Found by a differential fuzz of the comparer against the build before key
/// fingerprints presented each value once: the cache of presented values kept the wrapper instead of what it wraps, so
/// a wrapped key's fingerprint no longer matched its bare partner's, and equal sets were reported different.
/// </summary>
public sealed class WrappedKeyPairingTests
{
    public WrappedKeyPairingTests() => DeepComparer.RegisterAdapter(WrapperAdapter.Instance);

    [Fact]
    public void A_wrapped_set_item_pairs_with_the_bare_item()
    {
        var reference = new HashSet<object> { new Wrapper(new KeyNode(1)) };
        var difference = new HashSet<object> { new KeyNode(1) };

        Assert.Empty(Describe(DeepComparer.Compare(reference, difference)));
    }

    [Fact]
    public void A_wrapper_inside_a_key_is_seen_through_when_keys_are_paired()
    {
        var reference = new HashSet<object> { new KeyNode(1, new Wrapper(new KeyNode(2))) };
        var difference = new HashSet<object> { new KeyNode(1, new KeyNode(2)) };

        Assert.Empty(Describe(DeepComparer.Compare(reference, difference)));
    }

    [Fact]
    public void A_wrapped_dictionary_key_pairs_with_the_bare_key()
    {
        var reference = new Dictionary<object, object> { [new Wrapper(new KeyNode(1))] = "x" };
        var difference = new Dictionary<object, object> { [new KeyNode(1)] = "x" };

        Assert.Empty(Describe(DeepComparer.Compare(reference, difference)));
    }

    [Fact]
    public void Wrapped_keys_in_another_order_pair_one_to_one()
    {
        var reference = new HashSet<object>(Enumerable.Range(0, 200).Select(i => (object)new Wrapper(new KeyNode(i))));
        var difference = new HashSet<object>(Enumerable.Range(0, 200).Reverse().Select(i => (object)new KeyNode(i)));
        difference.Remove(difference.OfType<KeyNode>().Single(node => node.Value == 7));
        difference.Add(new KeyNode(1000));

        var found = Describe(DeepComparer.Compare(reference, difference));

        Assert.Equal(2, found.Count);
        Assert.Contains(found, text => text.StartsWith("MissingKey", StringComparison.Ordinal));
        Assert.Contains(found, text => text.StartsWith("ExtraKey", StringComparison.Ordinal));
    }

    private static List<string> Describe(IEnumerable<DeepDifference> differences) =>
        differences.Select(d => d.Kind + " " + d.Path + " " + d.Message).ToList();

    private sealed class Wrapper
    {
        public Wrapper(object inner) => Inner = inner;

        public object Inner { get; }
    }

    private sealed class KeyNode
    {
        public KeyNode(int value, object? owner = null)
        {
            Value = value;
            Owner = owner;
        }

        public int Value { get; }

        public object? Owner { get; }
    }

    /// <summary>Transparent for <see cref="Wrapper"/> only, a type no other test uses, so registering it changes nothing else.</summary>
    private sealed class WrapperAdapter : DeepCompareAdapter
    {
        public static readonly WrapperAdapter Instance = new WrapperAdapter();

        public override bool CanHandle(Type type) => type == typeof(Wrapper);

        public override void Describe(object value, DeepCompareView view) => view.SetWrapped(((Wrapper)value).Inner);
    }
}
