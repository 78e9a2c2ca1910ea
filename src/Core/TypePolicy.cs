using System;

namespace DeepCopy.Core
{
    /// <summary>
    /// One treatment for a type and its subtypes: the <see cref="Kind"/>, and for <see cref="TypePolicyKind.Custom"/> the
    /// copier. Immutable. The fixed kinds are shared instances; <see cref="Custom(Func{object, DeepCopyContext, object})"/> makes a new one.
    /// </summary>
    public sealed class TypePolicy
    {
        private TypePolicy(TypePolicyKind kind, Func<object, DeepCopyContext, object?>? copier, Delegate? copierAsGiven = null)
        {
            Kind = kind;
            Copier = copier;
            CopierAsGiven = copierAsGiven ?? copier;
        }

        /// <summary>Copy normally, overriding weaker statements about the type.</summary>
        public static TypePolicy Copy { get; } = new TypePolicy(TypePolicyKind.Copy, null);

        /// <summary>Keep the same reference.</summary>
        public static TypePolicy Share { get; } = new TypePolicy(TypePolicyKind.Share, null);

        /// <summary>Put null in the copy.</summary>
        public static TypePolicy Null { get; } = new TypePolicy(TypePolicyKind.Null, null);

        /// <summary>Fail the copy.</summary>
        public static TypePolicy Throw { get; } = new TypePolicy(TypePolicyKind.Throw, null);

        /// <summary>Use the value's own <see cref="ICloneable.Clone"/>, as it is: it may be shallow.</summary>
        public static TypePolicy Clone { get; } = new TypePolicy(TypePolicyKind.Clone, null);

        public TypePolicyKind Kind { get; }

        /// <summary>For <see cref="TypePolicyKind.Custom"/>: receives the source value and the copy's context, returns the finished copy.</summary>
        public Func<object, DeepCopyContext, object?>? Copier { get; }

        /// <summary>
        /// The copy is what <paramref name="copier"/> returns for the source value: null, or an instance of the source's own
        /// type (or a type derived from it), so it fits wherever the source was stored. It is the finished copy; the engine
        /// does not walk into it. The copier may copy children through the context it receives (they come back at once and
        /// are completed before the copy returns); it must not ask for a copy of the value it is copying.
        /// </summary>
        public static TypePolicy Custom(Func<object, DeepCopyContext, object?> copier)
        {
            if (copier is null)
            {
                throw new ArgumentNullException(nameof(copier));
            }

            // A policy's own Copier handed back (Custom(other.Copier)) keeps the delegate that policy was given, so the
            // new policy is checked and shown as the first one is.
            var given = copier.Target is OneArgumentCopier own && copier.GetInvocationList().Length == 1 ? own.Given : null;
            return new TypePolicy(TypePolicyKind.Custom, copier, given);
        }

        /// <summary>A custom copier that needs only the source value.</summary>
        public static TypePolicy Custom(Func<object, object?> copier)
        {
            if (copier is null)
            {
                throw new ArgumentNullException(nameof(copier));
            }

            return new TypePolicy(TypePolicyKind.Custom, new OneArgumentCopier(copier).Copy, copier);
        }

        /// <summary>The policy for a fixed kind; <see cref="TypePolicyKind.Custom"/> needs a copier, so it is refused here.</summary>
        public static TypePolicy FromKind(TypePolicyKind kind)
        {
            switch (kind)
            {
                case TypePolicyKind.Copy:
                    return Copy;
                case TypePolicyKind.Share:
                    return Share;
                case TypePolicyKind.Null:
                    return Null;
                case TypePolicyKind.Throw:
                    return Throw;
                case TypePolicyKind.Clone:
                    return Clone;
                case TypePolicyKind.Custom:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "A Custom policy needs a copier: use TypePolicy.Custom.");
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a TypePolicyKind.");
            }
        }

        /// <summary>
        /// The delegate the caller gave <see cref="Custom(Func{object, object})"/> or its two-argument overload, before
        /// the one-argument form is wrapped (also when a policy's own <see cref="Copier"/> is given back): the PowerShell
        /// layer looks behind it for the script block PowerShell made it from, which must belong to the runspace that
        /// runs the copy.
        /// </summary>
        internal Delegate? CopierAsGiven { get; }

        /// <summary>
        /// True when a value's copy is whatever the user's code returns (a copier, or the type's own Clone): what it
        /// shares or leaves null is the user's say-so, which Measure-DeepCopy's verification accepts.
        /// </summary>
        internal bool IsUserCopier => Kind == TypePolicyKind.Custom || Kind == TypePolicyKind.Clone;

        public override string ToString() => Kind.ToString();
    }
}
