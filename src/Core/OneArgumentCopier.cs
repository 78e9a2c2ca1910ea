using System;

namespace DeepCopy.Core
{
    /// <summary>
    /// What <see cref="TypePolicy.Custom(Func{object, object})"/> stores as the policy's two-argument
    /// <see cref="TypePolicy.Copier"/>: a named type, not a lambda, so that <c>Custom</c> can recognise a policy's public
    /// Copier handed back to it and keep the delegate first given (the PowerShell layer looks behind that delegate for the
    /// script block it was made from, docs/policies.md).
    /// </summary>
    internal sealed class OneArgumentCopier
    {
        public OneArgumentCopier(Func<object, object?> given)
        {
            Given = given;
        }

        public Func<object, object?> Given { get; }

        public object? Copy(object source, DeepCopyContext context) => Given(source);
    }
}
