using System;
using DeepCopy.Core.Engine;
using System.Collections.Generic;
using System.Globalization;

namespace DeepCopy.Core.Policies
{
    /// <summary>
    /// Runs a Custom or Clone policy: the copier's result is the finished copy, registered like any shell (so shared
    /// references and cycles through the value resolve to it) and never walked into.
    /// </summary>
    internal sealed class PolicyCopyHandler : DeepCopyHandler
    {
        /// <summary>Copiers that copy children through the context nest on the call stack; this bounds that nesting.</summary>
        internal const int MaxNesting = 128;

        [ThreadStatic]
        private static List<object>? _inProgress;

        private readonly Type _policyType;
        private readonly Func<object, DeepCopyContext, object?> _copier;

        public PolicyCopyHandler(Type policyType, Func<object, DeepCopyContext, object?> copier)
        {
            _policyType = policyType;
            _copier = copier;
        }

        public override bool NeedsPopulate => false;

        public override bool CanHandle(Type type) => _policyType.IsAssignableFrom(type);

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var inProgress = _inProgress ?? (_inProgress = new List<object>());
            CheckNesting(inProgress, source);
            inProgress.Add(source);
            object? copy;
            try
            {
                copy = _copier(source, context);
            }
            finally
            {
                inProgress.RemoveAt(inProgress.Count - 1);
            }

            var sourceType = source.GetType();
            if (copy != null && !sourceType.IsInstanceOfType(copy))
            {
                throw new InvalidCastException(string.Format(
                    CultureInfo.InvariantCulture,
                    "the copier for [{0}] returned a [{1}], which is not a [{2}]; a copy must be of the source's type so it fits wherever the source was stored",
                    TypeNames.Readable(_policyType),
                    TypeNames.Readable(copy.GetType()),
                    TypeNames.Readable(sourceType)));
            }

            // A null copy is allowed: the engine records it like any shell, and there is nothing to populate.
            return copy!;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
        }

        private void CheckNesting(List<object> inProgress, object source)
        {
            if (inProgress.Count >= MaxNesting)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "custom copiers are nested more than {0} deep; a copier that copies its children through the context must not meet a long chain of values that also have custom copiers",
                    MaxNesting));
            }

            foreach (var value in inProgress)
            {
                if (ReferenceEquals(value, source))
                {
                    throw new InvalidOperationException(string.Format(
                        CultureInfo.InvariantCulture,
                        "the copier for [{0}] was asked to copy the same value again before it returned: a cycle runs through this value, which a copier can only copy once it exists",
                        TypeNames.Readable(_policyType)));
                }
            }
        }
    }
}
