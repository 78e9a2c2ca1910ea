using System;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>
/// Finds string keys whatever their case through GetHash and KeyEquals, the way a Hashtable subclass chose its key
/// equality before comparers existed. These are its comparer, so a copy that hashes keys afresh must use them.
/// </summary>
public sealed class CaseFoldingTable : RecordingTable
{
    public CaseFoldingTable(int capacity)
        : base(capacity)
    {
    }

    protected override int GetHash(object key) => key is string text ? StringComparer.OrdinalIgnoreCase.GetHashCode(text) : key.GetHashCode();

    protected override bool KeyEquals(object? item, object key) =>
        item is string left && key is string right ? StringComparer.OrdinalIgnoreCase.Equals(left, right) : Equals(item, key);
}
