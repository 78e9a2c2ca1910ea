using System;

namespace DeepCopy.Core
{
    /// <summary>A copy failed. Carries where in the graph it failed, the type there and the offending value.</summary>
    [Serializable]
    public sealed class DeepCopyException : Exception
    {
        public DeepCopyException(DeepCopyErrorKind kind, string message, string path, Type? offendingType, object? offendingValue, Exception? innerException = null)
            : base(message, innerException)
        {
            Kind = kind;
            Path = path;
            OffendingType = offendingType;
            OffendingValue = offendingValue;
        }

        /// <summary>The stable reason for the failure.</summary>
        public DeepCopyErrorKind Kind { get; }

        /// <summary>Where in the graph the copy failed, for example <c>$.items[3].log</c>.</summary>
        public string Path { get; }

        /// <summary>The type of the value at <see cref="Path"/>.</summary>
        public Type? OffendingType { get; }

        /// <summary>The value at <see cref="Path"/>. It belongs to the source graph and was not changed.</summary>
        [field: NonSerialized]
        public object? OffendingValue { get; }

        /// <summary>
        /// For <see cref="DeepCopyErrorKind.MaxDepthExceeded"/>: true when one of the engine's fixed nesting limits was
        /// exceeded (dictionary keys or set elements holding keyed collections nested more than 256 levels, values whose
        /// copies are built whole nested more than 200 levels), which <see cref="DeepCopyOptions.MaxDepth"/> does not
        /// change; false when the graph was deeper than MaxDepth (or Json's default of 1000).
        /// </summary>
        public bool IsFixedLimit { get; internal set; }
    }
}
