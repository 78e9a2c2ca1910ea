using System;
using System.Threading;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Accepts any copy that exists: the check for copies that are lossy by design. A copy that is null is accepted only
    /// for a root whose copy the strategy's rules make null (see <see cref="Strategies.Json.JsonNullRoot"/> for the Json strategy's).
    /// </summary>
    internal sealed class NonNullCopyVerifier : CopyVerifier
    {
        private const string NullRootSuffix = " (null root allowed)";
        private readonly Func<object, bool>? _acceptsNullCopyOf;

        /// <param name="acceptsNullCopyOf">Roots whose copy is null by design; null when no root's is.</param>
        public NonNullCopyVerifier(Func<object, bool>? acceptsNullCopyOf = null)
        {
            _acceptsNullCopyOf = acceptsNullCopyOf;
        }

        public override string Name => "NonNull";

        public override string? Verify(object? source, object? copy) => Verify(source, copy, CancellationToken.None, out _);

        // One look at the root: nothing to cancel.
        internal override string? Verify(object? source, object? copy, CancellationToken cancellationToken, out string checkedAs)
        {
            checkedAs = Name;
            if (copy != null || source is null)
            {
                return null;
            }

            if (_acceptsNullCopyOf != null && _acceptsNullCopyOf(source))
            {
                checkedAs = Name + NullRootSuffix;
                return null;
            }

            return "the copy is null";
        }
    }
}
