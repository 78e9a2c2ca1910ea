using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Which fields of a class-library collection the independence walk reads besides its elements: the ones that hold
    /// another collection, which is what a wrapper wraps (Collection&lt;T&gt;'s list, ReadOnlyDictionary's dictionary,
    /// Hashtable.Synchronized's table, ArrayList.Adapter's list...). Two wrappers over one list share that list, and a change
    /// through one shows through the other, though neither the wrappers nor the elements are shared.
    /// Other fields are left alone: comparers, locks and event handlers are shared or dropped by the copy engine on
    /// purpose, and arrays declared as arrays are a collection's own storage, whose elements the enumerator already showed.
    /// </summary>
    internal static class HeldCollections
    {
        /// <summary>Whether a field may hold a collection: reference-typed, and not a string (which is a collection of chars).</summary>
        public static bool MayHold(FieldInfo field) =>
            !field.FieldType.IsValueType && !field.FieldType.IsPointer && field.FieldType != typeof(string);

        /// <summary>Whether the walk reads what the field holds now.</summary>
        public static bool ShouldWalk(FieldInfo field, object? value) =>
            value is IEnumerable && !(value is string) && !(value is Array && field.FieldType.IsArray);
    }
}
