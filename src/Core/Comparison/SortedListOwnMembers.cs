using System;
using System.Collections;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// SortedList's own enumerator and key search, called on a subclass of the user's past its overrides (see
    /// <see cref="OwnImplementation"/>), and its value array, read from its field: SortedList's own GetByIndex and
    /// indexer check the index against, or search through, members a subclass can override. Null where a member is not
    /// found (another runtime's layout) or the calls cannot be generated; such a subclass is then read through its members.
    /// </summary>
    internal sealed class SortedListOwnMembers
    {
        private readonly FieldInfo _values;

        private SortedListOwnMembers(Func<SortedList, IDictionaryEnumerator> getEnumerator, Func<SortedList, object, int> indexOfKey, FieldInfo values)
        {
            GetEnumerator = getEnumerator;
            IndexOfKey = indexOfKey;
            _values = values;
        }

        public static SortedListOwnMembers? Current { get; } = Bind();

        public Func<SortedList, IDictionaryEnumerator> GetEnumerator { get; }

        /// <summary>The position of a key, found by binary search with the list's comparer; negative when it is not there.</summary>
        public Func<SortedList, object, int> IndexOfKey { get; }

        public object? ValueOf(SortedList list, object key)
        {
            var index = IndexOfKey(list, key);
            return index >= 0 ? ((object?[])_values.GetValue(list)!)[index] : null;
        }

        private static SortedListOwnMembers? Bind()
        {
            var type = typeof(SortedList);
            var getEnumerator = OwnImplementation.Bind<Func<SortedList, IDictionaryEnumerator>>(type.GetMethod(nameof(SortedList.GetEnumerator), Type.EmptyTypes));
            var indexOfKey = OwnImplementation.Bind<Func<SortedList, object, int>>(type.GetMethod(nameof(SortedList.IndexOfKey), new[] { typeof(object) }));
            var values = type.GetField("values", BindingFlags.Instance | BindingFlags.NonPublic);
            if (getEnumerator is null || indexOfKey is null || values?.FieldType != typeof(object[]))
            {
                return null;
            }

            var bound = new SortedListOwnMembers(getEnumerator, indexOfKey, values);
            return StoredItems.Probed(bound, read =>
            {
                var probe = new SortedList { ["k"] = "v" };
                var entries = read.GetEnumerator(probe);
                if (!entries.MoveNext() || !"v".Equals(read.ValueOf(probe, "k")) || !"k".Equals(entries.Key))
                {
                    throw new NotSupportedException("SortedList's value array is not where this runtime keeps its values.");
                }
            });
        }
    }
}
