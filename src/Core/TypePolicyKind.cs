namespace DeepCopy.Core
{
    /// <summary>How a type policy treats the values of its type and of every type derived from it.</summary>
    public enum TypePolicyKind
    {
        /// <summary>Copy as the engine would without any statement about the type: it overrides a weaker policy, [DeepCopyShare] and registrations that share or refuse the type.</summary>
        Copy = 0,

        /// <summary>The copy keeps the same reference: the value is treated as immutable for this copy.</summary>
        Share = 1,

        /// <summary>The copy holds null in its place.</summary>
        Null = 2,

        /// <summary>The copy stops with a <see cref="DeepCopyException"/> (<see cref="DeepCopyErrorKind.NonCopyableType"/>) that names the path.</summary>
        Throw = 3,

        /// <summary>The copy is the value's own <see cref="System.ICloneable.Clone"/>: the type's code, which may well be shallow.</summary>
        Clone = 4,

        /// <summary>The copy is what a user-supplied copier returns.</summary>
        Custom = 5,
    }
}
