namespace DeepCopy.Tests.Handlers;

/// <summary>A value whose registered handler (<see cref="MisfitHandler"/>) makes a copy of another type, or none.</summary>
public sealed class MisfitSource
{
    /// <summary>When true, the handler's CreateShell returns null instead of an object of the wrong type.</summary>
    public bool MakeNull;
}
