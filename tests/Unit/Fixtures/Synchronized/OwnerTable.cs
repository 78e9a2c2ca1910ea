using System;
using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Tests.Fixtures.Synchronized;

/// <summary>
/// A user's Hashtable subclass with a field of its own, whose CopyTo masks the values it hands out and whose Clone
/// counts its calls: what a synchronized wrapper around it forwards to, and what a copy must neither read nor run.
/// </summary>
public sealed class OwnerTable : Hashtable
{
    public List<int> Tags = new List<int> { 5 };

    public static int CloneCalls { get; set; }

    public override void CopyTo(Array array, int arrayIndex)
    {
        foreach (var key in new ArrayList(Keys))
        {
            array.SetValue(new DictionaryEntry(key, "***"), arrayIndex++);
        }
    }

    public override object Clone()
    {
        CloneCalls++;
        return new OwnerTable();
    }
}
