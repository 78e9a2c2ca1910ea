using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// ArrayList's item array and count, read and written as fields: how a user's ArrayList subclass is copied alone (field
    /// by field), so none of its overrides of ToArray, Count or the indexer runs and the copy holds what the list stores.
    /// <see cref="Current"/> is null where the fields have other names than on .NET and .NET Framework.
    /// </summary>
    internal sealed class ArrayListStorage
    {
        private readonly FieldInfo _items;
        private readonly FieldInfo _size;

        private ArrayListStorage(FieldInfo items, FieldInfo size)
        {
            _items = items;
            _size = size;
        }

        public static ArrayListStorage? Current { get; } = Bind();

        /// <summary>The items the list stores, in order, as a new array (the caller holds whatever lock its writers take).</summary>
        public object?[] Read(ArrayList list)
        {
            var size = (int)_size.GetValue(list)!;
            var items = new object?[size];
            Array.Copy((Array)_items.GetValue(list)!, items, size);
            return items;
        }

        /// <summary>Makes <paramref name="items"/> the whole content of an empty <paramref name="list"/>.</summary>
        public void Write(ArrayList list, object?[] items)
        {
            _items.SetValue(list, items);
            _size.SetValue(list, items.Length);
        }

        private static ArrayListStorage? Bind()
        {
            const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;
            var items = typeof(ArrayList).GetField("_items", Instance);
            var size = typeof(ArrayList).GetField("_size", Instance);
            return items?.FieldType == typeof(object[]) && size?.FieldType == typeof(int) ? new ArrayListStorage(items, size) : null;
        }
    }
}
