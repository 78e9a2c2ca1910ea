namespace DeepCopy.Tests.Unloading;

/// <summary>What a test does with a plugin's objects before it drops them; <see cref="None"/> is the control.</summary>
public enum PluginOperation
{
    None,
    Reflection,
    Compiled,
    Pooled,
    Auto,
    Json,
    Compare,
    PoliciesInUse,
    PolicyNamingThePlugin,
}
