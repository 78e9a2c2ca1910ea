using System;

namespace DeepCopy.Errors
{
    /// <summary>A type policy given to a cmdlet cannot be used; <see cref="Target"/> is the offending key or value.</summary>
    [Serializable]
    public sealed class InvalidTypePolicyException : ArgumentException
    {
        public InvalidTypePolicyException(string message, object? target, Exception? innerException = null)
            : base(message, innerException)
        {
            Target = target;
        }

        /// <summary>The key or value that was refused.</summary>
        [field: NonSerialized]
        public object? Target { get; }

        /// <summary>What to do instead, when the general advice (a type as the key, a policy as the value) does not fit.</summary>
        public string? RecommendedAction { get; set; }
    }
}
