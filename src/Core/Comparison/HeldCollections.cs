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
        /// <summary>
        /// Whether a field may hold a collection other than the collection's storage, decided once per type so the walk
        /// reads no field that cannot: not a struct, a string, an array (storage), a delegate (event handlers), or a sealed
        /// type that is no collection (a lock, a monitor).
        /// </summary>
        public static bool MayHold(FieldInfo field)
        {
            var type = field.FieldType;
            return !type.IsValueType && !type.IsPointer && !type.IsArray && type != typeof(string) &&
                !typeof(Delegate).IsAssignableFrom(type) && (!type.IsSealed || typeof(IEnumerable).IsAssignableFrom(type));
        }

        /// <summary>Whether the walk reads what the field holds now: another collection (an IList&lt;T&gt; field may hold an array).</summary>
        public static bool ShouldWalk(object? value) => value is IEnumerable && !(value is string);
    }
}
