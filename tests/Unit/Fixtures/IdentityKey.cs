using System.Collections.Generic;

namespace DeepCopy.Tests.Fixtures;

/// <summary>
/// A key without Equals or GetHashCode overrides: it hashes by identity, so a copy of it hashes differently, and a
/// hashed collection copied bucket by bucket cannot find it.
/// </summary>
public sealed class IdentityKey
{
    public IdentityKey(int id)
    {
        Id = id;
    }

    public int Id { get; }

    public List<int> Payload { get; } = new List<int> { 1, 2 };
}
