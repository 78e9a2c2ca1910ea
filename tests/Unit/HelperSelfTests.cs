using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests;

/// <summary>The checking helpers can fail: each broken "copy" made by hand here must be caught.</summary>
public sealed class HelperSelfTests
{
    [Fact]
    public void Honest_hand_made_copy_passes()
    {
        var source = new Pair { A = new List<int> { 1 }, B = new Hashtable(StringComparer.OrdinalIgnoreCase) { ["k"] = "v" } };
        var copy = new Pair { A = new List<int> { 1 }, B = new Hashtable(StringComparer.OrdinalIgnoreCase) { ["k"] = "v" } };

        GraphAssert.IsDeepCopy(source, copy);
    }

    [Fact]
    public void Equal_looking_identity_keys_are_paired_by_their_entries()
    {
        // Two empty arrays are equal in structure but distinct keys (arrays hash by identity); a Hashtable lists them
        // in identity-hash order, so the copy's keys may come in the other order (long fuzz run, seed 1100012513).
        var source = new Hashtable { [new int[0]] = 1m, [new int[0]] = Guid.Empty };
        var copy = new Hashtable();
        foreach (DictionaryEntry entry in source)
        {
            copy.Add(new int[0], entry.Value);
        }

        GraphAssert.IsDeepCopy(source, copy);
    }

