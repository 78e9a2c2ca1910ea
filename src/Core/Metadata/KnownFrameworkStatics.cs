using System;
using System.Collections.Generic;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Every class-library static <see cref="FrameworkStatics"/> has listed so far, and every instance a host registered
    /// (<see cref="DeepCopyRegistry.RegisterSharedInstance"/>), each with the words that name it: the comparer's view of them. It asks only about values of the types listed here, and each compare plan remembers its
    /// answer until the list changes (<see cref="Version"/>), so comparing a graph of hashtables looks nothing up per object.
    /// Copy-on-write: a type's statics are listed once, and reading takes no lock. Only the class library's own objects,
    /// which live as long as the process, and the registered instances, which a host keeps for as long, are held.
    /// </summary>
    internal static class KnownFrameworkStatics
    {
        private static readonly object Gate = new object();
        private static volatile FrameworkStaticsSnapshot _current = new FrameworkStaticsSnapshot(
            new Dictionary<object, string>(ReferenceIdentityComparer.Instance), new HashSet<Type>(), 0);

        /// <summary>Changes whenever values are added, so an answer of <see cref="HasValuesOf"/> can be kept until it does.</summary>
        public static int Version => _current.Version;

        /// <summary>True when some value listed so far is of exactly this type.</summary>
        public static bool HasValuesOf(Type type) => _current.Types.Contains(type);

        /// <summary>True when <paramref name="value"/> is one of the values listed so far; <paramref name="name"/> names it ("the class library's own [Type]::Field").</summary>
        public static bool IsShared(object value, out string name)
        {
            if (_current.Values.TryGetValue(value, out var found))
            {
                name = found;
                return true;
            }

            name = string.Empty;
            return false;
        }

        /// <summary>Adds the values of one type's statics, or one registered instance; a value listed already keeps the name it was listed under first.</summary>
        public static void Add(List<KeyValuePair<object, string>> found)
        {
            lock (Gate)
            {
                var current = _current;
                var values = new Dictionary<object, string>(current.Values, ReferenceIdentityComparer.Instance);
                var types = new HashSet<Type>(current.Types);
                var added = false;
                foreach (var entry in found)
                {
                    if (!values.ContainsKey(entry.Key))
                    {
                        values.Add(entry.Key, entry.Value);
                        types.Add(entry.Key.GetType());
                        added = true;
                    }
                }

                if (added)
                {
                    _current = new FrameworkStaticsSnapshot(values, types, current.Version + 1);
                }
            }
        }
    }
}
