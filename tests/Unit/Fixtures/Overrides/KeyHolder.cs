namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>A key the copy copies (a mutable object hashed by identity), which sends a table to be rebuilt rather than bucket-copied.</summary>
public sealed class KeyHolder
{
    public int Number;
}
