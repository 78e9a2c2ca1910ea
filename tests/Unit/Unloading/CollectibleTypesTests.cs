using System;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.Unloading;

/// <summary>
/// Which types the caches hold weakly: a plugin type and every type built over it (its arrays, generic instantiations
/// with it as an argument), and nothing of the ordinary class library, whose types keep the fast strong caches.
/// </summary>
public sealed class CollectibleTypesTests
{
    private static readonly Lazy<PluginAssembly> DynamicPlugin = new(() => PluginAssembly.Create(PluginSource.RunAndCollect, "CollectibleTypesDynamic"));
    private static readonly Lazy<PluginAssembly> LoadedPlugin = new(() => PluginAssembly.Create(PluginSource.CollectibleContext, "CollectibleTypesLoaded"));

    [Theory]
    [InlineData(PluginSource.RunAndCollect)]
    [InlineData(PluginSource.CollectibleContext)]
    public void A_plugin_type_and_the_types_built_over_it_are_collectible(PluginSource source)
    {
        foreach (var type in BuiltOver(PluginFrom(source).Type))
        {
            Assert.True(CollectibleTypes.IsCollectible(type), type + " was not taken for collectible.");
        }
    }

    [Fact]
    public void Without_the_runtimes_answer_dynamic_types_and_the_types_built_over_them_count_as_collectible()
    {
        // The .NET Framework rule, checked here on .NET: RunAndCollect assemblies are dynamic there too.
        foreach (var type in BuiltOver(DynamicPlugin.Value.Type))
        {
            Assert.True(CollectibleTypes.MayBeUnloaded(type), type + " was not taken for collectible.");
        }
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(int[]))]
    [InlineData(typeof(List<int>))]
    [InlineData(typeof(Dictionary<string, List<Uri>>))]
    [InlineData(typeof(List<>))]
    [InlineData(typeof(CollectibleTypesTests))]
    public void Ordinary_types_are_not_collectible(Type type)
    {
        Assert.False(CollectibleTypes.IsCollectible(type));
        Assert.False(CollectibleTypes.MayBeUnloaded(type));
    }

    private static PluginAssembly PluginFrom(PluginSource source) => source == PluginSource.RunAndCollect ? DynamicPlugin.Value : LoadedPlugin.Value;

    private static IEnumerable<Type> BuiltOver(Type plugin) => new[]
    {
        plugin,
        plugin.MakeArrayType(),
        plugin.MakeArrayType(2),
        typeof(List<>).MakeGenericType(plugin),
        typeof(Dictionary<,>).MakeGenericType(typeof(string), plugin.MakeArrayType()),
        typeof(KeyValuePair<,>).MakeGenericType(typeof(int), typeof(List<>).MakeGenericType(plugin)),
    };
}
