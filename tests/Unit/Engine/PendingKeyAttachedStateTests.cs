using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>
/// A key filled early whose type carries attached state (as PowerShell's Add-Member on a .NET object does): its
/// attached-state item waits on the stack while its fill runs, and a key reached inside that fill must still be found
/// and finished before it is hashed (review of 2026-11-28, fifth session).
/// </summary>
public sealed class PendingKeyAttachedStateTests
{
    static PendingKeyAttachedStateTests() => DeepCopyRegistry.RegisterAttachedState(new StateOnKeys());

    public static TheoryData<DeepCopyStrategy, int> StrategiesAndFillers()
    {
        var data = new TheoryData<DeepCopyStrategy, int>();
        foreach (var strategy in Strategies.All())
        {
            // The number of objects between the two keys moves where the search's midpoints fall.
            for (var fillers = 0; fillers <= 6; fillers++)
            {
                data.Add(strategy, fillers);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StrategiesAndFillers))]
    public void A_key_reached_inside_an_early_fill_is_finished_before_it_is_hashed(DeepCopyStrategy strategy, int fillers)
    {
        var inner = new ListKey(new List<int> { 1 });
        var outer = new KeyWithState { Set = new HashSet<ListKey> { inner } };
        var made = new Filler?[6];
        for (var index = 0; index < fillers; index++)
        {
            made[index] = new Filler();
        }

        (outer.F1, outer.F2, outer.F3, outer.F4, outer.F5, outer.F6) = (made[0], made[1], made[2], made[3], made[4], made[5]);

        var root = new object[] { outer, inner, new HashSet<object> { outer } };

        var copy = (object[])DeepCopier.Copy(root, new DeepCopyOptions { Strategy = strategy })!;

        var copiedOuter = (KeyWithState)copy[0];
        var copiedInner = (ListKey)copy[1];
        Assert.NotSame(inner.Items, copiedInner.Items);
        Assert.Contains(copiedInner, copiedOuter.Set);
        Assert.Contains(copiedOuter, (HashSet<object>)copy[2]);
    }

    public sealed class Filler
    {
        public object? Value;
    }

    public sealed class KeyWithState
    {
        // Fields filled before Set, each a new object pushed above the state's item: they move the search's midpoints.
        public Filler? F1, F2, F3, F4, F5, F6;
        public HashSet<ListKey> Set = new();
    }

    /// <summary>Equal by its list's identity, as a record holding a class instance is.</summary>
    public sealed class ListKey
    {
        public ListKey(List<int> items) => Items = items;

        public List<int> Items;

        public override bool Equals(object? obj) => obj is ListKey other && ReferenceEquals(Items, other.Items);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(Items);
    }

    /// <summary>State the copy carries for this test's key type only, so no other test meets it.</summary>
    private sealed class StateOnKeys : DeepCopyAttachedState
    {
        public override bool AppliesTo(System.Type type) => type == typeof(KeyWithState);

        public override bool HasState(object source) => source is KeyWithState;

        public override void CopyState(object source, object copy, DeepCopyContext context)
        {
        }
    }
}
