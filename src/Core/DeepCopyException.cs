using System;
using System.Runtime.Serialization;

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

        /// <summary>
        /// Restores an exception serialized across an AppDomain or remoting boundary (.NET Framework, Windows
        /// PowerShell). The offending value is a live object of the source graph and does not travel; its type comes
        /// back only where the type can be resolved by name on the receiving side.
        /// </summary>
        private DeepCopyException(SerializationInfo info, StreamingContext context)
            : base(info, context)
        {
            Kind = (DeepCopyErrorKind)info.GetInt32(nameof(Kind));
            Path = info.GetString(nameof(Path)) ?? "$";
            IsFixedLimit = info.GetBoolean(nameof(IsFixedLimit));
            var typeName = info.GetString(OffendingTypeName);
            OffendingType = typeName is null ? null : Type.GetType(typeName, throwOnError: false);
        }

        private const string OffendingTypeName = "OffendingTypeName";

        /// <summary>The stable reason for the failure.</summary>
        public DeepCopyErrorKind Kind { get; }

        /// <summary>Where in the graph the copy failed, for example <c>$.items[3].log</c>.</summary>
        public string Path { get; }

        /// <summary>The type of the value at <see cref="Path"/>.</summary>
        public Type? OffendingType { get; }

        /// <summary>The value at <see cref="Path"/>. It belongs to the source graph and was not changed.</summary>
        public object? OffendingValue { get; }

        /// <summary>
        /// For <see cref="DeepCopyErrorKind.MaxDepthExceeded"/>: true when one of the engine's fixed nesting limits was
        /// exceeded (dictionary keys or set elements holding keyed collections nested more than 256 levels, values whose
        /// copies are built whole nested more than 200 levels), which <see cref="DeepCopyOptions.MaxDepth"/> does not
        /// change; false when the graph was deeper than MaxDepth (or Json's default of 1000).
        /// </summary>
        public bool IsFixedLimit { get; internal set; }

        /// <summary>
        /// The mark of the copy that raised this exception (DeepCopyContext.Failures.cs), so that copy lets it pass
        /// through user code unwrapped while one from another copy (a copier's nested copy) is that code's failure. Not
        /// serialized: it means nothing outside the running copy.
        /// </summary>
        internal object? RaisedBy { get; set; }

        /// <inheritdoc />
        public override void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue(nameof(Kind), (int)Kind);
            info.AddValue(nameof(Path), Path);
            info.AddValue(nameof(IsFixedLimit), IsFixedLimit);
            info.AddValue(OffendingTypeName, OffendingType?.AssemblyQualifiedName);
        }
    }
}
