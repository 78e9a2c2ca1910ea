namespace DeepCopy.Tests.Unloading;

/// <summary>Where an emitted plugin type lives: both kinds of collectible code a host can unload.</summary>
public enum PluginSource
{
    /// <summary>A dynamic assembly made with AssemblyBuilderAccess.RunAndCollect (also on .NET Framework).</summary>
    RunAndCollect,

    /// <summary>An assembly loaded from a stream into a collectible AssemblyLoadContext, as plugin hosts do.</summary>
    CollectibleContext,
}
