using System;
using System.IO;
using DeepCopy.Core;

namespace DeepCopy.Tests.Fixtures;

/// <summary>
/// A key whose equality and order use three fields that a copy can drop: one marked [DeepCopyIgnore], a stream
/// (dropped by NonCopyableAction Null) and a <see cref="KeySession"/> (dropped by a Null type policy). Two keys that
/// differ only in one of those fields are distinct in the source and equal in such a copy. Hashes by Id alone, so
/// such keys also share a bucket.
/// </summary>
public sealed class CollidingKey : IComparable<CollidingKey>, IComparable
{
    public int Id;

    [DeepCopyIgnore]
    public int Ignored;

    public MemoryStream? Handle;

    public KeySession? Session;

    private (int, int, long, int) Identity => (Id, Ignored, Handle?.Length ?? -1, Session?.Number ?? -1);

    public override bool Equals(object? obj) => obj is CollidingKey other && Identity == other.Identity;

    public override int GetHashCode() => Id;

    public int CompareTo(CollidingKey? other) => other is null ? 1 : Identity.CompareTo(other.Identity);

    public int CompareTo(object? obj) => CompareTo(obj as CollidingKey);

    public override string ToString() => "Key " + Identity;
}
