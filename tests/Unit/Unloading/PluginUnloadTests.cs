using System;
using System.IO;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.Unloading;

/// <summary>
/// A host that copies or compares its plugins' objects must still be able to unload the plugins: once the objects are
/// dropped and the context unloaded, nothing the library cached may keep a collectible type, its assembly or its
/// context alive. Each case emits a fresh plugin type, works with it in a helper that is never inlined (so no local of
/// this frame roots it), and then waits for the collector to take it.
/// </summary>
public sealed class PluginUnloadTests
{
    /// <summary>Past Auto's compile threshold, so Auto's counters and its generated code both come into play.</summary>
    private const int HotGraph = AdaptiveThreshold + 800;

    private const int AdaptiveThreshold = DeepCopy.Core.Engine.AdaptiveObjectFiller.CompileThreshold;

    // A policy set that outlives every plugin, as session defaults do: the plans it caches must not pin the plugin.
    private static readonly TypePolicySet LongLivedPolicies = TypePolicySet.CreateBuilder().Share(typeof(Stream)).Build();

    private static int _serial;

    public static TheoryData<PluginSource, PluginOperation> Cases()
    {
        var data = new TheoryData<PluginSource, PluginOperation>();
        foreach (PluginSource source in Enum.GetValues(typeof(PluginSource)))
        {
            foreach (PluginOperation operation in Enum.GetValues(typeof(PluginOperation)))
            {
                data.Add(source, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_dropped_plugin_is_collected_after_its_objects_were_copied_or_compared(PluginSource source, PluginOperation operation)
    {
        var plugin = UsePluginAndDropIt(source, operation);

        for (var round = 0; round < 10 && plugin.IsAlive; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(plugin.IsAlive, $"The {source} plugin type is still alive after {operation}: a cache keyed by type keeps it.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference UsePluginAndDropIt(PluginSource source, PluginOperation operation)
    {
        var plugin = PluginAssembly.Create(source, "Plugin" + System.Threading.Interlocked.Increment(ref _serial));
        Use(plugin, operation);
        if (plugin.Context is null)
        {
            return new WeakReference(plugin.Type, trackResurrection: true);
        }

        plugin.Context.Unload();
        return new WeakReference(plugin.Context, trackResurrection: true);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Use(PluginAssembly plugin, PluginOperation operation)
    {
        switch (operation)
        {
            case PluginOperation.None:
                Assert.NotNull(plugin.NewGraph(20));
                break;
            case PluginOperation.Auto:
                CopyWith(DeepCopyStrategy.Auto, plugin.NewGraph(HotGraph), TypePolicySet.Empty);
                Assert.True(TypePlanCache.Get(plugin.Type).CompiledShell != null, "Auto did not compile the hot plugin type.");
                break;
            case PluginOperation.Compare:
                var reference = plugin.NewGraph(20);
                Assert.Empty(DeepComparer.Compare(reference, plugin.NewGraph(20)));
                Assert.NotEmpty(DeepComparer.Compare(reference, plugin.NewGraph(21)));
                Assert.Empty(DeepComparer.Compare(reference, DeepCopier.Copy(reference), new DeepCompareOptions { Independence = true }));
                break;
            case PluginOperation.PoliciesInUse:
                foreach (DeepCopyStrategy strategy in Enum.GetValues(typeof(DeepCopyStrategy)))
                {
                    CopyWith(strategy, plugin.NewGraph(20), LongLivedPolicies);
                }

                break;
            case PluginOperation.PolicyNamingThePlugin:
                // The caller drops this set with the plugin; a context pooled on this thread must not keep it.
                var naming = TypePolicySet.CreateBuilder().Custom(plugin.Type, value => Activator.CreateInstance(value.GetType())).Build();
                CopyWith(DeepCopyStrategy.Pooled, plugin.NewGraph(20), naming);
                CopyWith(DeepCopyStrategy.Auto, plugin.NewGraph(20), naming);
                break;
            default:
                CopyWith((DeepCopyStrategy)Enum.Parse(typeof(DeepCopyStrategy), operation.ToString()), plugin.NewGraph(20), TypePolicySet.Empty);
                break;
        }
    }

    private static void CopyWith(DeepCopyStrategy strategy, object graph, TypePolicySet policies)
    {
        var copy = DeepCopier.Copy(graph, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies });
        Assert.NotNull(copy);
        Assert.NotSame(graph, copy);
    }
}
