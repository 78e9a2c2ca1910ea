using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures.Overrides;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A user's Hashtable subclass that overrides how its entries are shown or counted (masked secrets, hidden entries, a
/// count of what it shows) is copied as it is stored: its real entries come back, and none of its overrides runs.
/// Each layout takes another road through the copy: a bucket copy (keys the copy shares), a rebuild because a key is
/// copied, a rebuild because the table is mostly empty room.
/// </summary>
public sealed class HashtableSubclassOverrideTests
{
    private static readonly string[] Layouts = { "shared keys", "copied keys", "mostly empty" };

    public static TheoryData<DeepCopyStrategy, string, string> KindsAndLayouts() => Strategies.Crossed(new[] { "masking", "hiding", "zero count", "throwing" }, Layouts);

    public static TheoryData<DeepCopyStrategy, string> EveryLayout => Strategies.With(Layouts);

    [Theory]
    [MemberData(nameof(KindsAndLayouts))]
    public void The_real_entries_are_copied_and_no_override_runs(DeepCopyStrategy strategy, string kind, string layout)
    {
        var source = Fill(Make(kind, layout), layout);
        OverrideCalls.Reset();

        var copy = DeepCopier.Copy<object>(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(0, OverrideCalls.Count);
        AssertSameRealEntries(source, Assert.IsAssignableFrom<RecordingTable>(copy));
    }

    /// <summary>A write through the copy's own indexer would run its override, which drops the null the copy's value became.</summary>
    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void An_indexer_that_drops_nulls_does_not_drop_a_value_the_copy_made_null(DeepCopyStrategy strategy, string layout)
    {
        var source = Fill(new NullDroppingTable(Capacity(layout)), layout);
        source.SetReal("callback", new Action(() => { }));
        OverrideCalls.Reset();

        var copy = (NullDroppingTable)DeepCopier.Copy<object>(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null })!;

        Assert.Equal(0, OverrideCalls.Count);
        Assert.True(copy.HasReal("callback"), "The copy lost the entry whose value it made null.");
        Assert.Null(copy.GetReal("callback"));
        Assert.Equal(source.RealCount, copy.RealCount);
    }

    /// <summary>GetHash and KeyEquals are the subclass's comparer: a copy that hashes its keys afresh hashes them with it.</summary>
    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void GetHash_and_KeyEquals_overrides_still_find_the_copied_keys(DeepCopyStrategy strategy, string layout)
    {
        var source = Fill(new CaseFoldingTable(Capacity(layout)), layout);

        var copy = (CaseFoldingTable)DeepCopier.Copy<object>(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.HasReal("PASSWORD"), "The copy no longer finds a key whatever its case.");
        AssertSameRealEntries(source, copy);
    }

    /// <summary>Reading past the overrides keeps the checks: a write to the source while it is copied is reported.</summary>
    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void A_write_to_the_source_during_the_copy_is_reported(DeepCopyStrategy strategy, string layout)
    {
        HookHandler.EnsureRegistered();
        var source = Fill(new ThrowingTable(Capacity(layout)), layout);
        source.SetReal("hook", new HookItem(onShell: () => source.SetReal("user", "replaced")));

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy<object>(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.SourceChangedDuringCopy, error.Kind);
        Assert.Same(source, error.OffendingValue);
    }

    private static RecordingTable Make(string kind, string layout)
    {
        var capacity = Capacity(layout);
        switch (kind)
        {
            case "masking":
                return new MaskingTable(capacity);
            case "hiding":
                return new HidingTable(capacity);
            case "zero count":
                return new ZeroCountTable(capacity);
            case "throwing":
                return new ThrowingTable(capacity);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case.");
        }
    }

    // A table made for many more keys than it holds is rebuilt at the size of what it holds.
    private static int Capacity(string layout) => layout == "mostly empty" ? 10_000 : 0;

    private static T Fill<T>(T table, string layout)
        where T : RecordingTable
    {
        table.SetReal("user", "svc");
        table.SetReal("password", "Hunter2!");
        table.SetReal("_token", "abc123");
        table.SetReal("_list", new List<int> { 1, 2 });
        if (layout == "copied keys")
        {
            table.SetReal(new KeyHolder { Number = 7 }, "held");
        }

        return table;
    }

    private static void AssertSameRealEntries(RecordingTable source, RecordingTable copy)
    {
        Assert.Equal(source.GetType(), copy.GetType());
        Assert.Equal(source.RealCount, copy.RealCount);
        Assert.Equal(source.RealEntries().Count, copy.RealEntries().Count);
        Assert.NotSame(source.Tags, copy.Tags);
        Assert.Equal(source.Tags, copy.Tags);
        foreach (var entry in source.RealEntries())
        {
            if (entry.Key is KeyHolder holder)
            {
                var copied = copy.RealEntries().Single(e => e.Key is KeyHolder);
                Assert.NotSame(holder, copied.Key);
                Assert.Equal(holder.Number, ((KeyHolder)copied.Key).Number);
                Assert.Equal(entry.Value, copied.Value);
            }
            else if (entry.Value is List<int> list)
            {
                var copied = Assert.IsType<List<int>>(copy.GetReal(entry.Key));
                Assert.NotSame(list, copied);
                Assert.Equal(list, copied);
            }
            else
            {
                Assert.True(copy.HasReal(entry.Key), "The copy lost the key '" + entry.Key + "'.");
                Assert.Equal(entry.Value, copy.GetReal(entry.Key));
            }
        }
    }
}
