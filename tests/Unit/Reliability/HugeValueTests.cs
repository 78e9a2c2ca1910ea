using System;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.StrategySpecific;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// Huge values cost what they must and no more, measured by the bytes the copying thread allocates (no timing): a
/// 100 MB string is immutable and shared, so copying it allocates next to nothing; an int[50,000,000] is one block
/// copy of 200 MB; five million references to one object are one array and one object.
/// </summary>
[Collection(nameof(SerialGcCollection))]
public sealed class HugeValueTests
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hundred_megabyte_string_held_three_times_is_shared_not_copied(DeepCopyStrategy strategy)
    {
        var text = new string('x', 50 * (int)Megabyte);
        var source = new Holder { A = text, B = new List<object> { text }, Map = new Dictionary<string, object> { [text] = text } };
        DeepCopier.Copy(new Holder(), new DeepCopyOptions { Strategy = strategy });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(text, copy.A);
        Assert.Same(text, ((List<object>)copy.B!)[0]);
        Assert.True(copy.Map!.ContainsKey(text));
        Assert.True(allocated < Megabyte, "Copying three references to a 100 MB string allocated " + allocated + " bytes.");
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Fifty_million_ints_are_one_block_copy(DeepCopyStrategy strategy)
    {
        var numbers = new int[50_000_000];
        numbers[0] = 1;
        numbers[^1] = 2;
        var source = new Holder { A = numbers, B = numbers };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var copied = Assert.IsType<int[]>(copy.A);
        Assert.NotSame(numbers, copied);
        Assert.Same(copied, copy.B);
        Assert.Equal(numbers.Length, copied.Length);
        Assert.Equal(1, copied[0]);
        Assert.Equal(2, copied[^1]);
        var payload = (long)numbers.Length * sizeof(int);
        Assert.InRange(allocated, payload, payload + Megabyte);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Five_million_references_to_one_object_copy_it_once(DeepCopyStrategy strategy)
    {
        var shared = new Node { Value = 7 };
        var items = new object[5_000_000];
        Array.Fill(items, shared);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = DeepCopier.Copy(items, new DeepCopyOptions { Strategy = strategy }, out var statistics);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var copied = Assert.IsType<object[]>(copy);
        var node = Assert.IsType<Node>(copied[0]);
        Assert.NotSame(shared, node);
        Assert.Same(node, copied[^1]);
        Assert.Equal(2, statistics.ObjectsCopied);
        var payload = (long)items.Length * IntPtr.Size;
        Assert.InRange(allocated, payload, payload + Megabyte);
    }

    [Fact]
    public void Json_carries_a_ten_megabyte_string_whole()
    {
        PowerShellRegistrations.EnsureRegistered();
        var text = new string('y', 5 * (int)Megabyte) + "\u00e9" + new string('z', 5 * (int)Megabyte);

        var copy = (object?[])DeepCopier.Copy(new object[] { text, text }, new DeepCopyOptions { Strategy = DeepCopyStrategy.Json }, out _)!;

        Assert.Equal(text, copy[0]);
        Assert.Equal(text, copy[1]);
    }

    private sealed class Holder
    {
        public object? A;
        public object? B;
        public Dictionary<string, object>? Map;
    }
}
