using System;
using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// An OrderedDictionary that was never written to builds its entry list the first time it is enumerated. Copying one
/// (alone, or inside PowerShell's OrderedHashtable) used to do exactly that: a write to the source, and a race between
/// threads copying it at once. Found by the graph fuzzer (seeds 12, 20, 24; for Json, its own seeds 13, 17, 33).
/// </summary>
public sealed class EmptyDictionaryTests
{
    public EmptyDictionaryTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With("OrderedDictionary", "ReadOnlyOrderedDictionary", "OrderedHashtable");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Empty_ordered_dictionary_is_copied_without_a_write_to_the_source(DeepCopyStrategy strategy, string kind)
    {
        var source = new object[] { Create(kind) };
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        before.AssertUnchanged(source);
        var copied = Assert.IsAssignableFrom<IDictionary>(copy[0]);
        Assert.Equal(source[0].GetType(), copied.GetType());
        Assert.Empty(copied);
        Assert.Equal(((IDictionary)source[0]).IsReadOnly, copied.IsReadOnly);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [InlineData("OrderedDictionary")]
    [InlineData("ReadOnlyOrderedDictionary")]
    [InlineData("OrderedHashtable")]
    public void Json_writes_an_empty_ordered_dictionary_without_a_write_to_the_source(string kind)
    {
        var source = new object[] { Create(kind) };
        var before = GraphSnapshot.Take(source);

        var copy = (object?[])DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Json }, out _)!;

        before.AssertUnchanged(source);
        Assert.Empty(Assert.IsAssignableFrom<IDictionary>(copy[0]));
    }

    private static IDictionary Create(string kind) => kind switch
    {
        "OrderedDictionary" => new OrderedDictionary(StringComparer.OrdinalIgnoreCase),
        "ReadOnlyOrderedDictionary" => new OrderedDictionary().AsReadOnly(),
        _ => (IDictionary)Activator.CreateInstance(typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable")!)!,
    };
}
