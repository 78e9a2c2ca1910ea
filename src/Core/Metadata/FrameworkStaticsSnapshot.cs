using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// What <see cref="KnownFrameworkStatics"/> has listed: the values, their types and the version, replaced together so
    /// a reader never sees one without the others.
    /// </summary>
    internal sealed class FrameworkStaticsSnapshot
    {
        public FrameworkStaticsSnapshot(Dictionary<object, string> values, HashSet<Type> types, int version)
        {
            Values = values;
            Types = types;
            Version = version;
        }

        public Dictionary<object, string> Values { get; }

        public HashSet<Type> Types { get; }

        public int Version { get; }
    }
}
