namespace DeepCopy.Tests.Fixtures;

/// <summary>A part of <see cref="CollidingKey"/>'s equality that a Null type policy drops from the copy.</summary>
public sealed class KeySession
{
    public int Number;
}
