namespace DeepCopy.Tests.Handlers;

/// <summary>A type whose registered handler (<see cref="ThrowingProbeHandler"/>) throws when asked whether it copies it.</summary>
public sealed class ProbedThing
{
    public int Value = 1;
}
