namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>What a value of one type becomes in JSON, by the built-in rules or a type policy. Chosen once per type by <see cref="JsonTypeClassifier"/> or <see cref="JsonPolicyTypeCache"/>.</summary>
    internal enum JsonTypeKind
    {
        /// <summary>A JSON string, number, boolean or null.</summary>
        Scalar,

        /// <summary>Refused, written as null or carried by reference, as <see cref="NonCopyableAction"/> says.</summary>
        NonCopyable,

        /// <summary>Shared by contract (a Type, a comparer, a script block...): carried by reference beside the JSON, never written.</summary>
        SharedReference,

        /// <summary>A non-generic <see cref="System.Collections.IDictionary"/>: a JSON object of its entries.</summary>
        Dictionary,

        /// <summary>A generic dictionary that is not an IDictionary: a JSON object of its key/value pairs.</summary>
        PairDictionary,

        /// <summary>Any other enumerable: a JSON array.</summary>
        Sequence,

        /// <summary>Anything else: a JSON object of its public readable instance properties.</summary>
        Object,

        /// <summary>
        /// Copied by a Clone or custom-copier type policy: the copier runs as it does for the exact strategies, and what it
        /// returns is carried by reference beside the JSON, never written.
        /// </summary>
        CopiedByPolicy,
    }
}
