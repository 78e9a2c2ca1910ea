namespace DeepCopy.Core.Comparison
{
    /// <summary>How two values of one runtime type are compared. Chosen once per type by <see cref="ComparePlan"/>.</summary>
    internal enum CompareKind
    {
        /// <summary>A framework immutable (number, string, date, Guid, Uri, Type, Encoding...): the framework's own equality.</summary>
        Value,

        /// <summary>Equal only when the same instance (boxed pointers, whose fields would be read as new pointers forever).</summary>
        Identity,

        /// <summary>A registered adapter presents the value (PSObject): wrapped value, named members and type names.</summary>
        Adapter,

        /// <summary>Any <see cref="System.Collections.IDictionary"/>: by key, through each dictionary's own comparer.</summary>
        Dictionary,

        /// <summary>Any <see cref="System.Collections.Generic.ISet{T}"/>: by membership, through each set's own comparer.</summary>
        Set,

        /// <summary>A System.Linq lookup (from ToLookup): by key, like a dictionary whose values are the elements in order.</summary>
        Lookup,

        /// <summary>A System.Linq grouping: its key, then its elements by position.</summary>
        Grouping,

        /// <summary>
        /// A NameValueCollection or other NameObjectCollectionBase, which enumerates only its keys: by key through each
        /// one's comparer, the values under each key, then the order of the keys.
        /// </summary>
        NameObjectCollection,

        /// <summary>An array: by dimensions, then by position.</summary>
        Array,

        /// <summary>Any other <see cref="System.Collections.ICollection"/>: by count, then by position in enumeration order.</summary>
        Collection,

        /// <summary>
        /// A fixed buffer or [InlineArray(n)] struct: element by element, by position. It declares one field, the first
        /// element; the others have no field of their own.
        /// </summary>
        InlineArray,

        /// <summary>Everything else: instance field by instance field, as the copy engine sees the object.</summary>
        Fields,
    }
}
