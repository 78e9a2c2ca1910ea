using System;
using System.Runtime.CompilerServices;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.Unloading;

/// <summary>
/// The table behind the type caches: ordinary and collectible types are found, added once, replaced and cleared
/// alike; only a collectible type's entry goes away with its type.
/// </summary>
public sealed class TypeTableTests
{
    private static int _serial;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Entries_are_added_once_replaced_and_cleared(bool collectible)
    {
        var type = collectible ? NewPlugin().Type : typeof(Uri);
        var table = new TypeTable<string?>();

        Assert.False(table.TryGetValue(type, out _));
        Assert.Equal("first", table.Add(type, "first"));
        Assert.Equal("first", table.Add(type, "second"));
        Assert.Equal("first", table.GetOrAdd(type, _ => "built"));

        table.Set(type, null);
        Assert.True(table.TryGetValue(type, out var replaced));
        Assert.Null(replaced);

        table.Clear();
        Assert.False(table.TryGetValue(type, out _));
        Assert.Equal("built", table.GetOrAdd(type, _ => "built"));
    }

    [Fact]
    public void A_collectible_type_whose_value_refers_to_it_is_collected_with_its_table_alive()
    {
        var table = new TypeTable<object>();
        var plugin = AddPlugin(table);

        for (var round = 0; round < 10 && plugin.IsAlive; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(plugin.IsAlive);
        GC.KeepAlive(table);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference AddPlugin(TypeTable<object> table)
    {
        var type = NewPlugin().Type;
        // The value holds the key, as a plan or generated code does: the weak table's ephemeron lets both go.
        table.Add(type, new object[] { type, Activator.CreateInstance(type)! });
        Assert.True(table.TryGetValue(type, out _));
        return new WeakReference(type, trackResurrection: true);
    }

    private static PluginAssembly NewPlugin() =>
        PluginAssembly.Create(PluginSource.RunAndCollect, "TypeTable" + System.Threading.Interlocked.Increment(ref _serial));
}