    [Fact]
    public void Equal_looking_set_elements_are_paired_through_their_other_references()
    {
        // Only B tells which copied element is whose; the set lists them in the other order (seed 1100040287).
        var first = new List<int> { 1 };
        var second = new List<int> { 1 };
        var source = new Pair { A = new HashSet<object>(ReferenceEqualityComparer.Instance) { first, second }, B = first };
        var firstCopy = new List<int> { 1 };
        var secondCopy = new List<int> { 1 };
        var copy = new Pair { A = new HashSet<object>(ReferenceEqualityComparer.Instance) { secondCopy, firstCopy }, B = firstCopy };

        GraphAssert.IsDeepCopy(source, copy);
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, new Pair { A = copy.A, B = new List<int> { 1 } }));
    }

    [Fact]
    public void Equal_looking_elements_are_paired_through_a_set_that_waits_too()
    {
        // Both sets have look-alike elements, so both wait until the end; only the second tells which copied element
        // of the first is whose (long fuzz run, seed 1970027167, with dictionary keys).
        var (source, copy) = SetsSharingOneLookalike();
        var unshared = new Pair
        {
            A = copy.A,
            B = new HashSet<object>(ReferenceEqualityComparer.Instance) { new List<int> { 1 }, new List<int> { 1 } },
        };

        GraphAssert.IsDeepCopy(source, copy);
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, unshared));
    }

    [Fact]
    public void Equal_looking_elements_are_paired_through_a_sibling_that_holds_one()
    {
        // Only the third element tells which copied look-alike is whose, and it is reached only through the set
        // (long fuzz run, seed 1960028287: Tripwires in a set beside a dictionary whose value is one of them).
        var first = new List<int> { 1 };
        var second = new List<int> { 1 };
        var source = new HashSet<object>(ReferenceEqualityComparer.Instance) { first, second, new List<object> { first } };
        var firstCopy = new List<int> { 1 };
        var secondCopy = new List<int> { 1 };
        var copy = new HashSet<object>(ReferenceEqualityComparer.Instance) { secondCopy, firstCopy, new List<object> { firstCopy } };
        var unshared = new HashSet<object>(ReferenceEqualityComparer.Instance) { secondCopy, firstCopy, new List<object> { new List<int> { 1 } } };

        GraphAssert.IsDeepCopy(source, copy);
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, unshared));
    }

    [Fact]
    public void Look_alikes_that_nothing_else_reaches_are_paired_without_walking_the_rest_of_the_graph()
    {
        // Eight sets of fifty empty lists: every pairing is a choice among look-alikes, but no other container reaches
        // them, so no trial has to finish the waiting work (it made this comparison take seconds; review of 2026-11-28).
        var source = new List<object>();
        var copy = new List<object>();
        for (var set = 0; set < 8; set++)
        {
            var sourceSet = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var copySet = new HashSet<object>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < 50; i++)
            {
                sourceSet.Add(new List<int>());
                copySet.Add(new List<int>());
            }

            source.Add(sourceSet);
            copy.Add(copySet);
        }

        var comparer = new StructuralComparer(null);
        comparer.Run(source, copy);

        Assert.Equal(0, comparer.LookAheadTrials);
    }

    [Fact]
    public void A_look_alike_that_waiting_work_reaches_is_paired_by_a_trial_that_looks_ahead()
    {
        var (source, copy) = SetsSharingOneLookalike();

        var comparer = new StructuralComparer(null);
        comparer.Run(source, copy);

        Assert.True(comparer.LookAheadTrials > 0);
    }

    /// <summary>
    /// Two sets of look-alike lists, sharing one of them; the copy lists the first set's elements in the other order,
    /// so only the second set tells which copied element is the shared one.
    /// </summary>
    private static (Pair Source, Pair Copy) SetsSharingOneLookalike()
    {
        var shared = new List<int> { 1 };
        var source = new Pair
        {
            A = new HashSet<object>(ReferenceEqualityComparer.Instance) { shared, new List<int> { 1 } },
            B = new HashSet<object>(ReferenceEqualityComparer.Instance) { shared, new List<int> { 1 } },
        };
        var sharedCopy = new List<int> { 1 };
        var copy = new Pair
        {
            A = new HashSet<object>(ReferenceEqualityComparer.Instance) { new List<int> { 1 }, sharedCopy },
            B = new HashSet<object>(ReferenceEqualityComparer.Instance) { sharedCopy, new List<int> { 1 } },
        };
        return (source, copy);
    }

    [Fact]
    public void Crossed_values_under_equal_looking_keys_are_caught()
    {
        var first = new int[0];
        var second = new int[0];
        var source = new Hashtable { [first] = 1m, [second] = 2m };
        var copy = new Hashtable { [new int[0]] = 1m, [new int[0]] = 3m };

        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, copy));
    }

    [Fact]
    public void Shallow_copy_is_caught()
    {
        var source = new Pair { A = new List<int> { 1 } };

        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, new Pair { A = source.A }));
    }

    [Fact]
    public void Source_object_hidden_inside_a_wrapper_is_caught()
    {
        var inner = new List<int> { 1 };
        var source = new Pair { A = inner.AsReadOnly() };

        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, new Pair { A = inner.AsReadOnly() }));
    }

    [Fact]
    public void Lost_and_invented_sharing_are_caught()
    {
        var list = new List<int> { 1 };
        var sharing = new Pair { A = list, B = list };
        var distinct = new Pair { A = new List<int> { 1 }, B = new List<int> { 1 } };

        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(sharing, new Pair { A = new List<int> { 1 }, B = new List<int> { 1 } }));
        var one = new List<int> { 1 };
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(distinct, new Pair { A = one, B = one }));
    }

    [Fact]
    public void Changed_type_value_comparer_and_order_are_caught()
    {
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(new Pair { A = new List<int>() }, new Pair { A = new ArrayList() }));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(new Pair { A = 1 }, new Pair { A = 2 }));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(
            new Hashtable(StringComparer.OrdinalIgnoreCase) { ["k"] = 1 }, new Hashtable { ["k"] = 1 }));
        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(new Stack<int>(new[] { 1, 2 }), new Stack<int>(new[] { 2, 1 })));
    }

    [Fact]
    public void Identity_key_that_the_copy_cannot_find_is_caught()
    {
        var key = new IdentityKey(1);
        var source = new Pair { A = key, B = new Dictionary<IdentityKey, int> { [key] = 1 } };
        var copiedKey = new IdentityKey(1);
        var copy = new Pair { A = copiedKey, B = new Dictionary<IdentityKey, int> { [new IdentityKey(1)] = 1 } };

        Assert.ThrowsAny<XunitException>(() => GraphAssert.IsDeepCopy(source, copy));
    }

    [Fact]
    public void Snapshot_catches_a_changed_value_and_a_replaced_object()
    {
        var source = new Pair { A = new List<int> { 1 }, B = new Node() };
        var before = GraphSnapshot.Take(source);

        ((List<int>)source.A).Add(2);
        Assert.ThrowsAny<XunitException>(() => before.AssertUnchanged(source));

        var again = GraphSnapshot.Take(source);
        again.AssertUnchanged(source);
        source.B = new Node();
        Assert.ThrowsAny<XunitException>(() => again.AssertUnchanged(source));
    }

    private sealed class Pair
    {
        public object? A;

        public object? B;
    }
}
